// Checks the fault and bad-input table of SECURITY.md: every row must name a test file that
// exists and a test in it with exactly that name. Run by `npm run lint`, so CI fails when a row
// names a test that was renamed or removed. Rows look like:
// | F01 | fault | what PromptGate does | `__tests__/x.test.ts` | the test's name |
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface MatrixRow {
  id: string
  line: number
  file: string
  test: string
}

/** Least number of rows the table must have (issue 15: "at least 30"). */
export const MIN_ROWS = 30

const ROW = /^\|\s*(F\d{2,})\s*\|(.*)\|\s*$/

export function parseMatrix(markdown: string): MatrixRow[] {
  const rows: MatrixRow[] = []
  markdown.split('\n').forEach((text, index) => {
    const match = ROW.exec(text)
    if (!match) return
    const cells = (match[2] ?? '').split(' | ').map(c => c.trim())
    const file = /^`([^`]+)`$/.exec(cells[cells.length - 2] ?? '')?.[1] ?? ''
    rows.push({ id: match[1] ?? '', line: index + 1, file, test: cells[cells.length - 1] ?? '' })
  })
  return rows
}

/** Whether `source` declares a test or describe block titled exactly `name`, in any quote style. */
function declaresTest(source: string, name: string): boolean {
  return ["'", '"', '`'].some(quote => {
    const literal = `${quote}${quote === "'" ? name.replaceAll("'", "\\'") : name}${quote}`
    return source.includes(literal)
  })
}

/** Problems of the table, one line each; empty when every row names a test that exists. */
export function checkMatrix(markdown: string, root: string): string[] {
  const rows = parseMatrix(markdown)
  const problems: string[] = []
  if (rows.length < MIN_ROWS)
    problems.push(`SECURITY.md has ${rows.length} rows, at least ${MIN_ROWS} are required`)
  const ids = new Set<string>()
  for (const row of rows) {
    const where = `SECURITY.md:${row.line} (${row.id})`
    if (ids.has(row.id)) problems.push(`${where}: the id is used twice`)
    ids.add(row.id)
    if (!row.file) {
      problems.push(`${where}: the test file must be a \`path\` in the second-to-last column`)
      continue
    }
    const path = join(root, row.file)
    if (!existsSync(path)) {
      problems.push(`${where}: ${row.file} does not exist`)
      continue
    }
    if (!row.test || !declaresTest(readFileSync(path, 'utf8'), row.test))
      problems.push(`${where}: ${row.file} has no test named "${row.test}"`)
  }
  return problems
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..')
  const problems = checkMatrix(readFileSync(join(root, 'SECURITY.md'), 'utf8'), root)
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) process.exit(1)
  console.log('SECURITY.md: every row names a test that exists.')
}
