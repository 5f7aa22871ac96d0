// Parsing a model's JSON output. Decision: one surrounding Markdown fence (```json … ``` or
// ``` … ```) with nothing but whitespace outside it is stripped before parsing, because models
// wrap JSON in fences even when told not to and every production consumer strips it; the
// reason then says so. Anything else around the JSON (prose, two fences) is invalid.
// Node's JSON.parse messages differ between versions and may echo the whole input, so on
// failure a small scanner finds the position itself and the reason quotes only a short span.
import { quote } from './text.js'

const FENCE = /^```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*```$/

export interface JsonSyntaxError {
  /** UTF-16 offset into the parsed text. */
  offset: number
  line: number
  column: number
  expected: string
  found: string
}

export type ParsedJson =
  { ok: true; value: unknown; fenced: boolean } | { ok: false; error: JsonSyntaxError; fenced: boolean }

/** The text inside one surrounding code fence, or the trimmed text when there is none. */
export function unfence(text: string): { text: string; fenced: boolean } {
  const trimmed = text.trim()
  const match = FENCE.exec(trimmed)
  if (match?.[1] !== undefined) return { text: match[1], fenced: true }
  return { text: trimmed, fenced: false }
}

export function parseJsonOutput(output: string): ParsedJson {
  const { text, fenced } = unfence(output)
  try {
    return { ok: true, value: JSON.parse(text) as unknown, fenced }
  } catch {
    return { ok: false, error: locateJsonError(text), fenced }
  }
}

/** "line 1, column 7: expected a value, found '}'" */
export function describeJsonError(error: JsonSyntaxError): string {
  return `line ${error.line}, column ${error.column} (offset ${error.offset}): expected ${error.expected}, found ${error.found}`
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const HEX4 = /^[0-9a-fA-F]{4}$/

/**
 * Finds where JSON text stops being valid. Iterative (an explicit stack), so deeply nested
 * untrusted input cannot overflow the call stack. Only called after JSON.parse failed.
 */
export function locateJsonError(s: string): JsonSyntaxError {
  const n = s.length
  let i = 0
  const stack: ('{' | '[')[] = []
  const ws = (): void => {
    while (i < n) {
      const c = s.charCodeAt(i)
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break
      i++
    }
  }
  const fail = (expected: string): JsonSyntaxError => at(s, i, expected)
  // Returns an error description or undefined when a valid string was consumed.
  const str = (): string | undefined => {
    if (s[i] !== '"') return 'a string'
    i++
    while (i < n) {
      const c = s.charCodeAt(i)
      if (c === 0x22) {
        i++
        return undefined
      }
      if (c === 0x5c) {
        const e = s[i + 1]
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else if (e === 'u' && HEX4.test(s.slice(i + 2, i + 6))) i += 6
        else return 'a valid escape sequence'
      } else if (c < 0x20) {
        return 'a closing quote (control characters must be escaped)'
      } else i++
    }
    return 'a closing quote'
  }
  const key = (): string | undefined => {
    ws()
    const bad = str()
    if (bad) return bad === 'a string' ? 'a string key in double quotes' : bad
    ws()
    if (s[i] !== ':') return "':'"
    i++
    return undefined
  }

  for (;;) {
    ws()
    if (i >= n) return fail('a value')
    const c = s[i]
    if (c === '{') {
      i++
      ws()
      if (s[i] === '}') i++
      else {
        stack.push('{')
        const bad = key()
        if (bad) return fail(bad)
        continue
      }
    } else if (c === '[') {
      i++
      ws()
      if (s[i] === ']') i++
      else {
        stack.push('[')
        continue
      }
    } else if (c === '"') {
      const bad = str()
      if (bad) return fail(bad)
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i
      if (!NUMBER.test(s)) return fail('a number')
      i = NUMBER.lastIndex
    } else if (s.startsWith('true', i)) i += 4
    else if (s.startsWith('false', i)) i += 5
    else if (s.startsWith('null', i)) i += 4
    else return fail('a value')

    // After a value: close containers, or a comma leads to the next value.
    for (;;) {
      ws()
      const top = stack[stack.length - 1]
      if (top === undefined) {
        if (i < n) return fail('end of input')
        // JSON.parse rejected what the scanner accepts (should not happen): say so plainly.
        return fail('valid JSON')
      }
      const close = top === '{' ? '}' : ']'
      if (s[i] === ',') {
        i++
        if (top === '{') {
          const bad = key()
          if (bad) return fail(bad)
        }
        break
      }
      if (s[i] === close) {
        i++
        stack.pop()
        continue
      }
      return fail(`',' or '${close}'`)
    }
  }
}

function at(s: string, offset: number, expected: string): JsonSyntaxError {
  let line = 1
  let lineStart = 0
  for (let k = 0; k < offset && k < s.length; k++) {
    if (s.charCodeAt(k) === 0x0a) {
      line++
      lineStart = k + 1
    }
  }
  const found = offset >= s.length ? 'end of input' : quote(s.slice(offset, offset + 12), 12)
  return { offset, line, column: offset - lineStart + 1, expected, found }
}
