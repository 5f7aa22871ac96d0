// Seeded, deterministic randomness for the generators: the same parent case, generator and seed
// always give the same variant, on every machine and both sides of a pull request.
import { createHash } from 'node:crypto'
import { mulberry32 } from '../../core/random.js'

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

/** core/random.ts's generator, seeded from a stable hash of the parts. */
export function seededRandom(parts: readonly (string | number)[]): Random {
  const next = mulberry32(Number.parseInt(stableHash(parts, 8), 16))
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
