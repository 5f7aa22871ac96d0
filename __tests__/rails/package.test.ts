// The runtime library as a user's production code gets it: `import … from 'promptgate/rails'`
// through package.json exports, from the committed bundle, with the same results as the checks
// PromptGate runs in CI.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { runChecks } from '../../src/checks/index.js'
import type { ChecksContext } from '../../src/checks/types.js'
import { createRails } from '../../src/rails/index.js'

const CONFIG = { competitors: [{ name: 'Acme', aliases: ['Acme Corp'] }] }
const OUTPUTS = [
  'Unlike A\u200bcme, we sync offline. Mail bob@example.com or call +1 415 555 2671.',
  'Our plan costs $4; card 4111 1111 1111 1111 is on file.',
  'All good here, version 1.2.3 released on 2024-03-15.'
]

function viaPackage(): { ok: boolean; validators: string[] }[] {
  const script = `
    import { createRails } from 'promptgate/rails'
    const rails = createRails(${JSON.stringify(CONFIG)})
    const outputs = ${JSON.stringify(OUTPUTS)}
    console.log(JSON.stringify(outputs.map(o => { const r = rails.validate(o); return { ok: r.ok, validators: r.violations.map(v => v.validator) } })))
  `
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as { ok: boolean; validators: string[] }[]
}

describe('promptgate/rails package export', () => {
  it('resolves to the committed bundle with type declarations', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      exports: Record<string, { types: string; default: string }>
    }
    expect(existsSync(pkg.exports['./rails']?.default ?? '')).toBe(true)
    expect(readFileSync(pkg.exports['./rails']?.types ?? '', 'utf8')).toContain('createRails')
  })

  it('finds the same violations in production as the rails check finds in CI', async () => {
    const rails = createRails(CONFIG)
    const inCi = await Promise.all(
      OUTPUTS.map(async output => {
        const context: ChecksContext = {
          testCase: { id: 'c', vars: {}, checks: [], source: { file: 'd.jsonl', line: 1 } },
          prompt: {
            file: 'p.md',
            format: 'template',
            modelParameters: {},
            messages: [],
            testData: [],
            checks: []
          },
          messages: [{ role: 'user', content: 'question' }],
          rootDir: '.',
          rails
        }
        const [result] = await runChecks(output, [{ type: 'rails' }], context)
        expect(result?.status).toBe('ok')
        return { ok: result?.pass ?? false, validators: (result?.violations ?? []).map(v => v.validator) }
      })
    )
    const inProduction = viaPackage()
    expect(inProduction).toEqual(inCi)
    expect(inProduction.map(r => r.ok)).toEqual([false, false, true])
  })
})
