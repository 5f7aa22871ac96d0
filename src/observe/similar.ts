// Near-duplicate queries: normalised text → character 5-gram shingles → Jaccard similarity, with a
// MinHash / LSH index so a log of 100k lines is not compared pair by pair. Hand-written because the
// only npm MinHash package (minhash 0.0.9) is an unmaintained 0.0.x release; this is ~80 lines.
//
// Threshold: two queries are near-duplicates when the Jaccard similarity of their shingle sets is
// at least 0.8 — "what is your refund policy?" and "What's your refund policy" (≈0.8) match; a
// different product name or number in a short query does not. Exact duplicates after
// normalisation (case, punctuation, spacing, Unicode compatibility forms) are always merged.

/** Jaccard similarity at or above which two queries count as the same query. */
export const NEAR_DUPLICATE_JACCARD = 0.8
/** Shingle width in characters: short enough for short queries, long enough to keep word order. */
export const SHINGLE_CHARS = 5
/** MinHash signature = BANDS × ROWS values; 16 × 4 finds pairs at 0.8 with probability > 0.999. */
const LSH_BANDS = 16
const LSH_ROWS = 4

/** Case, punctuation, spacing and compatibility forms do not make a query different. */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** 32-bit FNV-1a over UTF-16 units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A 32-bit mixer (murmur3's finaliser): turns one hash into independent-looking others. */
function mix(value: number): number {
  let h = value
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function shingleSet(normalised: string): Set<number> {
  const set = new Set<number>()
  if (normalised.length <= SHINGLE_CHARS) {
    set.add(fnv1a(normalised))
    return set
  }
  for (let i = 0; i + SHINGLE_CHARS <= normalised.length; i++)
    set.add(fnv1a(normalised.slice(i, i + SHINGLE_CHARS)))
  return set
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const value of small) if (large.has(value)) shared++
  return shared / (a.size + b.size - shared)
}

function bandKeys(set: ReadonlySet<number>): string[] {
  const signature = new Array<number>(LSH_BANDS * LSH_ROWS).fill(0xffffffff)
  for (const shingle of set) {
    for (let k = 0; k < signature.length; k++) {
      const h = mix(shingle ^ Math.imul(k + 1, 0x9e3779b9))
      if (h < (signature[k] as number)) signature[k] = h
    }
  }
  const keys: string[] = []
  for (let b = 0; b < LSH_BANDS; b++)
    keys.push(`${b}:${signature.slice(b * LSH_ROWS, (b + 1) * LSH_ROWS).join(',')}`)
  return keys
}

/**
 * Groups texts into near-duplicate clusters, in the order given: the first text of a cluster is its
 * representative (callers pass the most valuable first), and later texts join a representative they
 * are similar to — never a member of it, so clusters do not chain. Returns the representative's
 * index for every text.
 */
export function clusterNearDuplicates(
  texts: readonly string[],
  threshold = NEAR_DUPLICATE_JACCARD
): number[] {
  const exact = new Map<string, number>()
  const buckets = new Map<string, number[]>()
  const sets: Set<number>[] = []
  const representative: number[] = []
  texts.forEach((text, index) => {
    const normalised = normaliseQuery(text)
    const set = shingleSet(normalised)
    sets.push(set)
    const same = exact.get(normalised)
    if (same !== undefined) {
      representative.push(same)
      return
    }
    const keys = bandKeys(set)
    let match: number | undefined
    for (const key of keys) {
      for (const candidate of buckets.get(key) ?? []) {
        if (jaccard(set, sets[candidate] as Set<number>) >= threshold) {
          match = candidate
          break
        }
      }
      if (match !== undefined) break
    }
    if (match !== undefined) {
      representative.push(match)
      return
    }
    exact.set(normalised, index)
    representative.push(index)
    for (const key of keys) {
      const bucket = buckets.get(key)
      if (bucket) bucket.push(index)
      else buckets.set(key, [index])
    }
  })
  return representative
}
