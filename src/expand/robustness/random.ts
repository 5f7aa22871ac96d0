// Seeded, deterministic randomness for the generators: the same parent case, generator and seed
// always give the same variant, on every machine and both sides of a pull request.
import { createHash } from 'node:crypto'

/** Short stable hash of the parts, hex. */
export function stableHash(parts: readonly (string | number)[], length = 8): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length)
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [0, n). */
  int(n: number): number
  pick<T>(items: readonly T[]): T
  /** A deterministic permutation of the items. */
  shuffle<T>(items: readonly T[]): T[]
}

/** mulberry32 (Tommy Ettinger, public domain): tiny, fast, good enough for picking perturbations. */
export function seededRandom(parts: readonly (string | number)[]): Random {
  let state = Number.parseInt(stableHash(parts, 8), 16) >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1)
        ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
      }
      return copy
    }
  }
}
