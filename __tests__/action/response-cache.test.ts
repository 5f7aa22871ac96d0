import {
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache
} from '../../src/action/response-cache.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()

describe('response cache across workflow runs', () => {
  it('saves under a unique key per run and restores by content first, then by config id', () => {
    const keys = responseCacheKeys('support', 'abc123', { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' })
    expect(keys).toEqual({
      primary: 'promptgate-v1-support-abc123-42-2',
      restoreKeys: ['promptgate-v1-support-abc123-', 'promptgate-v1-support-']
    })
  })

  it('continues without a cache, and says so, where the Actions cache service is not available', async () => {
    const saved = { ...process.env }
    delete process.env.ACTIONS_CACHE_URL
    delete process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_RUNTIME_TOKEN
    const lines: string[] = []
    const logger = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) }
    try {
      const keys = responseCacheKeys('support', 'abc123', {})
      expect(await restoreResponseCache(temp.make('pg-'), keys, logger)).toBeUndefined()
      expect(lines).toEqual([
        'Response cache: the Actions cache service is not available here; every call goes to the model.'
      ])
    } finally {
      process.env = saved
    }
  })

  it('saves nothing when the run wrote no cache directory', async () => {
    const lines: string[] = []
    const logger = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) }
    await saveResponseCache(temp.reserve(`pg-none-${process.pid}`), responseCacheKeys('s', 'd', {}), logger)
    expect(lines).toEqual([])
  })
})
