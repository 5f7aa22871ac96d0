// Near-duplicate queries: normalised text → character 5-gram shingles → Jaccard similarity, with a
// MinHash / LSH index so a log of 100k lines is not compared pair by pair. Hand-written because the
// only npm MinHash package (minhash 0.0.9) is an unmaintained 0.0.x release; this is ~80 lines.
//
// Threshold: two queries are near-duplicates when the Jaccard similarity of their shingle sets is
// at least 0.8 — conservative, so a reviewer sees distinct questions. Measured (test-pinned):
// "Where is order 4417?" / "Where is order 4418?" 0.875 (merged); "How do I reset my password" /
// "… password please" 0.76, "what is your refund policy?" / "What's your refund policy" 0.65, "Do you
// ship to Canada?" / "… Mexico?" 0.48 (all kept apart). Exact duplicates after normalisation (case,
// punctuation, spacing, Unicode compatibility forms) are always merged.

import { NEAR_DUPLICATE_JACCARD } from './defaults.js'

export { NEAR_DUPLICATE_JACCARD }
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

/** The text's shingles as sorted unique 32-bit hashes (a typed array: no boxed numbers to collect). */
export function shingleSet(normalised: string): Uint32Array {
  if (normalised.length <= SHINGLE_CHARS) return Uint32Array.of(fnv1a(normalised))
  const hashes = new Uint32Array(normalised.length - SHINGLE_CHARS + 1)
  for (let i = 0; i < hashes.length; i++) hashes[i] = fnv1a(normalised.slice(i, i + SHINGLE_CHARS))
  hashes.sort()
  let unique = 0
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i] as number
  return hashes.subarray(0, unique)
}

/** |A ∩ B| / |A ∪ B| of two sorted unique hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared / (a.length + b.length - shared)
}

const SIGNATURE_SEEDS = Uint32Array.from(
  { length: LSH_BANDS * LSH_ROWS },
  (_, k) => Math.imul(k + 1, 0x9e3779b9) >>> 0
)

/** One key per band: the band's MinHash rows folded into one number (collisions are re-checked). */
function bandKeys(set: Uint32Array): string[] {
  const signature = new Uint32Array(SIGNATURE_SEEDS.length).fill(0xffffffff)
  for (let s = 0; s < set.length; s++) {
    const shingle = set[s] as number
    for (let k = 0; k < signature.length; k++) {
      const h = mix(shingle ^ (SIGNATURE_SEEDS[k] as number))
      if (h < (signature[k] as number)) signature[k] = h
    }
  }
  const keys: string[] = []
  for (let b = 0; b < LSH_BANDS; b++) {
    let folded = b
    for (let r = 0; r < LSH_ROWS; r++) folded = mix(folded ^ (signature[b * LSH_ROWS + r] as number))
    keys.push(`${b}:${folded}`)
  }
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
  const sets: Uint32Array[] = []
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
        if (jaccard(set, sets[candidate] as Uint32Array) >= threshold) {
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
