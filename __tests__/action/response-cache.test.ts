import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  actionsCacheStaging,
  hasAbandonedCacheWork,
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
  type CacheClient
} from '../../src/action/response-cache.js'

const BASE = 'b'.repeat(40)

let dir: string
let env: NodeJS.ProcessEnv
let lines: string[]
const logger = {
  info: (m: string) => void lines.push(m),
  warning: (m: string) => void lines.push(`warning: ${m}`)
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-cache-'))
  env = { RUNNER_TEMP: join(dir, 'runner-temp'), GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' }
  lines = []
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const keysFor = (source: string) =>
  responseCacheKeys({ configId: 'support', contentDigest: 'abc123', env, baseCommit: BASE, source })

/** A cache service in memory: entries are shard directories; lookups match by exact key, then prefix, newest first. */
function fakeClient(
  entries: { key: string; shard: string; scope?: 'pr' | 'base' }[],
  faults: { download?: boolean; save?: number } = {}
) {
  const calls: { paths: string[]; keys: string[]; lookupOnly: boolean }[] = []
  const client: CacheClient = {
    isFeatureAvailable: () => true,
    async restoreCache(paths, primary, restoreKeys = [], options = {}) {
      calls.push({ paths, keys: [primary, ...restoreKeys], lookupOnly: options.lookupOnly === true })
      const inScope = (scope: 'pr' | 'base') =>
        [...entries].reverse().filter(e => (e.scope ?? 'pr') === scope)
      const search = (list: typeof entries) =>
        list.find(e => e.key === primary) ??
        [primary, ...restoreKeys].map(k => list.find(e => e.key.startsWith(k))).find(Boolean)
      const hit = search(inScope('pr')) ?? search(inScope('base'))
      if (!hit) return undefined
      if (options.lookupOnly) return hit.key
      if (faults.download) return undefined
      mkdirSync(paths[0]!, { recursive: true })
      writeFileSync(join(paths[0]!, '0.jsonl'), hit.shard)
      return hit.key
    },
    async saveCache(paths, key) {
      calls.push({ paths, keys: [key], lookupOnly: false })
      if (faults.save !== undefined) return faults.save
      entries.push({ key, shard: readFileSync(join(paths[0]!, '0.jsonl'), 'utf8') })
      return 7
    }
  }
  return { client, calls }
}

describe('cache keys', () => {
  it('name the base commit, the source and the content, unique per run', () => {
    expect(keysFor('pr7')).toEqual({
      primary: `promptgate-v2-support-at-${BASE.slice(0, 12)}-pr7-abc123-42-2`,
      atBase: [
        `promptgate-v2-support-at-${BASE.slice(0, 12)}-pr7-abc123-`,
        `promptgate-v2-support-at-${BASE.slice(0, 12)}-`
      ],
      anyEarlier: ['promptgate-v2-support-'],
      ownSource: '-pr7-'
    })
  })

  it('hand @actions/cache the same path for every event, so the cache version matches', () => {
    expect(actionsCacheStaging(env)).toBe(join(env.RUNNER_TEMP!, 'promptgate-actions-cache'))
  })
})

describe('restore', () => {
  it("a PR re-run after the base moved prefers the base branch's entry at the new base, then merges its own older one", async () => {
    const base = `promptgate-v2-support-at-${BASE.slice(0, 12)}-push-d1-1-1`
    const ownOld = `promptgate-v2-support-at-${'a'.repeat(12)}-pr7-abc123-9-1`
    const { client, calls } = fakeClient([
      { key: ownOld, shard: '{"own":1}\n', scope: 'pr' },
      { key: base, shard: '{"base":1}\n', scope: 'base' }
    ])
    const outcome = await restoreResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })
    expect(outcome).toEqual({ status: 'restored', keys: [base, ownOld] })
    expect(readFileSync(join(dir, 'cache', '0.jsonl'), 'utf8')).toBe('{"base":1}\n{"own":1}\n')
    expect(calls.every(c => c.paths[0] === actionsCacheStaging(env))).toBe(true)
    expect(existsSync(actionsCacheStaging(env))).toBe(false)
  })

  it("stops after the PR's own entry at the current base: it has both sides already", async () => {
    const own = `promptgate-v2-support-at-${BASE.slice(0, 12)}-pr7-abc123-41-1`
    const { client, calls } = fakeClient([{ key: own, shard: '{}\n' }])
    expect(await restoreResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })).toEqual({
      status: 'restored',
      keys: [own]
    })
    expect(calls.filter(c => c.lookupOnly)).toHaveLength(1)
  })

  it('says "no earlier cache" only when no entry matched', async () => {
    const { client } = fakeClient([])
    expect(await restoreResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })).toEqual({
      status: 'miss'
    })
    expect(lines).toEqual(['Response cache: no earlier cache for this config.'])
  })

  it('a download that failed is a warning naming the entry, not "no earlier cache"', async () => {
    const key = `promptgate-v2-support-at-${BASE.slice(0, 12)}-push-d-1-1`
    const { client } = fakeClient([{ key, shard: '{}\n' }], { download: true })
    const outcome = await restoreResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })
    expect(outcome.status).toBe('failed')
    expect(lines).toEqual([
      `warning: Response cache not restored (found ${key} but its download failed); continuing without it.`
    ])
  })

  it('a service that never answers: gives up after the named timeout and goes on without the cache', async () => {
    const client: CacheClient = {
      isFeatureAvailable: () => true,
      restoreCache: () => new Promise(() => undefined),
      saveCache: () => new Promise(() => undefined)
    }
    const quick = { ...env, PROMPTGATE_CACHE_TIMEOUT_SECONDS: '0.05' }
    const outcome = await restoreResponseCache(join(dir, 'cache'), keysFor('pr7'), {
      env: quick,
      logger,
      client
    })
    expect(outcome.status).toBe('timeout')
    expect(lines.join('\n')).toMatch(/did not answer within 0\.05 s\); the run goes on without the cache/)
    expect(hasAbandonedCacheWork()).toBe(true)
  })

  it('continues without a cache, and says so, where the Actions cache service is not available', async () => {
    const client: CacheClient = { ...fakeClient([]).client, isFeatureAvailable: () => false }
    expect(await restoreResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })).toEqual({
      status: 'unavailable'
    })
    expect(lines).toEqual([
      'Response cache: the Actions cache service is not available here; every call goes to the model.'
    ])
  })
})

describe('save', () => {
  function writeCache() {
    mkdirSync(join(dir, 'cache'), { recursive: true })
    writeFileSync(join(dir, 'cache', '0.jsonl'), '{"k":1}\n')
  }

  it('says "saved" with the key when the service accepted it', async () => {
    writeCache()
    const { client } = fakeClient([])
    expect(
      await saveResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })
    ).toMatchObject({
      status: 'saved',
      id: 7
    })
    expect(lines).toEqual([`Response cache saved as ${keysFor('pr7').primary}.`])
  })

  it('a save the library reports as failed (-1) is a warning, never "saved"', async () => {
    writeCache()
    const { client } = fakeClient([], { save: -1 })
    expect(
      (await saveResponseCache(join(dir, 'cache'), keysFor('pr7'), { env, logger, client })).status
    ).toBe('failed')
    expect(lines).toEqual([
      'warning: Response cache not saved (the cache service did not accept it; see the message above).'
    ])
  })

  it('saves nothing when the run wrote no cache directory', async () => {
    const { client, calls } = fakeClient([])
    expect(await saveResponseCache(join(dir, 'none'), keysFor('pr7'), { env, logger, client })).toEqual({
      status: 'nothing'
    })
    expect(calls).toEqual([])
    expect(lines).toEqual([])
  })
})
