// The chaos section of a suite in the PR comment: the fault × outcome matrix, base vs head, and
// the bad answers as evidence. Scenario names come from the config, outputs from the feature:
// both are escaped. Numbers go through the shared formatting module.
import { markdownTable } from 'markdown-table'
import type { ChaosCounts, ChaosReport, SuiteReport } from '../core/report.js'
import { count as formatCount, milliseconds } from '../core/format.js'
import { codeSpan, escapeInline, singleLine } from './escape.js'

const VERDICT_LINE: Record<ChaosReport['verdict'], string> = {
  pass: '✅ every answer degraded gracefully',
  fail: '❌ the feature does not degrade gracefully',
  regression: '📉 this change broke the degradation path'
}

/** Output characters shown per bad answer. */
const MAX_EVIDENCE_CHARS = 160

function count(n: number, bad: boolean): string {
  return bad && n > 0 ? `**${formatCount(n)}** ❌` : formatCount(n)
}

function row(name: string, faults: string, side: string, c: ChaosCounts): string[] {
  return [
    codeSpan(name, { inTable: true }),
    escapeInline(faults).replace(/\|/g, '\\|'),
    side,
    formatCount(c.answered),
    formatCount(c['fell-back']),
    formatCount(c.unavailable),
    count(c.garbage, true),
    count(c['timed-out'], true),
    milliseconds(c.p95LatencyMs)
  ]
}

export function renderChaosSection(suite: SuiteReport): string | undefined {
  const chaos = suite.chaos
  if (!chaos) return undefined
  const rows: string[][] = [
    ['scenario', 'faults', 'side', 'answered', 'fell back', 'unavailable msg', 'garbage', 'timed out', 'p95']
  ]
  for (const scenario of chaos.scenarios) {
    if (scenario.base) rows.push(row(scenario.name, scenario.faults, 'base', scenario.base))
    rows.push(row(scenario.name, scenario.faults, 'head', scenario.head))
  }
  const blocks = [
    `**Chaos (${chaos.wire} wire format): ${VERDICT_LINE[chaos.verdict]}.** ${escapeInline(chaos.reason)}`,
    markdownTable(rows, { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'] })
  ]
  if (chaos.examples.length > 0) {
    const lines = chaos.examples.map(e => {
      const output =
        e.output === undefined ? '' : ` — answer: ${codeSpan(singleLine(e.output, MAX_EVIDENCE_CHARS))}`
      return `- ${codeSpan(e.scenario)} ${e.side} ${codeSpan(e.caseId)}: ${e.outcome === 'garbage' ? 'garbage' : 'timed out'} (${escapeInline(singleLine(e.why, 300))})${output}`
    })
    blocks.push(`**Bad answers under faults**\n\n${lines.join('\n')}`)
  }
  return blocks.join('\n\n')
}
