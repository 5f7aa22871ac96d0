// Bounded, linear work on any input, proven by counting work (no clock): candidates handed to the
// expensive parsers are capped, obscenity runs a fixed number of times over a bounded number of
// characters, and no regex in src/rails nests an unbounded quantifier inside another. Timings live
// in `npm run bench:rails`.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { ACCURACY_CONFIG } from '../../src/rails/accuracy.js'
import { DEFAULT_MAX_INPUT_CHARS, createRails, type RailsWork } from '../../src/rails/index.js'
import { MAX_SCHEMA_ERRORS } from '../../src/rails/validators/format.js'
import { MAX_PHONE_VERIFICATIONS } from '../../src/rails/validators/pii.js'
import { newWork } from '../../src/rails/work.js'

/** Inputs that made naive validators slow: digit runs, separators, huge tokens, marks, whitespace. */
const ADVERSARIAL: Record<string, (chars: number) => string> = {
  'spaced digits': n => '1 '.repeat(n / 2),
  'digit run': n => '1'.repeat(n),
  'dotted digits': n => '1.'.repeat(n / 2),
  'repeated separators': n => '-/.('.repeat(n / 4),
  'phone numbers': n => '+1 (415) 555-2671, '.repeat(n / 19),
  'huge token': n => 'a'.repeat(n),
  'combining marks': n => 'e' + '\u0301'.repeat(n - 1),
  whitespace: n => ' '.repeat(n),
  'spelled-out letters': n => 'f '.repeat(n / 2),
  'asterisk masks': n => 'a*'.repeat(n / 2),
  'image openers': n => '!['.repeat(n / 2),
  'email-ish': n => 'a@b.'.repeat(n / 4),
  'pem headers': n => '-----BEGIN PRIVATE KEY-----'.repeat(n / 27)
}

function workFor(text: string): RailsWork {
  const work = newWork()
  createRails({ ...ACCURACY_CONFIG, language: undefined, maxInputChars: 2_000_000 }, { work }).validate(text)
  return work
}

describe('bounded work on adversarial input', () => {
  it.each(Object.keys(ADVERSARIAL))('%s: expensive steps stay capped at 4 KB and 40 KB', name => {
    const generate = ADVERSARIAL[name] as (n: number) => string
    for (const size of [4_000, 40_000]) {
      const text = generate(size)
      const work = workFor(text)
      // Obscenity: once over the text, once over the collapsed spelled-out runs (never more than the text).
      expect(work.profanityScans).toBeLessThanOrEqual(2)
      expect(work.profanityChars).toBeLessThanOrEqual(2 * text.length)
      // libphonenumber: a fixed cap per text, however many phone-shaped strings it holds.
      expect(work.phoneParses).toBeLessThanOrEqual(MAX_PHONE_VERIFICATIONS * 2)
      expect(work.checkedChars).toBe(text.length)
    }
  })
  it('hands no digit run without a phone shape to libphonenumber', () => {
    for (const text of ['1 '.repeat(5_000), '1.'.repeat(5_000), '1'.repeat(10_000), '12 '.repeat(3_000)]) {
      expect(workFor(text).phoneParses).toBe(0)
    }
  })
  it('verifies at most the capped number of phones and reports the rest unverified, not unchecked', () => {
    const text = '+1 (415) 555-2671, '.repeat(1_000)
    const work = newWork()
    const result = createRails({}, { work }).validate(text)
    expect(work.phoneParses).toBe(MAX_PHONE_VERIFICATIONS)
    expect(result.violations.filter(v => v.validator === 'pii.phone')).toHaveLength(1_000)
    expect(result.redacted).not.toMatch(/\d/)
  })
  it('places at most MAX_SCHEMA_ERRORS schema errors in the text and counts the rest', () => {
    const work = newWork()
    const rails = createRails({ format: { schema: { type: 'array', items: { type: 'string' } } } }, { work })
    const result = rails.validate(JSON.stringify(Array.from({ length: 5_000 }, (_, i) => i)))
    expect(work.schemaLocates).toBe(MAX_SCHEMA_ERRORS)
    const format = result.violations.filter(v => v.validator === 'format').map(v => v.message)
    expect(format).toHaveLength(MAX_SCHEMA_ERRORS + 1)
    expect(format).toContain(`${5_000 - MAX_SCHEMA_ERRORS} more schema errors not listed`)
  })
})

describe('maxInputChars', () => {
  it('checks the first maxInputChars characters and reports the rest as unchecked, masked', () => {
    const text = 'mail a@b.io '.repeat(200) + 'x'.repeat(3_000)
    const work = newWork()
    const result = createRails({ maxInputChars: 2_000 }, { work }).validate(text)
    expect(work.checkedChars).toBe(2_000)
    const unchecked = result.violations.filter(v => v.validator === 'unchecked')
    expect(unchecked).toEqual([
      expect.objectContaining({ severity: 'high', span: { start: 2_000, end: text.length } })
    ])
    expect(unchecked[0]?.message).toMatch(/first 2000 were checked and the rest was not/)
    expect(result.ok).toBe(false)
    expect(result.redacted.endsWith('[REDACTED:unchecked]')).toBe(true)
  })
  it(`defaults to ${DEFAULT_MAX_INPUT_CHARS} characters and never cuts a surrogate pair`, () => {
    const text = 'a'.repeat(DEFAULT_MAX_INPUT_CHARS - 1) + '😀' + 'b'
    const [v] = createRails().validate(text).violations
    expect(v?.span.start).toBe(DEFAULT_MAX_INPUT_CHARS - 1)
  })
  it('cannot be switched off', () => {
    expect(() => createRails({ validators: { unchecked: { enabled: false } } })).toThrow(
      /never silently unchecked; raise rails.maxInputChars/
    )
  })
})

/** Quantifiers +, * and {n,} repeat without bound; ?, {n} and {n,m} do not. */
const UNBOUNDED = /^(?:[+*]|\{\d+,\})/
const BOUNDED = /^(?:\?|\{\d+(?:,\d+)?\})/

/**
 * The first group of `source` that repeats without bound and holds an unbounded quantifier itself
 * ("(a+)+", "(?:\.[a-z]+)+"): the shape that backtracks super-linearly. Character classes and escapes
 * are skipped as atoms; look-arounds count like groups.
 */
export function nestedUnbounded(source: string): string | undefined {
  const stack: { start: number; inner: boolean }[] = []
  let lastGroup: { start: number; inner: boolean } | undefined
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      lastGroup = undefined
      continue
    }
    if (ch === '[') {
      i++
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
      lastGroup = undefined
      continue
    }
    if (ch === '(') {
      stack.push({ start: i, inner: false })
      continue
    }
    if (ch === ')') {
      lastGroup = stack.pop()
      continue
    }
    const rest = source.slice(i)
    if (UNBOUNDED.test(rest)) {
      if (lastGroup?.inner) return source.slice(lastGroup.start, i + 1)
      for (const open of stack) open.inner = true
      if (lastGroup?.inner === false) for (const open of stack) open.inner = true
    } else if (!BOUNDED.test(rest) && lastGroup !== undefined) {
      // A group followed by anything but a quantifier passes its inner flag up.
      if (lastGroup.inner) for (const open of stack) open.inner = true
    }
    if (!UNBOUNDED.test(rest) && !BOUNDED.test(rest)) lastGroup = undefined
    const bounded = BOUNDED.exec(rest)
    if (bounded !== null) {
      if (lastGroup?.inner) for (const open of stack) open.inner = true
      i += bounded[0].length - 1
      lastGroup = undefined
    }
  }
  return undefined
}

function regexLiterals(dir: string): { file: string; source: string }[] {
  const out: { file: string; source: string }[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...regexLiterals(path))
    else if (entry.name.endsWith('.ts')) {
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(file)
          out.push({ file: path, source: text.slice(1, text.lastIndexOf('/')) })
        }
        ts.forEachChild(node, visit)
      }
      visit(file)
    }
  }
  return out
}

describe('regexes in src/rails', () => {
  it('the checker finds nested unbounded quantifiers and accepts bounded ones', () => {
    expect(nestedUnbounded('(a+)+')).toBe('(a+)+')
    expect(nestedUnbounded('(?:\\.[a-z]+)+x')).toBe('(?:\\.[a-z]+)+')
    expect(nestedUnbounded('((?:ab)*c)*')).toBe('((?:ab)*c)*')
    expect(nestedUnbounded('(?:[a-z]+ ){0,4}x')).toBeUndefined()
    expect(nestedUnbounded('(?:[a-z]{1,61}\\.)+')).toBeUndefined()
    expect(nestedUnbounded('[(+]+(x)')).toBeUndefined()
  })
  it('none nests an unbounded quantifier inside another (super-linear backtracking)', () => {
    const literals = regexLiterals('src/rails')
    expect(literals.length).toBeGreaterThan(30)
    const offenders = literals
      .map(l => ({ ...l, nested: nestedUnbounded(l.source) }))
      .filter(l => l.nested !== undefined)
      .map(l => `${l.file}: /${l.source}/ has ${l.nested}`)
    expect(offenders).toEqual([])
  })
})
