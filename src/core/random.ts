// One seeded generator for everything that must pick the same way on every machine and on both
// sides of a pull request: robustness variants, chaos faults, import caps.

/**
 * mulberry32 (Tommy Ettinger, public domain): tiny, fast and well distributed; uniform in [0, 1).
 * Enough for picking cases, faults and perturbations deterministically, never for secrets.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
