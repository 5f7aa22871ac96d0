// The import-boundary rule of eslint.config.js (layers in eslint.layers.js) must fail `npm run lint`
// when a folder imports one above it. Proven by linting source text placed in a layer, through the
// project's own ESLint config, as `npm run lint` does.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js')

/** Lints `code` as if it were the file `filePath` (repo-relative); the file itself need not exist. */
function lintAs(filePath: string, code: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', filePath], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8'
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

test('a loader importing the config layer above it fails lint with the boundary rule', () => {
  const { status, output } = lintAs(
    'src/datasets/upward-import-fixture.ts',
    "import type { Config } from '../config/schema.js'\nexport type Fixture = Config\n"
  )
  expect(status).toBe(1)
  expect(output).toContain('boundaries/dependencies')
  expect(output).toContain('"datasets" to elements of type "config"')
})

test('the ground floor importing the action layer fails lint', () => {
  const { status, output } = lintAs(
    'src/core/upward-import-fixture.ts',
    "import { OUTPUT } from '../action/inputs.js'\nexport const fixture = OUTPUT\n"
  )
  expect(status).toBe(1)
  expect(output).toContain('"core" to elements of type "action"')
})

test('a src file outside every layer fails lint, so nothing escapes the rule', () => {
  const { status, output } = lintAs('src/stray-fixture.ts', 'export const fixture = 1\n')
  expect(status).toBe(1)
  expect(output).toContain('boundaries/no-unknown-files')
})

test('a downward import (config reading the loaders below it) passes lint', () => {
  const { status, output } = lintAs(
    'src/config/downward-import-fixture.ts',
    "import { parseDataset } from '../datasets/index.js'\nexport const fixture = parseDataset\n"
  )
  expect(output).toBe('')
  expect(status).toBe(0)
})
