// The one place numbers become text: stats reasons, the PR comment, the job summary and the
// terminal all format through here, so "p < 0.001", "$0.0123" and "84.0%" read the same everywhere.
// Every function takes numbers only (never untrusted text), so its output needs no escaping.

/** U+2212 MINUS SIGN: a real minus, the width of a plus, not a hyphen. */
export const MINUS = '\u2212'
/** Shown for a value that is absent or not a finite number. */
export const MISSING = '–'

export function isFiniteNumber(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n)
}

/**
 * `n` with thousands separators exactly as `n.toLocaleString('en-US')` writes it: `-1,234,567`.
 * Integers are grouped here: the first toLocaleString of a process loads ICU's number formatting,
 * about 30 ms of CPU that every CLI run paid for one count in a message.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US')
  const digits = String(Math.abs(n))
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ','
    out += digits[i]
  }
  return n < 0 ? `-${out}` : out
}

/** A whole count with thousands separators: `1,234`. */
export function count(n: number | undefined): string {
  return isFiniteNumber(n) ? thousands(Math.round(n)) : MISSING
}

/** `1 suite`, `2 suites`, `1,204 calls`; `plural` defaults to singular + "s". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(n)} ${n === 1 ? singular : pluralForm}`
}

/** A fraction as a percentage with one decimal: 0.843 → `84.3%`. */
export function percent(x: number | undefined, digits = 1): string {
  return isFiniteNumber(x) ? `${(x * 100).toFixed(digits)}%` : MISSING
}

/** A fraction as a whole percentage: 0.843 → `84%` (headlines, where a decimal adds nothing). */
export function roundPercent(x: number | undefined): string {
  return isFiniteNumber(x) ? `${Math.round(x * 100)}%` : MISSING
}

/** An interval of fractions: `81.0–87.5%`. */
export function percentRange(low: number | undefined, high: number | undefined): string {
  return isFiniteNumber(low) && isFiniteNumber(high)
    ? `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}%`
    : ''
}

/** A signed number with a real minus; zero as `±0.0`. */
export function signed(x: number, digits = 1): string {
  const magnitude = Math.abs(x).toFixed(digits)
  if (Number(magnitude) === 0) return `±${magnitude}`
  return x > 0 ? `+${magnitude}` : `${MINUS}${magnitude}`
}

/** A change of a fraction in percentage points: −0.052 → `−5.2 pp`. */
export function points(delta: number, digits = 1): string {
  return `${signed(delta * 100, digits)} pp`
}

/** A size of a change in points, unsigned: −0.584 → `58` (digits 0) or `58.4` (digits 1). */
export function pointMagnitude(delta: number, digits = 0): string {
  return (Math.abs(delta) * 100).toFixed(digits)
}

/** A ratio with two decimals: 1.234 → `1.23`. */
export function ratio(x: number): string {
  return x.toFixed(2)
}

/** An interval of a change in points: `−6.1 to +2.3 pp`. */
export function pointsRange(low: number, high: number, digits = 1): string {
  return `${signed(low * 100, digits)} to ${signed(high * 100, digits)} pp`
}

/** A confidence level: 0.95 → `95%`, 0.975 → `97.5%`. */
export function confidenceLevel(c: number): string {
  return `${Math.round(c * 1000) / 10}%`
}

/** `p = 0.008` or `p < 0.001`, ready to follow a test's name. */
export function pValue(p: number): string {
  if (!isFiniteNumber(p)) return `p = ${MISSING}`
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`
}

/** Milliseconds, whole, with separators: `1,234 ms`. */
export function milliseconds(n: number | undefined): string {
  return isFiniteNumber(n) ? `${count(n)} ms` : MISSING
}

/** A wall-clock duration: `850 ms`, `12.3 s`, `4 min 05 s`. */
export function duration(ms: number | undefined): string {
  if (!isFiniteNumber(ms)) return MISSING
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Math.round((ms - minutes * 60_000) / 1000)
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`
}

/**
 * US dollars: two decimals from $1, else three significant digits and at least two decimals
 * (`$0.50`, `$0.0123`, `$0.000135`), so per-call costs keep their digits and totals stay short.
 */
export function dollars(n: number | undefined): string {
  if (!isFiniteNumber(n)) return MISSING
  if (n === 0) return '$0'
  if (n < 0.000001) return '<$0.000001'
  if (n >= 1) return `$${n.toFixed(2)}`
  const [whole = '0', fraction = ''] = String(Number(n.toPrecision(3))).split('.')
  return `$${whole}.${fraction.padEnd(2, '0')}`
}

/** A ratio as a signed percentage change: base 100, head 125 → `+25%`; empty when undefined. */
export function relativeChange(base: number | undefined, head: number | undefined): string {
  if (!isFiniteNumber(base) || !isFiniteNumber(head) || base === 0) return ''
  return `${signed(((head - base) / base) * 100, 0)}%`
}

/** A list for prose: `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
