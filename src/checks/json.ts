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
  return new JsonScanner(s).firstError()
}

/** A scanned value: a scalar (or empty container) consumed, a container opened, or what was expected. */
type ValueStep = { error: string } | { opened: boolean }

const LITERALS = ['true', 'false', 'null'] as const

class JsonScanner {
  private i = 0
  private readonly stack: ('{' | '[')[] = []

  constructor(private readonly s: string) {}

  /** Value after value until one is not valid: the scanner never accepts the whole text. */
  firstError(): JsonSyntaxError {
    for (;;) {
      const step = this.value()
      if ('error' in step) return at(this.s, this.i, step.error)
      if (step.opened) continue
      const after = this.afterValue()
      if (after) return at(this.s, this.i, after)
    }
  }

  private value(): ValueStep {
    this.ws()
    const c = this.s[this.i]
    if (c === undefined) return { error: 'a value' }
    if (c === '{') return this.open('{', '}')
    if (c === '[') return this.open('[', ']')
    if (c === '"') return this.failed(this.str())
    if (c === '-' || (c >= '0' && c <= '9')) return this.number()
    const literal = LITERALS.find(word => this.s.startsWith(word, this.i))
    if (!literal) return { error: 'a value' }
    this.i += literal.length
    return { opened: false }
  }

  /** An empty container is a whole value; otherwise its first key (objects) or value comes next. */
  private open(kind: '{' | '[', close: '}' | ']'): ValueStep {
    this.i++
    this.ws()
    if (this.s[this.i] === close) {
      this.i++
      return { opened: false }
    }
    this.stack.push(kind)
    if (kind === '{') {
      const bad = this.key()
      if (bad) return { error: bad }
    }
    return { opened: true }
  }

  private number(): ValueStep {
    NUMBER.lastIndex = this.i
    if (!NUMBER.test(this.s)) return { error: 'a number' }
    this.i = NUMBER.lastIndex
    return { opened: false }
  }

  private failed(error: string | undefined): ValueStep {
    return error ? { error } : { opened: false }
  }

  /** After a value: close containers; a comma leads to the next value (and key). What was expected, else undefined. */
  private afterValue(): string | undefined {
    for (;;) {
      this.ws()
      const top = this.stack[this.stack.length - 1]
      // JSON.parse rejected what the scanner accepts (should not happen): say so plainly.
      if (top === undefined) return this.i < this.s.length ? 'end of input' : 'valid JSON'
      const close = top === '{' ? '}' : ']'
      if (this.s[this.i] === ',') {
        this.i++
        return top === '{' ? this.key() : undefined
      }
      if (this.s[this.i] !== close) return `',' or '${close}'`
      this.i++
      this.stack.pop()
    }
  }

  private ws(): void {
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i)
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break
      this.i++
    }
  }

  /** A string: undefined when a valid one was consumed, else what was expected. */
  private str(): string | undefined {
    const { s } = this
    if (s[this.i] !== '"') return 'a string'
    this.i++
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i)
      if (c === 0x22) {
        this.i++
        return undefined
      }
      if (c === 0x5c) {
        const e = s[this.i + 1]
        if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2
        else if (e === 'u' && HEX4.test(s.slice(this.i + 2, this.i + 6))) this.i += 6
        else return 'a valid escape sequence'
      } else if (c < 0x20) {
        return 'a closing quote (control characters must be escaped)'
      } else this.i++
    }
    return 'a closing quote'
  }

  private key(): string | undefined {
    this.ws()
    const bad = this.str()
    if (bad) return bad === 'a string' ? 'a string key in double quotes' : bad
    this.ws()
    if (this.s[this.i] !== ':') return "':'"
    this.i++
    return undefined
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
