// How noisy one case's pass fraction is on one side: the single source for the paired interval
// (compare.ts) and for where adaptive sampling spends its calls (adaptive.ts), so the planner
// puts samples exactly where they shrink the interval the verdict reads.
//
// Inference is conditional on the suite's cases (the dataset defines the task): the estimate is
// d̄ = mean_i (p̂_head,i − p̂_base,i) and its variance Σ_i (v_head,i / n_head,i + v_base,i / n_base,i) / N²,
// where v is the per-call variance p(1 − p) of the case on that side.
import type { CaseTally } from './summary.js'

/**
 * Prior degrees of freedom of the moderated variance (Smyth 2004, "Linear models and empirical
 * Bayes methods for assessing differential expression", the limma estimator): each case's
 * unbiased variance x(n − x)/(n(n − 1)) is shrunk toward the side's prior variance as if the prior
 * were worth this many samples. Without it, a case that happened to pass 5 of 5 would claim zero
 * noise.
 */
export const VARIANCE_PRIOR_DF = 5
/** Repeat degrees of freedom the pooled within-case variance needs before it replaces p̄(1 − p̄). */
const POOLED_MIN_DF = 20

/** Identical outputs at temperature 0 after which a side of a case counts as deterministic. */
export const DETERMINISTIC_AFTER = 2

export interface NoiseOptions {
  /** Both sides ran at temperature 0: identical repeated outputs mean the side cannot vary. */
  deterministic?: boolean
}

/**
 * The side's prior per-call variance: the pooled within-case variance Σ x(n − x)/n / Σ (n − 1) once
 * repeats give it POOLED_MIN_DF degrees of freedom, else p̄(1 − p̄), which is at least the mean of
 * p_i(1 − p_i) (Jensen) and so errs wide. Adaptive sampling repeats noisy cases most, which pulls
 * the pooled value up: it errs wide too.
 */
export function priorVariance(tallies: Iterable<CaseTally>): number {
  let passes = 0
  let n = 0
  let within = 0
  let df = 0
  for (const t of tallies) {
    passes += t.passes
    n += t.n
    if (t.n >= 2) {
      within += (t.passes * (t.n - t.passes)) / t.n
      df += t.n - 1
    }
  }
  if (df >= POOLED_MIN_DF) return within / df
  const p = n > 0 ? passes / n : 0.5
  return p * (1 - p)
}

/** True when more calls of this side of this case cannot change its pass fraction. */
export function isSettled(tally: CaseTally, options: NoiseOptions): boolean {
  return options.deterministic === true && tally.n >= DETERMINISTIC_AFTER && tally.identicalOutputs
}

/** Moderated per-call variance of a case's pass/fail outcome on one side (0 once settled). */
export function callVariance(tally: CaseTally, prior: number, options: NoiseOptions): number {
  if (isSettled(tally, options)) return 0
  const df = tally.n - 1
  const unbiased = df > 0 ? (tally.passes * (tally.n - tally.passes)) / (tally.n * df) : 0
  return (df * unbiased + VARIANCE_PRIOR_DF * prior) / (df + VARIANCE_PRIOR_DF)
}

/** Variance contributed to the suite's estimate by this side of this case (before dividing by N²). */
export function meanVariance(tally: CaseTally, prior: number, options: NoiseOptions): number {
  return callVariance(tally, prior, options) / tally.n
}

/** How much one more call of this side would shrink that contribution. */
export function varianceReduction(tally: CaseTally, prior: number, options: NoiseOptions): number {
  return callVariance(tally, prior, options) / (tally.n * (tally.n + 1))
}
