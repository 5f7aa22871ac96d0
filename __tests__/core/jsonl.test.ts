import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readJsonLines } from '../../src/core/jsonl.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pg-jsonl-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('skips blank lines and keeps each row with its own line number', () => {
  const path = join(dir, 'set.jsonl')
  writeFileSync(path, '{"a":1}\n\n  \n[2]\n"three"\n')
  expect(readJsonLines(path)).toEqual([
    { value: { a: 1 }, line: 1 },
    { value: [2], line: 4 },
    { value: 'three', line: 5 }
  ])
})

test('names the file and line of the first line that is not JSON', () => {
  const path = join(dir, 'bad.jsonl')
  writeFileSync(path, '{"ok":true}\n{"text": "unterminated\n')
  expect(() => readJsonLines(path)).toThrow(
    new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON \\(`)
  )
})
