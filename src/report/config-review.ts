// The "gate settings changed" block near the top of the comment and the summary. Config values
// come from the PR: every one goes through codeSpan, inside a table cell.
import type { RunReport } from '../core/report.js'
import { codeSpan, escapeInline } from './escape.js'

/** Rows shown; the rest are counted (the JSON report has all). */
export const MAX_CONFIG_CHANGE_ROWS = 40
/** Longest value shown in a cell; longer ones are cut (checks can be long JSON arrays). */
const MAX_VALUE_CHARS = 200

function cell(value: string | undefined): string {
  if (value === undefined) return '*(unset)*'
  const cut = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value
  return codeSpan(cut, { inTable: true })
}

export function configReviewBlock(report: RunReport): string | undefined {
  const review = report.configReview
  if (!review || review.changes.length === 0) return undefined
  const lines = [
    `> ⚠️ **This PR changes ${review.changes.length} gate setting${review.changes.length === 1 ? '' : 's'}.** ${escapeInline(review.why)}`
  ]
  if (review.other) {
    const side = review.other.settings === 'base' ? "the base branch's settings" : "the PR's settings"
    lines.push(`> Under ${side}: **${review.other.verdict}** — ${escapeInline(review.other.reason)}`)
  }
  lines.push('', '| Setting | Base | PR |', '| --- | --- | --- |')
  for (const change of review.changes.slice(0, MAX_CONFIG_CHANGE_ROWS)) {
    lines.push(`| ${codeSpan(change.path, { inTable: true })} | ${cell(change.base)} | ${cell(change.pr)} |`)
  }
  if (review.changes.length > MAX_CONFIG_CHANGE_ROWS)
    lines.push('', `… ${review.changes.length - MAX_CONFIG_CHANGE_ROWS} more in the JSON report.`)
  return lines.join('\n')
}
