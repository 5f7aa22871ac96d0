// Adaptive sampling: spend extra calls only where they can change the verdict. The engine runs the
// suite once, then asks in rounds: isDecided? if not, planExtraSamples → run them → ask again, until
// the verdict is decided, nothing more would help, or the call budget is spent.
//
// Policy (pure and deterministic):
// - Only while decideSuite says `inconclusive` and that more samples of the same cases could decide it,
//   or while a noise-sensitive blocking verdict holds at the configured confidence but not yet at
//   INTERIM_BLOCKING_CONFIDENCE.
// - Extra samples go to uncertain cases: outcomes that differ across sides or repeats (a flip, 0 < p̂ < 1),
//   or a case seen fewer than CERTAIN_AFTER times per side with identical outcomes — one pass says
//   little about a case that passes half the time, and never resampling agreeing cases would bias
//   the estimate of a real change toward zero.
// - Most informative first: the case's pooled pass probability, smoothed toward the suite's rate,
//   gives a variance p̃(1−p̃); one more sample per side removes about p̃(1−p̃)/(n(n+1)) of it.
// - With a base, a case always gets one more sample on BOTH sides. The policy then treats the sides
//   symmetrically, so under "no change" swapping a case's sides changes nothing it does, and the
//   paired interval's sign-flip argument still holds.
// - A round covers at most ROUND_FRACTION of the cases, so decisions are re-checked often enough not
//   to overspend, but not after every call (each look is another chance for noise to decide).
import type { VersionSide } from '../core/types.js'
import { tallyCases, type CaseTally } from './summary.js'
import { DEFAULT_CONFIDENCE, decideSuite, type DecideInput, type SuiteDecision } from './verdict.js'

export type SamplingState = DecideInput

export interface ExtraSample {
  caseId: string
  side: VersionSide
}

/** Same cap as `sampling.repeats` in the config schema. */
export const MAX_ADAPTIVE_REPEATS = 50
/** Identical outcomes per side after which a case counts as settled. */
export const CERTAIN_AFTER = 3
/** Largest share of the suite's cases resampled in one round. */
export const ROUND_FRACTION = 0.25
/** Pseudo-samples at the suite's pooled pass rate that smooth a case's estimated pass probability. */
const PRIOR_WEIGHT = 2

/**
 * Confidence a blocking verdict must also reach before sampling stops early. Every round is another
 * look at the data, and stopping at the first look that crosses the nominal line would inflate the
 * false-block rate (a group-sequential design with a stricter interim boundary fixes that). The
 * verdict reported at the end is still decided at the configured confidence.
 */
export const INTERIM_BLOCKING_CONFIDENCE = 0.99

const blocking = (verdict: string): boolean => verdict === 'fail' || verdict === 'regression'

export function isDecided(state: SamplingState): boolean {
  const decision = decideSuite(state)
  if (decision.verdict === 'inconclusive') return !decision.samplingCanHelp
  if (!blocking(decision.verdict)) return true
  const confidence = Math.max(state.thresholds.confidence ?? DEFAULT_CONFIDENCE, INTERIM_BLOCKING_CONFIDENCE)
  const strict = decideSuite({ ...state, thresholds: { ...state.thresholds, confidence } })
  // Only noise-sensitive verdicts wait: a blocking verdict that no extra sample can undo (a safety
  // violation, a call over maxOutputTokens) stops at once.
  return blocking(strict.verdict) || !decisionCanChange(decision)
}

/** True when the blocking verdict rests on an interval that more samples could move. */
function decisionCanChange(decision: SuiteDecision): boolean {
  if (decision.verdict === 'regression') return true
  return decision.budgets.some(b => b.status === 'fail' && b.interval !== undefined)
}

interface Candidate {
  caseId: string
  priority: number
}

function candidates(head: Map<string, CaseTally>, base: Map<string, CaseTally> | undefined): Candidate[] {
  let passes = 0
  let n = 0
  for (const side of base ? [head, base] : [head]) {
    for (const t of side.values()) {
      passes += t.passes
      n += t.n
    }
  }
  const pooled = n > 0 ? passes / n : 0.5
  const out: Candidate[] = []
  for (const [caseId, h] of head) {
    const b = base?.get(caseId)
    if (base && !b) continue // unpaired: extra samples cannot inform the comparison
    const tallies = b ? [h, b] : [h]
    const perSide = Math.min(...tallies.map(t => t.n))
    if (perSide >= MAX_ADAPTIVE_REPEATS) continue
    const x = tallies.reduce((s, t) => s + t.passes, 0)
    const total = tallies.reduce((s, t) => s + t.n, 0)
    const mixed = x > 0 && x < total
    if (!mixed && perSide >= CERTAIN_AFTER) continue
    const smoothed = (x + PRIOR_WEIGHT * pooled) / (total + PRIOR_WEIGHT)
    out.push({ caseId, priority: (smoothed * (1 - smoothed)) / (perSide * (perSide + 1)) })
  }
  // Stable order for ties: by case id, so plans are reproducible.
  return out.sort(
    (p, q) => q.priority - p.priority || (p.caseId < q.caseId ? -1 : p.caseId > q.caseId ? 1 : 0)
  )
}

/** The next round of extra samples; empty when decided, nothing would help, or the budget is spent. */
export function planExtraSamples(state: SamplingState, budget: number): ExtraSample[] {
  if (budget < 1) return []
  if (isDecided(state)) return []
  const decision = decideSuite(state)
  const paired = decision.comparison !== undefined && state.base !== undefined
  const head = tallyCases(state.head)
  const base = paired ? tallyCases(state.base!) : undefined
  const perCase = paired ? 2 : 1
  const roundCases = Math.max(1, Math.ceil(head.size * ROUND_FRACTION))
  const affordable = Math.floor(budget / perCase)
  const chosen = candidates(head, base).slice(0, Math.min(roundCases, affordable))
  return chosen.flatMap(c =>
    paired
      ? [
          { caseId: c.caseId, side: 'base' as const },
          { caseId: c.caseId, side: 'head' as const }
        ]
      : [{ caseId: c.caseId, side: 'head' as const }]
  )
}
