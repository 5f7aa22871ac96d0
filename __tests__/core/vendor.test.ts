// The large libraries are loaded at first use (core/vendor.ts): from node_modules when run from
// source, from dist/vendor/ in the bundle. A run that needs none loads none, and a lazily loaded
// library finds exactly what it found when it was bundled up front. The bundle tests need `npm run build`.
import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { VENDOR_LIBRARIES as BUILT } from '../../scripts/vendor-files.mjs'
import { VENDOR_LIBRARIES, vendorLoaded } from '../../src/core/vendor.js'
import { createRails } from '../../src/rails/index.js'
import { parseCliArgs } from '../../src/cli/args.js'
import { runCli } from '../../src/cli/run.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const repoRoot = resolve(import.meta.dirname, '../..')
const temp = useTempDirs()

const TEXTS = [
  'Thanks, your order ships today.',
  'Call me at +1 415 555 0100 or mail bob@example.com',
  'Ruf mich an: Tel. 030 12345678',
  'you fucking idiot',
  '{"answer": 4}',
  '{"answer": "four", "category": "billing"}'
]
const RAILS_CONFIG = {
  format: { schema: { type: 'object', required: ['answer'], properties: { answer: { type: 'string' } } } }
}

describe('lazily loaded libraries', () => {
  it('are the libraries the build bundles into dist/vendor/', () => {
    expect(VENDOR_LIBRARIES).toEqual(BUILT)
  })

  it('load on first need: the phone library only once a text has a phone-shaped candidate', () => {
    const rails = createRails({ content: { enabled: false } })
    expect(rails.validate('Thanks, your order 4417 ships today.').violations).toEqual([])
    expect(vendorLoaded('libphonenumber')).toBe(false)
    expect(vendorLoaded('obscenity')).toBe(false)
    const found = rails.validate('Call me at +1 415 555 0100').violations.map(v => v.validator)
    expect(found).toEqual(['pii.phone'])
    expect(vendorLoaded('libphonenumber')).toBe(true)
  })
})

/** Every file a bundle file imports statically, transitively, with its text. */
function staticGraph(file: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return seen
  const source = readFileSync(file, 'utf8')
  seen.set(file, source)
  for (const match of source.matchAll(
    /^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gms
  )) {
    staticGraph(join(dirname(file), (match[1] ?? match[2]) as string), seen)
  }
  return seen
}

describe('the bundle (dist/)', () => {
  it('does not parse the lazy libraries or the robustness corpora before a run needs them', () => {
    const chunks = join(repoRoot, 'dist/chunks')
    const run = readdirSync(chunks).find(name => /^run-.*\.js$/.test(name))
    expect(run).toBeDefined()
    const text = [...staticGraph(join(chunks, run as string)).values()].join('\n')
    // esbuild marks each bundled module with a comment naming its path.
    expect(text).toContain('// src/engine/pipeline.ts')
    for (const lazy of [
      '// node_modules/libphonenumber-js/',
      '// node_modules/ajv/',
      '// node_modules/obscenity/',
      '// node_modules/csv-parse/',
      '// node_modules/picomatch/',
      '// src/engine/robustness.ts',
      '// datasets/robustness/'
    ])
      expect(text).not.toContain(lazy)
  })

  it('answers --version from cli.js and the version constant alone, not the argument parser', () => {
    const text = [...staticGraph(join(repoRoot, 'dist/cli.js')).values()].join('\n')
    expect(text).toContain('// src/cli/main.ts')
    expect(text).toContain('// src/version.ts')
    expect(text).not.toContain('// src/cli/args.ts')
    expect(text).not.toContain('// node_modules/')
  })

  it('finds the same violations from dist/vendor/ as from source, loading each library when first needed', () => {
    const script = `
      import { createRequire } from 'node:module'
      import { createRails } from ${JSON.stringify(resolve(repoRoot, 'dist/rails.js'))}
      const cache = createRequire(import.meta.url).cache
      const vendored = () => Object.keys(cache).filter(f => f.includes('/dist/vendor/')).map(f => f.split('/').pop()).sort()
      const steps = []
      const rails = createRails(${JSON.stringify(RAILS_CONFIG)})
      steps.push(vendored())
      const found = []
      for (const text of ${JSON.stringify(TEXTS)}) {
        found.push(rails.validate(text).violations)
        steps.push(vendored())
      }
      console.log(JSON.stringify({ steps, found }))
    `
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(child.stderr).toBe('')
    const { steps, found } = JSON.parse(child.stdout) as { steps: string[][]; found: unknown[] }
    const rails = createRails(RAILS_CONFIG)
    expect(found).toEqual(TEXTS.map(text => rails.validate(text).violations))
    // createRails builds the content rail (obscenity) and compiles the format schema (ajv) at once;
    // libphonenumber waits for the first phone-shaped text.
    expect(steps[0]).toEqual(['ajv.cjs', 'obscenity.cjs'])
    expect(steps[1]).toEqual(['ajv.cjs', 'obscenity.cjs'])
    expect(steps[2]).toEqual(['ajv.cjs', 'libphonenumber.cjs', 'obscenity.cjs'])
    expect((found[1] as { validator: string }[]).map(v => v.validator)).toEqual([
      'format',
      'pii.phone',
      'pii.email'
    ])
  })

  it('runs the shipped example (json-schema, rails) with the same checks as from source', async () => {
    // A copy, so neither run writes its report and call log into this repository.
    const root = temp.make('pg-vendor-')
    cpSync(join(repoRoot, 'examples'), join(root, 'examples'), { recursive: true })
    const args = ['run', '--config', 'examples/support/promptgate.yml', '--json', '--quiet']
    const child = spawnSync(process.execPath, [resolve(repoRoot, 'dist/cli.js'), '-C', root, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', CI: 'true' }
    })
    expect(child.status).toBe(0)
    const out: string[] = []
    const code = await runCli(parseCliArgs(['-C', root, ...args]), {
      env: { CI: 'true' },
      stdout: text => out.push(text),
      stderr: () => undefined,
      isTty: false
    })
    expect(code).toBe(0)
    const checksOf = (json: string) =>
      (
        JSON.parse(json) as {
          suites: { cases: { head: { checks: { id: string; pass: boolean; reason: string }[] }[] }[] }[]
        }
      ).suites.flatMap(s => s.cases.flatMap(c => c.head.flatMap(h => h.checks)))
    const bundled = checksOf(child.stdout)
    expect(bundled.length).toBeGreaterThan(0)
    expect(bundled.some(c => c.id === 'json-schema')).toBe(true)
    expect(bundled).toEqual(checksOf(out.join('')))
  })
})
