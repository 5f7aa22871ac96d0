// The robustness part of a suite's comment section: a table per category (base → head, change,
// verdict) and the worst variants with their attack input shown inert, both answers and why
// each counts as a failure. Attack strings are the most hostile text the comment carries: every
// one goes through escape.ts, invisible characters made visible first.
import { markdownTable } from 'markdown-table'
import { percent as pct, points, pValue } from '../core/format.js'
import type {
  RobustnessMetric,
  RobustnessReport,
  RobustnessStatus,
  SuiteReport,
  VariantReport
} from '../core/report.js'
import type { SampleResult } from '../core/types.js'
import { escapeHtml, escapeInline, fencedCode, revealInvisibles, truncateText } from './escape.js'

const STATUS_EMOJI: Record<RobustnessStatus, string> = {
  pass: '✅',
  fail: '❌',
  regression: '📉',
  inconclusive: '⚠️'
}

const METRIC_LABEL: Record<RobustnessMetric['id'], string> = {
  attackSuccessRate: 'attack success',
  gracefulRate: 'graceful',
  consistency: 'consistency',
  overRefusal: 'over-refusal'
}

/** Worst variants shown per suite at full size. */
export const MAX_WORST_VARIANTS = 5

function change(m: RobustnessMetric): string {
  if (!m.paired) return ''
  return `${points(m.paired.delta)} (${m.paired.worse} worse, ${m.paired.better} better, ${pValue(m.paired.mcnemarPValue)})`
}

function table(report: RobustnessReport, hasBase: boolean): string {
  const rows = [
    ['Category', 'Metric', ...(hasBase ? ['Base'] : []), 'Head', ...(hasBase ? ['Change'] : []), 'Verdict']
  ]
  for (const category of report.categories) {
    category.metrics.forEach((m, i) => {
      rows.push([
        i === 0 ? `${escapeInline(category.category)} (${category.variants})` : '',
        METRIC_LABEL[m.id] + (m.gate ? ` (${escapeInline(m.gate.key)} ${pct(m.gate.limit)})` : ''),
        ...(hasBase ? [pct(m.base?.rate)] : []),
        pct(m.head.rate),
        ...(hasBase ? [change(m)] : []),
        `${STATUS_EMOJI[m.status]} ${m.status}`
      ])
    })
    if (category.metrics.length === 0) {
      rows.push([
        escapeInline(category.category),
        '–',
        ...(hasBase ? ['–'] : []),
        '–',
        ...(hasBase ? [''] : []),
        '⚠️ no judged variant'
      ])
    }
  }
  return markdownTable(rows, { alignDelimiters: false })
}

/** How bad a head answer is: attack success and leaks first, then garbage, inconsistency, refusals. */
function badness(v: VariantReport): number {
  const j = v.headJudgement
  if (!j || !j.judged || j.problems.length === 0) return 0
  const base = v.baseJudgement
  const newOnHead = !base || !base.judged || base.problems.length === 0 ? 0.5 : 0
  if (j.attackSucceeded || j.leaked) return 4 + newOnHead
  if (j.garbage) return 3 + newOnHead
  if (j.consistent === false) return 2 + newOnHead
  return 1 + newOnHead
}

/**
 * The worst head answers, one category at a time (round robin) so a reviewer sees each kind of
 * failure before the second example of any.
 */
export function worstVariants(report: RobustnessReport, max: number): VariantReport[] {
  const ranked = report.variants
    .map((v, index) => ({ v, index, score: badness(v) }))
    .filter(x => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
  const seen = new Map<string, number>()
  const withRound = ranked.map(x => {
    const round = seen.get(x.v.category) ?? 0
    seen.set(x.v.category, round + 1)
    return { ...x, round }
  })
  return withRound
    .sort((a, b) => a.round - b.round || b.score - a.score || a.index - b.index)
    .slice(0, max)
    .map(x => x.v)
}

function answer(sample: SampleResult | undefined, maxChars: number): string {
  if (!sample) return '(not run)'
  if (sample.error !== undefined) return truncateText(`[model call failed] ${sample.error}`, maxChars)
  return truncateText(sample.output ?? '(no output)', maxChars)
}

function variantDetails(v: VariantReport, maxChars: number): string {
  const why = v.headJudgement?.problems ?? []
  const summary =
    `<code>${escapeHtml(v.id)}</code> (${escapeHtml(v.category)}/${escapeHtml(v.generator)} of ` +
    `<code>${escapeHtml(v.derivedFrom.caseId)}</code>) · ${escapeHtml(why[0] ?? '')}`
  const parts = [`<details>\n<summary>${summary}</summary>\n`]
  const origin = [
    v.corpusEntry ? `corpus entry ${escapeInline(v.corpusEntry)}` : '',
    v.language ? `language ${escapeInline(v.language)}` : ''
  ]
    .filter(Boolean)
    .join(', ')
  parts.push(`**Input**${origin ? ` (${origin})` : ''}, shown inert with invisible characters made visible\n`)
  parts.push(
    fencedCode(revealInvisibles(truncateText(JSON.stringify(v.vars, null, 2) ?? '{}', maxChars)), 'json')
  )
  if (v.base) {
    parts.push('<table>\n<tr><th>Base</th><th>Head</th></tr>\n<tr><td>\n')
    parts.push(fencedCode(answer(v.base[0], maxChars)))
    parts.push('</td><td>\n')
    parts.push(fencedCode(answer(v.head[0], maxChars)))
    parts.push('</td></tr>\n</table>\n')
  } else {
    parts.push('**Head answer**\n')
    parts.push(fencedCode(answer(v.head[0], maxChars)))
  }
  parts.push(`**Why it counts as a failure (head)**\n\n${why.map(w => `- ${escapeInline(w)}`).join('\n')}\n`)
  const basePassed = v.baseJudgement?.judged && v.baseJudgement.problems.length === 0
  if (basePassed) parts.push('The base version handled this variant.\n')
  parts.push('</details>')
  return parts.join('\n')
}

/** The suite's robustness blocks, or none when it ran no variant. */
export function robustnessBlocks(
  suite: SuiteReport,
  detail: { cases: number; outputChars: number }
): string[] {
  const report = suite.robustness
  if (!report) return []
  const hasBase = report.variants.some(v => v.base !== undefined)
  const blocks = [
    `**Robustness** ${STATUS_EMOJI[report.verdict]} ${report.verdict}: ${escapeInline(report.summary)}` +
      (report.canary ? ' Canary mode: a token was planted in the system prompt of both versions.' : ''),
    table(report, hasBase)
  ]
  if (report.unjudged.head + report.unjudged.base > 0) {
    blocks.push(
      `${report.unjudged.head} head and ${report.unjudged.base} base variant calls failed and are left out of the rates.`
    )
  }
  const judged = report.modelJudge
  if (judged) {
    blocks.push(
      `Model judge (\`robustness.judge\`) on answers the detectors could not settle: ${judged.asked} asked, ` +
        `${judged.refusal} read as refusal, ${judged.garbage} as garbage, ${judged.graceful} graceful` +
        (judged.errors > 0 ? `; ${judged.errors} judge calls failed (detectors' judgement kept)` : '') +
        (judged.skipped > 0 ? `; ${judged.skipped} more left to the detectors by \`maxJudgeCalls\`` : '') +
        '.'
    )
  }
  const worst = worstVariants(report, Math.min(MAX_WORST_VARIANTS, detail.cases))
  if (worst.length > 0) {
    blocks.push(`**Worst robustness variants** (${worst.length})`)
    for (const v of worst) blocks.push(variantDetails(v, Math.min(detail.outputChars, 1500)))
  }
  return blocks
}
