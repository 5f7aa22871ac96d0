// Personal data. Every kind has its own validator id so precision and recall are measured per kind.
// Detectors prefer checksums and structure over shape: a 16-digit order id is not a card unless it
// passes Luhn with a known issuer prefix, an IBAN must pass mod-97, a phone must be a valid number.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max'
import type { Finding, RailValidator } from '../types.js'

export const PII_IDS = ['pii.email', 'pii.phone', 'pii.credit-card', 'pii.iban', 'pii.ssn', 'pii.ip'] as const

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9]|:[\w~/])/g

const CARD_CANDIDATE = /(?<![\d.,-])\d(?:[ -]?\d){12,22}(?![\d]|[.,]\d)/g
const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,34}/g
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g
const IPV4 =
  /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g
const IPV6_CANDIDATE =
  /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g
/** "v1.0.0.1", "build 10.0.19045.1" and "version 2.4.0.1" are versions, not addresses. */
const VERSION_BEFORE = /(?:\bv|\b(?:version|ver|build|release|firmware|rev|revision)[\s:#]*)$/i
const VERSION_AFTER = /^\s*(?:build|release)\b/i

/** IBAN length per country (ISO 13616 registry); unknown countries are not reported. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20
}

export interface PiiOptions {
  phoneDefaultCountry?: string
}

export function createPiiValidator(options: PiiOptions = {}): RailValidator {
  const defaultCountry = (options.phoneDefaultCountry ?? 'US') as CountryCode
  return {
    ids: PII_IDS,
    redact: true,
    run(output, _context, active) {
      const phones = active.has('pii.phone')
      const email = active.has('pii.email') ? findEmails(output) : []
      const cards = active.has('pii.credit-card') || phones ? findCards(output) : []
      const ibans = active.has('pii.iban') || phones ? findIbans(output) : []
      const ssns = active.has('pii.ssn') || phones ? findSsns(output) : []
      const ips = active.has('pii.ip') || phones ? findIps(output) : []
      const found = [...email, ...cards, ...ibans, ...ssns, ...ips]
      if (phones) {
        // A card, IBAN, SSN or address that happens to parse as a phone number is reported once, as itself.
        const taken = [...cards, ...ibans, ...ssns, ...ips]
        for (const phone of findPhones(output, defaultCountry)) {
          if (!taken.some(t => t.start < phone.end && phone.start < t.end)) found.push(phone)
        }
      }
      return found.filter(f => active.has(f.validator)).sort((a, b) => a.start - b.start)
    }
  }
}

function finding(validator: string, start: number, end: number, message: string): Finding {
  return { validator, start, end, message }
}

export function findEmails(text: string): Finding[] {
  return (
    [...text.matchAll(EMAIL)]
      // "https://user:token@host" is URL userinfo, not a mailbox.
      .filter(m => !/:\/\/\S*$/.test(text.slice(Math.max(0, m.index - 200), m.index)))
      .map(m => finding('pii.email', m.index, m.index + m[0].length, 'email address'))
  )
}

/**
 * Stretches with at least seven digits among phone punctuation: libphonenumber scans only these, which
 * keeps a 2 KB answer with no numbers in it at a few microseconds instead of a third of a millisecond.
 */
const PHONE_REGION = /\+?[(\d][\d\s().\-/\u2010-\u2015]{5,40}\d/g

export function findPhones(text: string, defaultCountry: CountryCode): Finding[] {
  const out: Finding[] = []
  for (const region of text.matchAll(PHONE_REGION)) {
    if ((region[0].match(/\d/g)?.length ?? 0) < 7) continue
    for (const found of findPhoneNumbersInText(region[0], { defaultCountry })) {
      const start = region.index + found.startsAt
      const end = region.index + found.endsAt
      // Digits glued to letters are part of an identifier or token, not a number someone would dial.
      const before = text[start - 1] ?? ''
      const after = text[end] ?? ''
      if (/[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}_]/u.test(after)) continue
      const written = text.slice(start, end)
      // A national-format number must be grouped the way that country writes numbers: "123 456 789 01"
      // in a French parcel id is a valid US number by digits alone, but nobody groups one like that.
      if (
        !/^\s*(?:\+|00)/.test(written) &&
        !groupingFits(written, found.number.nationalNumber, found.number.formatNational())
      ) {
        continue
      }
      out.push(finding('pii.phone', start, end, 'phone number'))
    }
  }
  return out
}

/** Every break between digit groups in `written` is also a break in the country's own format. */
function groupingFits(written: string, nationalNumber: string, formatted: string): boolean {
  const breaks = (text: string): Set<number> | undefined => {
    const groups = text.split(/\D+/).filter(g => g !== '')
    const prefix = groups.join('').length - nationalNumber.length
    if (prefix < 0) return undefined
    const out = new Set<number>()
    let at = -prefix
    for (const group of groups.slice(0, -1)) {
      at += group.length
      if (at > 0) out.add(at)
    }
    return out
  }
  const mine = breaks(written)
  const theirs = breaks(formatted)
  if (mine === undefined || theirs === undefined) return false
  return [...mine].every(b => theirs.has(b))
}

export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** Issuer prefixes and lengths of the card networks a model could plausibly leak. */
export function knownIssuer(digits: string): boolean {
  const n = digits.length
  const p2 = Number(digits.slice(0, 2))
  const p3 = Number(digits.slice(0, 3))
  const p4 = Number(digits.slice(0, 4))
  const p6 = Number(digits.slice(0, 6))
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19 // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16 // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15 // American Express
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925))
    return n >= 16 && n <= 19 // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19 // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19 // Diners
  if (p2 === 62) return n >= 16 && n <= 19 // UnionPay
  // Maestro: 16–19 digits only; the rare legacy 12–13 digit numbers collide with EAN-13 barcodes.
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 16 && n <= 19
  return false
}

export function findCards(text: string): Finding[] {
  const out: Finding[] = []
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    // Try the whole run, then shorter prefixes ending at a group boundary ("4111 1111 1111 1111 2025").
    const ends: number[] = [m[0].length]
    for (let k = m[0].length - 1; k > 0; k--) if (m[0][k] === ' ' || m[0][k] === '-') ends.push(k)
    for (const end of ends) {
      const digits = m[0].slice(0, end).replace(/[ -]/g, '')
      if (digits.length < 13 || digits.length > 19) continue
      if (luhnValid(digits) && knownIssuer(digits)) {
        out.push(finding('pii.credit-card', m.index, m.index + end, 'payment card number'))
        break
      }
    }
  }
  return out
}

export function ibanValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97
  }
  return remainder === 1
}

export function findIbans(text: string): Finding[] {
  const out: Finding[] = []
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    const length = IBAN_LENGTH[m[0].slice(0, 2)]
    if (length === undefined) continue
    // The candidate may run into the next word; cut it at the country's IBAN length.
    let seen = 0
    let end = 0
    while (end < m[0].length && seen < length) {
      if (m[0][end] !== ' ') seen++
      end++
    }
    if (seen < length) continue
    const next = text[m.index + end] ?? ''
    if (/[A-Za-z0-9]/.test(next)) continue
    if (ibanValid(m[0].slice(0, end).replace(/ /g, ''))) {
      out.push(finding('pii.iban', m.index, m.index + end, 'IBAN'))
    }
  }
  return out
}

export function findSsns(text: string): Finding[] {
  return [...text.matchAll(SSN)].map(m =>
    finding('pii.ssn', m.index, m.index + m[0].length, 'US social security number')
  )
}

export function findIps(text: string): Finding[] {
  const out: Finding[] = []
  for (const m of text.matchAll(IPV4)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20)
    if (VERSION_BEFORE.test(before) || VERSION_AFTER.test(after)) continue
    out.push(finding('pii.ip', m.index, m.index + m[0].length, 'IPv4 address'))
  }
  for (const m of text.matchAll(IPV6_CANDIDATE)) {
    if (ipv6Valid(m[0])) out.push(finding('pii.ip', m.index, m.index + m[0].length, 'IPv6 address'))
  }
  return out
}

/** RFC 4291 text forms: eight groups, or fewer with one "::", optionally ending in dotted IPv4. */
export function ipv6Valid(candidate: string): boolean {
  if (!/\d/.test(candidate) && candidate !== '::') return false
  let text = candidate
  const v4 = /:((?:\d{1,3}\.){3}\d{1,3})$/.exec(text)
  if (v4?.[1] !== undefined) {
    if (!v4[1].split('.').every(o => Number(o) <= 255 && !/^0\d/.test(o))) return false
    // The dotted quad stands for the last two groups.
    text = text.slice(0, v4.index + 1) + '0:0'
  } else if (text.includes('.')) {
    return false
  }
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = (half: string): string[] | undefined => {
    if (half === '') return []
    const parts = half.split(':')
    return parts.every(p => /^[0-9A-Fa-f]{1,4}$/.test(p)) ? parts : undefined
  }
  const head = groups(halves[0] ?? '')
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : []
  if (head === undefined || tail === undefined) return false
  const count = head.length + tail.length
  return halves.length === 2 ? count <= 7 : count === 8
}
