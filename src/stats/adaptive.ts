// Adaptive sampling: spend extra calls only where they can change the verdict. The engine runs the
// suite once (look 0), then in at most MAX_LOOKS − 1 rounds asks planExtraSamples, runs what it
// returns and looks again, until the verdict is decided, nothing more would help, the last look is
// reached or the budget is spent. Every look reads its intervals at its own share of the error rate
// (sequential.ts), so stopping at the first look that decides keeps the stated error rates.
//
// Policy (pure and deterministic):
// - A round goes on only while decideSuite says `inconclusive` and more samples of the same cases
//   could decide it. A blocking verdict reached at a look stands (its level already paid for the
//   look), and so does a pass.
// - How much: the interval must shrink until its half-width clears the nearer decision boundary at the
//   last look's level with NEEDS_POWER; variance falls like 1/calls, so that sets the calls still
//   needed, spread evenly over the rounds left, capped by the call and cost budget.
// - Where: greedily to the case whose next pair of calls removes the most variance from the paired
//   interval, v/(n(n+1)) per side with the moderated variance of noise.ts — cases with flips or
//   intermediate pass fractions first, cases that passed every time rarely, and a side that gave
//   identical outputs at temperature 0 never again.
// - Both sides of a case always get a call together: the comparison stays paired and interleaved.
// - Safety-aware: a case whose input or output tripped a safety rail on either side (`watch`) gets at
//   least SAFETY_MIN_SAMPLES calls per side, decided or not, so a dropped guard that leaks in a
//   quarter of the answers shows up (1 − 0.75⁴ ≈ 68% per case, 99.7% over five such cases).
import type { SamplingSpend } from '../core/report.js'
import type { VersionSide } from '../core/types.js'
import { normalQuantile, zFor } from './inference.js'
import { NEEDS_POWER } from './needs.js'
import { callVariance, DETERMINISTIC_AFTER, isSettled, priorVariance, type NoiseOptions } from './noise.js'
import { isLastLook, lookConfidence, MAX_LOOKS, SINGLE_LOOK, type Look } from './sequential.js'
import { callCosts, hasViolation, tallyCases, type CaseTally } from './summary.js'
import { decideSuite, resolveThresholds, type DecideInput, type SuiteDecision } from './verdict.js'

export type SamplingState = DecideInput

export interface ExtraSample {
  caseId: string
  side: VersionSide
}

/** Same cap as `sampling.repeats` in the config schema. */
export const MAX_ADAPTIVE_REPEATS = 50
/** Calls per side a safety-watched case gets at least. */
export const SAFETY_MIN_SAMPLES = 4
/** Default `sampling.maxExtraCalls`: this many extra calls per case. */
export const DEFAULT_EXTRA_CALLS_PER_CASE = 40
/** Default `sampling.maxExtraCost` in US dollars. */
export const DEFAULT_MAX_EXTRA_COST_USD = 0.5
/**
 * Share of the calls still needed that a round spends, by rounds left (1, 2, 3): front-loaded, so
 * a suite that is nearly decided stops at an early look, measured with the verdict benchmark.
 */
const ROUND_SHARE = [1, 0.7, 0.5] as const
/** Most a round's estimate may multiply the data by: beyond it, the suite is too noisy to chase. */
const MAX_GROWTH_FACTOR = 50

export interface PlanOptions {
  /** Cases near a safety violation (e.g. the input names a configured competitor). */
  watch?: ReadonlySet<string>
}

const lookOf = (state: SamplingState): Look => state.look ?? SINGLE_LOOK
const noiseOf = (state: SamplingState): NoiseOptions => ({ deterministic: state.deterministic })

/** True when no more calls should be made at this look (see the policy above). */
export function isDecided(state: SamplingState): boolean {
  return !needsMoreData(decideSuite(state))
}

function needsMoreData(decision: SuiteDecision): boolean {
  return decision.verdict === 'inconclusive' && decision.samplingCanHelp
}

/** Cases to keep an eye on: named by the caller, or with a violation on either side. */
export function safetyWatch(state: SamplingState, options: PlanOptions = {}): Set<string> {
  const watched = new Set(options.watch ?? [])
  for (const s of [...state.head, ...(state.base ?? [])]) if (hasViolation(s)) watched.add(s.caseId)
  return watched
}

/** How many more calls (both sides) the pass-rate question needs, from the current interval. */
function callsNeeded(state: SamplingState, decision: SuiteDecision): number | undefined {
  const c = decision.comparison
  if (!c) return undefined
  const t = resolveThresholds(state.thresholds)
  const look = lookOf(state)
  const zNow = zFor(c.passRate.interval.confidence)
  const se = (c.passRate.interval.high - c.passRate.interval.low) / (2 * zNow)
  const zLast = zFor(lookConfidence(t.confidence, { index: look.of - 1, of: look.of }))
  const delta = c.passRate.delta
  const distance = Math.max(
    delta > -t.maxPassRateDrop ? delta + t.maxPassRateDrop : -delta,
    t.maxPassRateDrop / 2
  )
  const target = distance / (zLast + normalQuantile(NEEDS_POWER))
  const factor = Math.min(MAX_GROWTH_FACTOR, (se / target) ** 2)
  const calls = state.head.length + (state.base?.length ?? 0)
  return Math.max(0, Math.ceil((factor - 1) * calls))
}

interface Slot {
  caseId: string
  head: CaseTally
  base?: CaseTally
  /** The case's moderated variance with both sides pooled (a flip counts as noise). */
  v: number
  nHead: number
  nBase: number
  /** Calls per side worth planning before the outputs are seen again (temperature 0: a repeat to confirm). */
  cap: number
}

function gain(slot: Slot): number {
  if (Math.max(slot.nHead, slot.nBase) >= slot.cap) return 0
  const h = slot.v / (slot.nHead * (slot.nHead + 1))
  const b = slot.base ? slot.v / (slot.nBase * (slot.nBase + 1)) : 0
  return h + b
}

function merged(a: CaseTally, b: CaseTally | undefined): CaseTally {
  if (!b) return a
  return {
    ...a,
    n: a.n + b.n,
    passes: a.passes + b.passes,
    identicalOutputs: a.identicalOutputs && b.identicalOutputs
  }
}

function slotsFor(state: SamplingState, paired: boolean): Slot[] {
  const noise = noiseOf(state)
  const head = tallyCases(state.head)
  const base = paired && state.base ? tallyCases(state.base) : undefined
  const all = [...head.values(), ...(base ? [...base.values()] : [])]
  const prior = priorVariance(all)
  const slots: Slot[] = []
  for (const [caseId, h] of head) {
    const b = base?.get(caseId)
    if (base && !b) continue // unpaired: extra samples cannot inform the comparison
    const settled = isSettled(h, noise) && (!b || isSettled(b, noise))
    const unconfirmed = noise.deterministic === true && h.identicalOutputs && (!b || b.identicalOutputs)
    slots.push({
      caseId,
      head: h,
      ...(b ? { base: b } : {}),
      // Settled sides never vary again; the pooled estimate would call a changed answer noise.
      v: settled ? 0 : callVariance({ ...merged(h, b), identicalOutputs: false }, prior, noise),
      nHead: h.n,
      nBase: b?.n ?? 0,
      cap: unconfirmed ? Math.max(DETERMINISTIC_AFTER, h.n, b?.n ?? 0) : MAX_ADAPTIVE_REPEATS
    })
  }
  return slots
}

/** Greedy: each pair of calls to the case that removes the most variance now. */
function allocate(slots: Slot[], units: number): string[] {
  const chosen: string[] = []
  for (let u = 0; u < units; u++) {
    let best: Slot | undefined
    let bestGain = 0
    for (const slot of slots) {
      const g = gain(slot)
      if (g > bestGain || (g === bestGain && best && g > 0 && slot.caseId < best.caseId)) {
        best = slot
        bestGain = g
      }
    }
    if (!best) break
    chosen.push(best.caseId)
    best.nHead++
    if (best.base) best.nBase++
  }
  return chosen
}

/** Tops safety-watched cases up to SAFETY_MIN_SAMPLES per side (settled sides excepted). */
function safetyTopUp(state: SamplingState, slots: Slot[], watched: ReadonlySet<string>): string[] {
  const noise = noiseOf(state)
  const out: string[] = []
  for (const slot of slots) {
    if (!watched.has(slot.caseId)) continue
    const settled = isSettled(slot.head, noise) && (!slot.base || isSettled(slot.base, noise))
    if (settled) continue
    for (let n = Math.min(slot.nHead, slot.base ? slot.nBase : Infinity); n < SAFETY_MIN_SAMPLES; n++) {
      out.push(slot.caseId)
      slot.nHead++
      if (slot.base) slot.nBase++
    }
  }
  return out
}

/** The next round of extra samples; empty when decided, nothing would help, or the budget is spent. */
export function planExtraSamples(
  state: SamplingState,
  budget: number,
  options: PlanOptions = {}
): ExtraSample[] {
  return planRound(state, budget, options).samples
}

/** planExtraSamples, with the decision it was planned from when it got that far. */
function planRound(
  state: SamplingState,
  budget: number,
  options: PlanOptions
): { samples: ExtraSample[]; decision?: SuiteDecision } {
  const look = lookOf(state)
  if (budget < 1 || isLastLook(look)) return { samples: [] }
  const decision = decideSuite(state)
  if (decision.verdict === 'error' || decision.verdict === 'skipped') return { samples: [], decision }
  const paired = decision.comparison !== undefined && state.base !== undefined
  const perUnit = paired ? 2 : 1
  let units = Math.floor(budget / perUnit)
  const slots = slotsFor(state, paired)
  // A safety fail is final whatever more calls would show; a watched case must be sampled either way.
  const safetyFailed = decision.budgets.some(b => b.id === 'maxSafetyViolations' && b.status === 'fail')
  const topUp = safetyFailed ? [] : safetyTopUp(state, slots, safetyWatch(state, options)).slice(0, units)
  units -= topUp.length
  let more: string[] = []
  if (needsMoreData(decision) && units > 0) {
    const roundsLeft = look.of - 1 - look.index
    const needed = callsNeeded(state, decision)
    const wanted =
      needed === undefined
        ? Math.ceil(slots.length / roundsLeft) // no comparison to size from: a share of the cases
        : Math.ceil((needed / perUnit) * (ROUND_SHARE[Math.min(roundsLeft, ROUND_SHARE.length) - 1] ?? 1))
    more = allocate(slots, Math.min(units, Math.max(1, wanted)))
  }
  const samples = [...topUp, ...more].flatMap(caseId =>
    paired
      ? [
          { caseId, side: 'base' as const },
          { caseId, side: 'head' as const }
        ]
      : [{ caseId, side: 'head' as const }]
  )
  return { samples, decision }
}

export interface BudgetInput {
  cases: number
  maxExtraCalls?: number
  maxExtraCost?: number
  /** Mean cost of one call so far; undefined when the price is unknown. */
  costPerCall?: number
}

/** Extra calls a suite may spend: the call cap, and the cost cap when the price is known. */
export function extraCallBudget(input: BudgetInput): { calls: number; usd?: number } {
  const calls = input.maxExtraCalls ?? DEFAULT_EXTRA_CALLS_PER_CASE * input.cases
  const usd = input.maxExtraCost ?? DEFAULT_MAX_EXTRA_COST_USD
  if (input.costPerCall === undefined || !(input.costPerCall > 0)) return { calls }
  return { calls: Math.min(calls, Math.floor(usd / input.costPerCall)), usd }
}

/** Mean cost of the head calls so far, for the cost cap. */
export function observedCostPerCall(state: SamplingState): number | undefined {
  const costs = callCosts(state.head, {
    prices: state.prices,
    modelName: state.modelName,
    priceVendor: state.priceVendor
  })
  return costs ? costs.reduce((s, c) => s + c, 0) / costs.length : undefined
}

/** Looks a suite gets: several when extra calls may be made, else one (the whole error rate). */
export function maxLooks(budgetCalls: number): number {
  return budgetCalls > 0 ? MAX_LOOKS : 1
}

export interface SamplingRunner {
  /** Runs the samples, appending them to the state's sides. */
  run(samples: ExtraSample[]): Promise<void>
  state(): SamplingState
}

/**
 * The whole adaptive loop for one suite, with the engine behind `runner`: used by the pipeline and
 * by the verdict benchmark, so both spend exactly alike. Returns what it spent and the final look.
 */
export async function sampleUntilDecided(
  runner: SamplingRunner,
  budget: { calls: number; usd?: number; costPerCall?: number },
  options: PlanOptions & NoiseOptions = {}
): Promise<{ look: Look; spend: SamplingSpend }> {
  const look: Look = { index: 0, of: maxLooks(budget.calls) }
  let spent = 0
  let stoppedBecause: SamplingSpend['stoppedBecause'] = budget.calls > 0 ? 'decided' : 'off'
  while (budget.calls > 0) {
    if (isLastLook(look)) {
      stoppedBecause = 'last-look'
      break
    }
    const state = { ...runner.state(), look }
    const { samples: plan, decision } = planRound(state, budget.calls - spent, options)
    if (plan.length === 0) {
      // The plan's own decision of this state, when it made one: deciding a suite of thousands
      // of samples again was a tenth of a warm 2,000-case run's statistics (npm run bench).
      const decided = (): boolean => (decision ? !needsMoreData(decision) : isDecided(state))
      stoppedBecause = budget.calls - spent < 2 ? 'budget' : decided() ? 'decided' : 'no-help'
      break
    }
    await runner.run(plan)
    spent += plan.length
    look.index++
  }
  const final = { ...runner.state(), look }
  if (stoppedBecause === 'last-look' && isDecided(final)) stoppedBecause = 'decided'
  if (stoppedBecause === 'last-look' && spent >= budget.calls - 1) stoppedBecause = 'budget'
  const noise = { deterministic: final.deterministic }
  const tallies = [...tallyCases(final.head).values()]
  return {
    look,
    spend: {
      extraCalls: spent,
      ...(budget.costPerCall !== undefined ? { extraCostUsd: spent * budget.costPerCall } : {}),
      looks: look.index + 1,
      maxLooks: look.of,
      budgetCalls: budget.calls,
      ...(budget.usd !== undefined ? { budgetUsd: budget.usd } : {}),
      stoppedBecause,
      deterministicCases: tallies.filter(t => isSettled(t, noise)).length,
      safetyWatchedCases: safetyWatch(final, options).size
    }
  }
}
