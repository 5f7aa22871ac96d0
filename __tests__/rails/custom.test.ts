import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadHint } from '../../src/rails/custom.js'
import { createRails, createRailsAsync, loadCustomValidators } from '../../src/rails/index.js'

const root = dirname(fileURLToPath(import.meta.url))

describe('custom validators', () => {
  it('loads a module relative to rootDir and reports under custom.<file name>', async () => {
    const rails = await createRailsAsync(
      { custom: [{ module: './fixtures/no-prices.mjs' }] },
      { rootDir: root }
    )
    const result = rails.validate('The Pro plan is $49.99 a month.')
    expect(result.violations).toEqual([
      {
        validator: 'custom.no-prices',
        severity: 'medium',
        span: { start: 16, end: 22 },
        text: '$49.99',
        message: 'quotes a price'
      }
    ])
    expect(result.redacted).toBe('The Pro plan is [REDACTED:custom.no-prices] a month.')
  })
  it('uses the configured id, severity and redact setting', async () => {
    const config = {
      custom: [{ module: 'fixtures/no-prices.mjs', id: 'prices', severity: 'low' as const, redact: false }]
    }
    const rails = await createRailsAsync(config, { rootDir: root })
    const result = rails.validate('$5')
    expect(result.violations.map(v => [v.validator, v.severity])).toEqual([['prices', 'low']])
    expect(result.ok).toBe(true)
    expect(result.redacted).toBe('$5')
  })
  it('clamps untrusted spans and ignores an invalid severity', async () => {
    const rails = await createRailsAsync(
      { custom: [{ module: './fixtures/severity.mjs' }] },
      { rootDir: root }
    )
    const violations = rails.validate('hello').violations
    expect(violations.map(v => [v.span, v.severity])).toEqual([
      [{ start: 0, end: 5 }, 'critical'],
      [{ start: 2, end: 2 }, 'medium']
    ])
  })
  it('fails closed when the validator throws: a violation that names the module', async () => {
    const rails = await createRailsAsync({ custom: [{ module: './fixtures/throws.mjs' }] }, { rootDir: root })
    const [v] = rails.validate('anything').violations
    expect(v?.message).toBe('custom validator ./fixtures/throws.mjs threw: boom')
    expect(rails.validate('anything').ok).toBe(false)
  })
  it('names the module when it does not default-export a function or cannot be found', async () => {
    await expect(
      loadCustomValidators(root, { custom: [{ module: './fixtures/not-a-function.mjs' }] })
    ).rejects.toThrow(
      'rails.custom[0].module "./fixtures/not-a-function.mjs": must default-export a function'
    )
    await expect(
      loadCustomValidators(root, { custom: [{ module: './fixtures/missing.mjs' }] })
    ).rejects.toThrow(/rails\.custom\[0\]\.module "\.\/fixtures\/missing\.mjs": could not be loaded/)
  })
  it('refuses a module path outside the repository', async () => {
    await expect(loadCustomValidators(root, { custom: [{ module: '../../../etc/x.mjs' }] })).rejects.toThrow(
      /must be a path inside the repository/
    )
  })
  it('refuses a module that is a symlink out of the repository, before importing it', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'pg-rails-root-'))
    const outside = mkdtempSync(join(tmpdir(), 'pg-rails-outside-'))
    try {
      writeFileSync(join(outside, 'evil.mjs'), 'globalThis.__pgEvilLoaded = true; export default () => []\n')
      symlinkSync(join(outside, 'evil.mjs'), join(repo, 'rail.mjs'))
      await expect(loadCustomValidators(repo, { custom: [{ module: './rail.mjs' }] })).rejects.toThrow(
        'rails.custom[0].module "./rail.mjs": must be a path inside the repository'
      )
      expect((globalThis as { __pgEvilLoaded?: boolean }).__pgEvilLoaded).toBeUndefined()
    } finally {
      rmSync(repo, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })
  it('loads a .ts module where the runtime can import TypeScript (jest transforms it like Node >= 22.6)', async () => {
    const [typed] = await loadCustomValidators(root, { custom: [{ module: './fixtures/typed.ts' }] })
    expect(typed?.fn('xyz', {})).toEqual([{ start: 0, end: 1 }])
  })
  it('explains that .ts modules need Node type stripping when Node cannot import them', () => {
    const error = Object.assign(new TypeError('Unknown file extension ".ts"'), {
      code: 'ERR_UNKNOWN_FILE_EXTENSION'
    })
    expect(loadHint('./rails/no-prices.ts', error)).toMatch(
      /TypeScript modules need Node >= 22\.6 .*write it as \.mjs/
    )
    expect(loadHint('./rails/no-prices.mjs', new Error('Cannot find module'))).toBe('Cannot find module')
  })
  it('refuses a synchronous createRails when custom modules are configured but not loaded', () => {
    expect(() => createRails({ custom: [{ module: './fixtures/no-prices.mjs' }] })).toThrow(
      /createRailsAsync/
    )
  })
})
