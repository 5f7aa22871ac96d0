// Small text helpers for check reasons. Model outputs and dataset values are untrusted: every
// quoted span is JSON-escaped (no raw newlines, control characters or markdown breakers) and short.

/** Longest quoted span of untrusted text in a reason, in characters. */
export const REASON_QUOTE_MAX_CHARS = 60

/** Quotes untrusted text for a reason: escaped, truncated with an ellipsis and the full length. */
export function quote(text: string, max = REASON_QUOTE_MAX_CHARS): string {
  if (text.length <= max) return JSON.stringify(text)
  // Cut on a code point boundary so a surrogate pair is never split into garbage.
  const cut = Array.from(text.slice(0, max + 1))
    .slice(0, max)
    .join('')
  return `${JSON.stringify(cut)}… (${text.length} chars)`
}

/** Quotes a list of values: `"a", "b"`. */
export function quoteList(values: readonly string[], max = REASON_QUOTE_MAX_CHARS): string {
  return values.map(v => quote(v, max)).join(', ')
}

/** Length in Unicode code points: what a person calls characters (an emoji counts once). */
export function countCodePoints(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A high surrogate followed by a low surrogate is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

const WORD = /\S+/g

/** Whitespace-separated words. */
export function countWords(text: string): number {
  let n = 0
  WORD.lastIndex = 0
  while (WORD.exec(text) !== null) n++
  return n
}
