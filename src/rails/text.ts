// Text normalisation for matching with a map back to the original offsets: a violation span must
// point at what the user sees, even when the model hid a term behind zero-width characters,
// full-width forms or Cyrillic look-alikes.

/** Invisible characters a model (or an attacker) can put inside a word without changing how it reads. */
const IGNORABLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad])

/** Cyrillic and Greek letters that render like Latin ones (lower case: the text is lower-cased first). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ζ: 'z',
  ϲ: 'c',
  ı: 'i'
}

export interface MappedText {
  /** Normalised text: NFKC, lower case, look-alikes folded, ignorable characters removed. */
  text: string
  /** For each UTF-16 unit of `text`: the original offset where its source character starts. */
  starts: number[]
  /** ... and where it ends (exclusive). */
  ends: number[]
  /** Set when every unit maps to itself (ASCII input): starts and ends are then left empty. */
  identity?: boolean
}

const COMBINING = /\p{M}/u
/**
 * Unicode's Stream-Safe Text Format (UAX #15, section 13) allows at most 30 combining marks after a
 * base character; more is "zalgo" noise. Marks past it are dropped from the normalised text (their
 * offsets stay inside the cluster's span), so NFKC works on short clusters whatever the input.
 */
export const MAX_COMBINING_MARKS = 30

/** Normalises per character cluster (base + combining marks) so each output unit maps to its source. */
export function normalizeForMatching(input: string): MappedText {
  // Pure ASCII (most answers) lower-cases in one native call and maps one to one.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(input)) return { text: input.toLowerCase(), starts: [], ends: [], identity: true }
  const starts: number[] = []
  const ends: number[] = []
  const parts: string[] = []
  let i = 0
  while (i < input.length) {
    const unit = input.charCodeAt(i)
    // ASCII (most of any answer) maps one to one: lower-case it without NFKC or cluster work.
    if (unit < 0x80 && !isCombining(input.charCodeAt(i + 1))) {
      parts.push(unit >= 65 && unit <= 90 ? String.fromCharCode(unit + 32) : (input[i] as string))
      starts.push(i)
      ends.push(i + 1)
      i++
      continue
    }
    const cp = input.codePointAt(i) as number
    let end = i + (cp > 0xffff ? 2 : 1)
    if (IGNORABLE.has(cp)) {
      i = end
      continue
    }
    // Keep combining marks with their base so NFKC can compose them (e + ◌́ → é).
    let kept = end
    let marks = 0
    while (end < input.length && isCombining(input.charCodeAt(end))) {
      const next = input.codePointAt(end) as number
      if (!COMBINING.test(String.fromCodePoint(next))) break
      end += next > 0xffff ? 2 : 1
      if (++marks <= MAX_COMBINING_MARKS) kept = end
    }
    const folded = foldCluster(input.slice(i, kept))
    for (let k = 0; k < folded.length; k++) {
      starts.push(i)
      ends.push(end)
    }
    parts.push(folded)
    i = end
  }
  return { text: parts.join(''), starts, ends }
}

/** Cheap pre-check: every combining mark lies at or above U+0300 (exact test with \p{M} after). */
function isCombining(unit: number): boolean {
  return unit >= 0x300 && COMBINING.test(String.fromCharCode(unit))
}

function foldCluster(cluster: string): string {
  const lower = cluster.normalize('NFKC').toLowerCase()
  let out = ''
  for (const ch of lower) {
    if (IGNORABLE.has(ch.codePointAt(0) as number)) continue
    out += HOMOGLYPHS[ch] ?? ch
  }
  return out
}

/** Normalises a term the same way as text, collapsing inner whitespace. */
export function normalizeTerm(term: string): string {
  return normalizeForMatching(term.trim()).text.replace(/\s+/g, ' ')
}

/** Original span of normalised [start, end). */
export function mapSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (mapped.identity === true) return { start, end }
  return { start: mapped.starts[start] ?? 0, end: mapped.ends[end - 1] ?? 0 }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Letters, digits and underscore: a term inside such a run is part of another word. */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])'
export const WORD_AFTER = '(?![\\p{L}\\p{N}_])'
