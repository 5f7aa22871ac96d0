import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MissingFileError } from '../../src/core/errors.js'
import {
  canonicalJson,
  contentCaseId,
  DatasetError,
  loadDataset,
  parseDataset
} from '../../src/datasets/index.js'
import { FIXTURES, dirFiles, memFiles, rejected, thrown } from '../helpers/repo-files.js'

const fixture = (name: string) => readFileSync(join(FIXTURES, 'datasets', name), 'utf8')

function datasetError(file: string, text: string): DatasetError {
  const error = thrown(() => parseDataset(file, text))
  expect(error).toBeInstanceOf(DatasetError)
  return error as DatasetError
}

describe('case ids', () => {
  it('hashes canonical JSON so key order does not change the id', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}')
    expect(contentCaseId({ a: 1, b: 2 }, 'x')).toBe(contentCaseId({ b: 2, a: 1 }, 'x'))
    expect(contentCaseId({ a: 1 }, 'x')).not.toBe(contentCaseId({ a: 1 }, 'y'))
    expect(contentCaseId({ a: 1 }, undefined)).toMatch(/^[0-9a-f]{12}$/)
  })
})

describe('JSONL datasets', () => {
  it('reads structured and flat rows with their line, skipping blank lines', () => {
    const cases = parseDataset('datasets/reviews.jsonl', fixture('reviews.jsonl'))
    expect(cases).toHaveLength(3)
    expect(cases[0]).toEqual({
      id: 'great',
      vars: { review: 'Great value, would buy again', product: { name: 'Kettle' } },
      expected: 'positive',
      tags: ['short'],
      checks: [],
      source: { file: 'datasets/reviews.jsonl', line: 1, column: 1 }
    })
    expect(cases[1]).toMatchObject({
      vars: { review: 'Broke after two days', product: { name: 'Toaster' } },
      expected: 'negative',
      checks: [{ type: 'icontains', value: 'negative' }]
    })
    expect(cases[1]?.id).toBe(contentCaseId(cases[1]?.vars ?? {}, 'negative'))
    expect(cases[2]?.source.line).toBe(4)
  })

  it('reports every bad row with its line in one error', () => {
    const error = datasetError('bad.jsonl', fixture('bad.jsonl'))
    expect(error.issues.map(i => [i.line, i.path])).toEqual([
      [2, ''],
      [3, 'expectd'],
      [4, ''],
      [5, 'checks[0].pattern'],
      [7, 'id']
    ])
    expect(error.issues[0]?.message).toMatch(/^invalid JSON: /)
    expect(error.issues[1]?.message).toContain('unknown key "expectd" in a {vars: ...} row')
    expect(error.issues[4]?.message).toContain('duplicate case id "dup" (first at bad.jsonl:6)')
    expect(error.message).toContain('bad.jsonl:5:1: checks[0].pattern: missing required key "pattern"')
  })

  it('gives the column of a JSON syntax error', () => {
    const issue = datasetError('a.jsonl', '{"q": "a"}\n{"q": 1,}\n').issues[0]
    expect(issue).toMatchObject({ line: 2, column: 9 })
  })

  it('rejects an empty dataset', () => {
    expect(datasetError('a.jsonl', '\n\n').issues[0]?.message).toContain('the dataset has no cases')
  })
})

describe('JSON and YAML datasets', () => {
  it('reads {cases: [...]} YAML with both row shapes and explicit ids', () => {
    const cases = parseDataset('extra.yaml', fixture('extra.yaml'))
    expect(cases.map(c => [c.vars, c.expected, c.source.line])).toEqual([
      [{ input: 'What is the capital of Italy?' }, 'Rome', 2],
      [{ input: 'What is 3 + 3?' }, '6', 5]
    ])
    expect(cases[1]?.id).toBe('math-3')
  })

  it('reads a top-level JSON list', () => {
    const cases = parseDataset('a.json', '[\n  {"q": "a"},\n  {"vars": {"q": "b"}, "expected": "B"}\n]\n')
    expect(cases.map(c => [c.vars.q, c.expected, c.source.line])).toEqual([
      ['a', undefined, 2],
      ['b', 'B', 3]
    ])
  })

  it('points a bad key in a JSON row at its own line', () => {
    const issue = datasetError('cases.json', fixture('cases.json')).issues[0]
    expect(issue).toMatchObject({ line: 4, path: 'cases[1].tags' })
  })

  it('reports a JSON syntax error with line and column', () => {
    const issue = datasetError('a.json', '[\n  {"q": "a"},\n  {"q": "b",, }\n]').issues[0]
    expect(issue).toMatchObject({ line: 3, column: 13 })
  })

  it('reports a duplicate key in a JSON row instead of keeping the last value', () => {
    const issue = datasetError('a.json', '[\n  {"q": "a",\n   "q": "b"}\n]').issues[0]
    expect(issue).toMatchObject({ line: 3 })
    expect(issue?.message).toContain('Map keys must be unique')
  })

  it('rejects a document that is neither a list nor {cases}', () => {
    expect(datasetError('a.yaml', 'q: a\n').issues[0]?.message).toContain(
      'a list of rows or a mapping {cases: [...]}'
    )
  })

  it('rejects an unknown dataset extension', () => {
    expect(datasetError('a.xlsx', '').issues[0]?.message).toContain('unknown dataset format')
  })
})

describe('CSV datasets', () => {
  it('reads a header row, quoted and multi-line cells, id/expected/tags columns and dotted headers', () => {
    const cases = parseDataset('reviews.csv', fixture('reviews.csv'))
    expect(cases).toEqual([
      {
        id: 'csv-1',
        vars: { review: 'Loved it, "five stars"', 'product.name': 'Blender' },
        expected: 'positive',
        tags: ['long', 'quoted'],
        checks: [],
        source: { file: 'reviews.csv', line: 2, column: 1 }
      },
      {
        id: 'csv-2',
        vars: { review: 'Multi-line\nreview text', 'product.name': 'Mixer' },
        expected: 'negative',
        checks: [],
        source: { file: 'reviews.csv', line: 3, column: 1 }
      }
    ])
  })

  it('reports records with the wrong field count and unparsable checks with their start line', () => {
    const error = datasetError('bad.csv', fixture('bad.csv'))
    expect(error.issues.map(i => [i.line, i.message])).toEqual([
      [3, 'record has 4 fields but the header has 3'],
      [4, expect.stringContaining('checks column is not valid JSON')],
      [5, 'record has 4 fields but the header has 3']
    ])
  })

  it('reads CRLF files with exact line numbers', () => {
    const cases = parseDataset('a.csv', 'q,expected\r\n"a\r\nb",x\r\n\r\nc,y\r\n')
    expect(cases.map(c => [c.vars.q, c.source.line])).toEqual([
      ['a\nb', 2],
      ['c', 5]
    ])
  })

  it('parses a checks column as JSON and validates it', () => {
    const cases = parseDataset('a.csv', 'q,checks\nhi,"{""type"":""max-words"",""value"":3}"\n')
    expect(cases[0]?.checks).toEqual([{ type: 'max-words', value: 3 }])
  })
})

describe('loadDataset', () => {
  it('reads a dataset through RepoFiles', async () => {
    expect(await loadDataset('datasets/extra.yaml', dirFiles(FIXTURES))).toHaveLength(2)
  })

  it('names a missing dataset and the version', async () => {
    const error = await rejected(loadDataset('data/x.jsonl', memFiles({})))
    expect(error).toBeInstanceOf(MissingFileError)
    expect((error as Error).message).toContain('dataset data/x.jsonl does not exist in head')
  })
})
