import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkMatrix, MIN_ROWS, parseMatrix } from '../../scripts/security-matrix.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SECURITY = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')

test('every row of SECURITY.md names a test file and a test that exist, and there are at least 30', () => {
  expect(parseMatrix(SECURITY).length).toBeGreaterThanOrEqual(MIN_ROWS)
  expect(checkMatrix(SECURITY, ROOT)).toEqual([])
})

test('fails on a row whose test file or test name does not exist, naming the line', () => {
  const rows = [
    '| F01 | x | y | `__tests__/nope.test.ts` | anything |',
    '| F02 | x | y | `__tests__/core/secrets.test.ts` | a test nobody wrote |',
    '| F02 | x | y | `__tests__/core/secrets.test.ts` | redacts every form wherever it appears |'
  ].join('\n')
  expect(checkMatrix(rows, ROOT)).toEqual([
    `SECURITY.md has 3 rows, at least ${MIN_ROWS} are required`,
    'SECURITY.md:1 (F01): __tests__/nope.test.ts does not exist',
    'SECURITY.md:2 (F02): __tests__/core/secrets.test.ts has no test named "a test nobody wrote"',
    'SECURITY.md:3 (F02): the id is used twice'
  ])
})
