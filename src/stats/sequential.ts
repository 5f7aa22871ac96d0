// Repeated looks at the same suite. Adaptive sampling decides, runs more calls, and decides again;
// every look is another chance for noise to cross a line, so a look may spend only its share of
// the error rate.
//
// Method: Bonferroni alpha-spending over a fixed maximum number of looks. The suite's one-sided
// error rate α = (1 − confidence)/2 per direction (false pass at the tolerance, false block at no
// change) is split before any data is seen: look k of K gets α·w_k with w_k the increments of the
// spending function f(t) = t² at t = k/K (the ρ = 2 member of Kim & DeMets' power family, close to
// O'Brien–Fleming: little early, most at the last look). Each look then tests at its own level.
// By the union bound P(any look errs) ≤ Σ α·w_k = α, whatever the correlation between looks, the
// rule that picks which cases get more calls, or when sampling stops — so, unlike a Pocock or
// exact O'Brien–Fleming boundary, it needs no assumption about the information at each look. It
// is a little conservative; the verdict benchmark measures the rates it actually reaches.
// (A confidence sequence would allow unlimited looks, but at 40 cases its wider bounds cost about
// twice the calls for the same decisions.)

/** Looks when adaptive sampling may run: the initial run plus this many minus one rounds. */
export const MAX_LOOKS = 4

export interface Look {
  /** 0 for the initial run. */
  index: number
  /** Looks planned in all: 1 when no extra call may be made. */
  of: number
}

export const SINGLE_LOOK: Look = { index: 0, of: 1 }

/** Share of the error rate spent at this look: f((k+1)/K) − f(k/K), f(t) = t². */
export function spendingShare(look: Look): number {
  const k = Math.min(Math.max(0, look.index), look.of - 1)
  return ((k + 1) / look.of) ** 2 - (k / look.of) ** 2
}

/** Two-sided confidence of every interval read at this look (each tail gets its share of α). */
export function lookConfidence(confidence: number, look: Look): number {
  return 1 - (1 - confidence) * spendingShare(look)
}

export function isLastLook(look: Look): boolean {
  return look.index >= look.of - 1
}
