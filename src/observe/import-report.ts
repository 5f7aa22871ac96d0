// What `promptgate import` added and why, for the terminal and as markdown for the PR that commits
// the cases. Case text is from production logs (already redacted) and is escaped on output.
import { markdownTable } from 'markdown-table'
import { codeSpan, escapeInline } from '../report/escape.js'
import { inertLine } from '../report/terminal.js'
import { queryText, type ImportSummary } from './import.js'

const PREVIEW_CHARS = 70

function droppedLines(s: ImportSummary): string[] {
  const d = s.dropped
  const lines: [number, string][] = [
    [d.nearDuplicates, `near-duplicates of a kept call (shingle Jaccard ≥ ${s.threshold})`],
    [d.alreadyInDataset, 'already in the dataset (same or near-identical query)'],
    [d.overCap, `over the cap of ${s.cap} (lowest signal first; seed ${s.seed})`],
    [d.otherSuite, 'logged for another suite'],
    [d.judge, 'judge calls (they grade answers, they are not traffic)'],
    [d.noInput, 'no user input to turn into a case']
  ]
  return lines.filter(([n]) => n > 0).map(([n, why]) => `${n} ${why}`)
}

export function renderImportTerminal(s: ImportSummary, outPath: string): string {
  const lines = [
    `Imported ${s.added.length} case(s) for suite ${inertLine(s.suiteId, 60)} from ${s.read} logged call(s) → ${inertLine(outPath, 200)}`
  ]
  for (const why of droppedLines(s)) lines.push(`  dropped: ${why}`)
  for (const row of s.added) {
    lines.push(
      `  + ${row.id}  [${row.provenance.signals.join('; ') || 'no signal'}]  ${inertLine(queryText(row.vars), PREVIEW_CHARS)}`
    )
  }
  if (s.added.length > 0) lines.push('Review the file, add it to the suite’s datasets, and commit it.')
  return lines.join('\n')
}

export function renderImportMarkdown(s: ImportSummary, outPath: string): string {
  const parts = [
    `### Imported ${s.added.length} case(s) for ${codeSpan(s.suiteId)}`,
    '',
    `From ${s.read} logged call(s) into ${codeSpan(outPath)}. PII and secrets were masked by the rails redactor before anything else read the text.`,
    ''
  ]
  const dropped = droppedLines(s)
  if (dropped.length > 0) parts.push(...dropped.map(why => `- dropped ${escapeInline(why)}`), '')
  if (s.added.length > 0) {
    parts.push(
      markdownTable([
        ['Case', 'Why', 'Expected', 'Query'],
        ...s.added.map(row => [
          codeSpan(row.id, { inTable: true }),
          escapeInline(row.provenance.signals.join('; ') || 'no signal'),
          row.expected !== undefined ? 'edited answer' : row.checks ? 'not the rejected answer' : '–',
          codeSpan(inertLine(queryText(row.vars), PREVIEW_CHARS), { inTable: true })
        ])
      ]),
      ''
    )
  }
  return parts.join('\n')
}
