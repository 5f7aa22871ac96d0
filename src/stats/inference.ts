// Small, exact-where-it-matters statistics for the verdicts. Everything is pure and deterministic:
// no randomness, no I/O, so every number in a report can be reproduced from the samples.
import type { Interval } from '../core/report.js'

// ---------------------------------------------------------------------------------------------
// Special functions

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
]

/** ln Γ(x) for x > 0 (Lanczos, g = 7): about 15 significant digits, enough for binomial tails. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const y = x - 1
  let sum = LANCZOS[0] as number
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (y + i)
  const t = y + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum)
}

/** ln P(X = k) for X ~ Binomial(n, p), in log space so n in the tens of thousands does not underflow. */
export function logBinomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return -Infinity
  if (p <= 0) return k === 0 ? 0 : -Infinity
  if (p >= 1) return k === n ? 0 : -Infinity
  const logChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1)
  return logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p)
}

/** log(Σ exp(xs)) without overflow. */
function logSumExp(xs: number[]): number {
  const max = Math.max(...xs)
  if (max === -Infinity) return -Infinity
  let sum = 0
  for (const x of xs) sum += Math.exp(x - max)
  return max + Math.log(sum)
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0
  if (k >= n) return 1
  const terms: number[] = []
  for (let i = 0; i <= k; i++) terms.push(logBinomialPmf(i, n, p))
  return Math.min(1, Math.exp(logSumExp(terms)))
}

/** P(X ≥ k) for X ~ Binomial(n, p); summed directly (not 1 − cdf) so small tails keep their digits. */
export function binomialSf(k: number, n: number, p: number): number {
  if (k <= 0) return 1
  if (k > n) return 0
  const terms: number[] = []
  for (let i = k; i <= n; i++) terms.push(logBinomialPmf(i, n, p))
  return Math.min(1, Math.exp(logSumExp(terms)))
}

/** Standard normal CDF via erfc (W. J. Cody's rational approximations are overkill here; this
 *  Numerical-Recipes erfc has relative error < 1.2e-7, plenty for p-values we print to 3 digits). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  const t = 1 / (1 + 0.5 * z)
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const erfc = t * Math.exp(poly)
  return x >= 0 ? 1 - erfc / 2 : erfc / 2
}

// Acklam's rational approximation of the normal quantile (relative error < 1.15e-9).
const ACKLAM_A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239
]
const ACKLAM_B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572
]
const ACKLAM_C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783
]
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]

function horner(coefficients: number[], x: number): number {
  let acc = 0
  for (const c of coefficients) acc = acc * x + c
  return acc
}

/** Inverse standard normal CDF (Acklam 2003). Throws outside (0, 1): a quantile of 0 or 1 is a bug. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`)
  const pLow = 0.02425
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p))
    return horner(ACKLAM_C, q) / (horner(ACKLAM_D, q) * q + 1)
  }
  if (p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log1p(-p))
    return -horner(ACKLAM_C, q) / (horner(ACKLAM_D, q) * q + 1)
  }
  const q = p - 0.5
  const r = q * q
  return (horner(ACKLAM_A, r) * q) / (horner(ACKLAM_B, r) * r + 1)
}

/** Two-sided critical value z for a confidence level, e.g. 0.95 → 1.95996. */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2)
}

/** Student t quantile: exact for 1 and 2 degrees of freedom, Cornish–Fisher expansion (Abramowitz &
 *  Stegun 26.7.5) above: 0.004 off the table at 3 df, under 1e-4 from 10 df — far below sampling noise. */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be positive, got ${df}`)
  if (df === 1) return Math.tan(Math.PI * (p - 0.5))
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p))
  const z = normalQuantile(p)
  const z3 = z ** 3
  const z5 = z ** 5
  const z7 = z ** 7
  const z9 = z ** 9
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  )
}

// ---------------------------------------------------------------------------------------------
// Tests and intervals for proportions

/**
 * Exact two-sided McNemar test: under H0 the b + c discordant pairs split Binomial(b + c, ½).
 * p = min(1, 2 · P(X ≤ min(b, c))); p = 1 when there is no discordant pair.
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c
  if (n === 0) return 1
  return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5))
}

/** Wilson score interval for a proportion (Wilson 1927); `n` may be an effective, non-integer size. */
export function wilsonInterval(successes: number, n: number, confidence: number): Interval {
  if (n <= 0) return { low: 0, high: 1, confidence }
  const z = zFor(confidence)
  const p = successes / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), confidence }
}

/** A paired 2×2 table: a both pass, b first passes only, c second passes only, d both fail. */
export interface PairedTable {
  a: number
  b: number
  c: number
  d: number
}

/**
 * Interval for p1 − p2 of paired proportions, p1 = (a+b)/n, p2 = (a+c)/n: Newcombe's method 10
 * (hybrid score without continuity correction), R. G. Newcombe, "Improved confidence intervals for
 * the difference between binomial proportions based on paired data", Statistics in Medicine 17
 * (1998) 2635–2650. It combines the two marginal Wilson intervals with the observed correlation φ;
 * unlike the Wald interval it does not collapse to zero width when there is no discordant pair.
 */
export function newcombePairedInterval(table: PairedTable, confidence: number): Interval {
  const { a, b, c, d } = table
  const n = a + b + c + d
  if (n === 0) return { low: -1, high: 1, confidence }
  const p1 = (a + b) / n
  const p2 = (a + c) / n
  const delta = p1 - p2
  const w1 = wilsonInterval(a + b, n, confidence)
  const w2 = wilsonInterval(a + c, n, confidence)
  const marginProduct = (a + b) * (c + d) * (a + c) * (b + d)
  // Newcombe sets φ = 0 when a margin is empty (the correlation is undefined there).
  const phi = marginProduct === 0 ? 0 : (a * d - b * c) / Math.sqrt(marginProduct)
  const dl1 = p1 - w1.low
  const du1 = w1.high - p1
  const dl2 = p2 - w2.low
  const du2 = w2.high - p2
  const lowWidth = Math.sqrt(Math.max(0, dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2))
  const highWidth = Math.sqrt(Math.max(0, du1 * du1 - 2 * phi * du1 * dl2 + dl2 * dl2))
  return { low: Math.max(-1, delta - lowWidth), high: Math.min(1, delta + highWidth), confidence }
}

// ---------------------------------------------------------------------------------------------
// Means and quantiles

/** Student-t interval for a mean; undefined with fewer than two values. */
export function meanInterval(values: readonly number[], confidence: number): Interval | undefined {
  const n = values.length
  if (n < 2) return undefined
  const mean = values.reduce((s, v) => s + v, 0) / n
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(variance / n)
  return { low: mean - half, high: mean + half, confidence }
}

/**
 * Sample quantile, Hyndman & Fan (1996) definition 7: linear interpolation between order statistics
 * at h = (n − 1)q (the default of R, NumPy and most dashboards). `sorted` must be ascending.
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const h = (n - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  const x = sorted[lo] as number
  return x + (h - lo) * ((sorted[hi] as number) - x)
}

export function quantile(values: readonly number[], q: number): number {
  return quantileSorted(
    [...values].sort((x, y) => x - y),
    q
  )
}

/**
 * Distribution-free interval for the q-quantile from order statistics: [x(l), x(u)] covers the true
 * quantile with probability P(l ≤ B < u), B ~ Binomial(n, q) (the count of samples below it). The
 * ranks are chosen with at most α/2 in each tail; undefined when n is too small for that.
 */
export function quantileInterval(
  sorted: readonly number[],
  q: number,
  confidence: number
): Interval | undefined {
  const n = sorted.length
  if (n === 0) return undefined
  const tail = (1 - confidence) / 2
  // cdf[k] = P(B ≤ k), built once in log space.
  const logPmf: number[] = []
  for (let k = 0; k <= n; k++) logPmf.push(logBinomialPmf(k, n, q))
  const cdf: number[] = []
  let acc = 0
  for (let k = 0; k <= n; k++) {
    acc += Math.exp(logPmf[k] as number)
    cdf.push(Math.min(1, acc))
  }
  // Lower rank l (1-based): the largest with P(B ≤ l − 1) ≤ tail.
  let l = 0
  while (l < n && (cdf[l] as number) <= tail) l++
  // Upper rank u (1-based): the smallest with P(B ≤ u − 1) ≥ 1 − tail.
  let u = 1
  while (u <= n && (cdf[u - 1] as number) < 1 - tail) u++
  if (l < 1 || u > n) return undefined
  return { low: sorted[l - 1] as number, high: sorted[u - 1] as number, confidence }
}

/** Mean of a list, NaN when empty (callers guard). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}
