// Personal data. Every kind has its own validator id so precision and recall are measured per kind.
// Detectors prefer checksums and structure over shape: a 16-digit order id is not a card unless it
// passes Luhn with a known issuer prefix, an IBAN must pass mod-97, a phone must be a valid number.
import type { CountryCode } from 'libphonenumber-js/max'
import { libphonenumber } from '../../core/vendor.js'
import type { Finding, RailValidator } from '../types.js'
import type { RailsWork } from '../work.js'
import { PII_IDS } from '../schema.js'

export { PII_IDS }

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9]|:[\w~/])/g

/**
 * Maximal runs of digits with single spaces or dashes between them, each found once: the look-behind
 * keeps a match from starting inside a run, so the scan is linear whatever the text.
 */
const CARD_RUN = /(?<![\d.,-]|\d[ -])\d(?:[ -]?\d)*/g
/** A card number with a trailing group after it ("4111 1111 1111 1111 2025") has at most 23 digits. */
const MAX_CARD_RUN_DIGITS = 23
const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,34}/g
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/g
const IPV4 =
  /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g
const IPV6_CANDIDATE =
  /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\w:]|\.\d)/g
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
    run(output, _context, active, work) {
      const scans = piiScans(output, active)
      if (scans === undefined) return []
      const email = scans.email ? findEmails(output) : []
      const cards = scans.cards ? findCards(output) : []
      const ibans = scans.ibans ? findIbans(output) : []
      const ssns = scans.ssns ? findSsns(output) : []
      const ips = scans.ips ? findIps(output, scans.ips) : []
      const found = [...email, ...cards, ...ibans, ...ssns, ...ips]
      if (scans.phones) {
        // A card, IBAN, SSN or address that happens to parse as a phone number is reported once, as itself.
        const taken = [...cards, ...ibans, ...ssns, ...ips]
        for (const phone of findPhones(output, defaultCountry, work)) {
          if (!taken.some(t => t.start < phone.end && phone.start < t.end)) found.push(phone)
        }
      }
      return found.filter(f => active.has(f.validator)).sort((a, b) => a.start - b.start)
    }
  }
}

/** Which detectors can find anything in a text, by the cheap pre-scans; undefined: none can. */
interface PiiScans {
  email: boolean
  phones: boolean
  cards: boolean
  ibans: boolean
  ssns: boolean
  ips: { v6: boolean; v4: boolean } | undefined
}

const ALL_PII: ReadonlySet<string> = new Set(PII_IDS)

/**
 * The detectors worth running on `text` for the `active` kinds. Each kind needs some ASCII digits
 * (its own minimum, MIN_DIGITS_FOR), an email an "@", an IBAN a country code before its check
 * digits, an IP address its dots or colons: most texts (a log's prompts and answers) hold none of
 * these, and skip every scan. The cards, IBANs, SSNs and addresses are also scanned when phones
 * are, so a number that is one of them is not reported as a phone.
 */
function piiScans(text: string, active: ReadonlySet<string>): PiiScans | undefined {
  const email = active.has('pii.email') && text.includes('@')
  const digits = countDigits(text, MOST_DIGITS_NEEDED)
  const wanted = (id: keyof typeof MIN_DIGITS_FOR, alsoForPhones: boolean): boolean =>
    (active.has(id) || alsoForPhones) && digits >= MIN_DIGITS_FOR[id]
  const phones = wanted('pii.phone', false)
  const scans: PiiScans = {
    email,
    phones,
    cards: wanted('pii.credit-card', phones),
    ibans: wanted('pii.iban', phones) && IBAN_START.test(text),
    ssns: wanted('pii.ssn', phones),
    ips: wanted('pii.ip', phones) ? ipScans(text) : undefined
  }
  return scans.email || phones || scans.cards || scans.ibans || scans.ssns || scans.ips ? scans : undefined
}

/**
 * Whether any PII detector can find anything in `text`: false means the PII validator reports
 * nothing for it, whatever its settings (the log redactor skips such texts).
 */
export function mayHoldPii(text: string): boolean {
  return piiScans(text, ALL_PII) !== undefined
}

/**
 * ASCII digits (the only digits the detectors read) a text must hold before each kind can be found
 * in it: a card has 13 to 19 (ISO/IEC 7812), an SSN is ddd-dd-dddd, an IBAN's check digits follow
 * its country code, an IPv6 address without a digit is only "::" (not public), a phone has
 * MIN_PHONE_DIGITS. __tests__/rails/prescan.test.ts checks each bound against its detector.
 */
export const MIN_DIGITS_FOR = {
  'pii.phone': 7,
  'pii.credit-card': 13,
  'pii.iban': 2,
  'pii.ssn': 9,
  'pii.ip': 1
} as const
const MOST_DIGITS_NEEDED = Math.max(...Object.values(MIN_DIGITS_FOR))

/** One ASCII digit; global, so countDigits can step through a text with it. */
const ASCII_DIGIT = /[0-9]/g
/** What every IBAN starts with: its country code's two capitals, then its two check digits. */
const IBAN_START = /[A-Z]{2}[0-9]{2}/

/**
 * ASCII digits in `text` (the only digits the detectors read), counted up to `enough`. A regex
 * steps from digit to digit in native code; a character loop cost more on the few thousand texts
 * of a run, most of them before the loop was optimised.
 */
function countDigits(text: string, enough: number): number {
  ASCII_DIGIT.lastIndex = 0
  let count = 0
  while (count < enough && ASCII_DIGIT.test(text)) count++
  return count
}

function finding(validator: string, start: number, end: number, message: string): Finding {
  return { validator, start, end, message }
}

/**
 * File extensions that are not top-level domains: "logo@2x.png" is a retina image, not a mailbox.
 * (Extensions that ARE country domains, such as .md or .py, stay addresses.)
 */
const FILE_EXTENSION_TLD =
  /\.(?:png|jpe?g|gif|svg|webp|avif|heic|ico|bmp|tiff?|pdf|js|mjs|cjs|ts|tsx|jsx|css|scss|json|ya?ml|txt|html?|xml|csv|lock|wasm|mp[34]|wav|webm)$/i

export function findEmails(text: string): Finding[] {
  return (
    [...text.matchAll(EMAIL)]
      // "https://user:token@host" is URL userinfo, not a mailbox.
      .filter(m => !/:\/\/\S*$/.test(text.slice(Math.max(0, m.index - 200), m.index)))
      .filter(m => !FILE_EXTENSION_TLD.test(m[0]))
      .map(m => finding('pii.email', m.index, m.index + m[0].length, 'email address'))
  )
}

/** ITU-T E.164 §6.1: an international number has at most 15 digits. */
const MAX_PHONE_DIGITS = 15
/** Shortest subscriber numbers worth reporting (7 digits: a local number without area code). */
const MIN_PHONE_DIGITS = MIN_DIGITS_FOR['pii.phone']
/** Longest stretch one number takes as people write it ("+49 (0) 30 / 1234 - 5678" is 24). */
const MAX_PHONE_CHARS = 40
/**
 * Candidates verified with libphonenumber per text. Past it, phone-shaped candidates are reported
 * unverified (fail closed) so that cost stays linear with a small constant on any input.
 */
export const MAX_PHONE_VERIFICATIONS = 100
/** How far before a national-format number a phone keyword may stand ("Ligue para a central: "). */
const KEYWORD_WINDOW = 48

/**
 * Words that say "what follows is a phone number", in the languages the corpora cover. Next to one,
 * national formats of other countries count too (coordinator policy: phones as a human reads them).
 */
const LATIN_PHONE_WORDS =
  'phone|telephone|landline|tel|tlf|call|calls|calling|dial|ring|reach|reached|contact|cell|mobile|fax|whatsapp|hotline|telefon|telefonnummer|rufnummer|handy|mobil|anrufen|erreichen|téléphone|tél|appelez|appeler|joindre|portable|teléfono|telefono|llame|llámanos|llamar|móvil|celular|telefone|telemóvel|ligue|liga|cellulare|chiamare|chiama|telefoon|telefoonnummer|mobiel|bellen|bel|puhelin|zadzwoń'
/** Scripts without spaces between words (and Devanagari) match the keyword anywhere. */
const OTHER_PHONE_WORDS =
  'телефон|тел|звоните|позвоните|τηλέφωνο|τηλ|هاتف|الرقم|اتصل|फ़ोन|फोन|电话|電話|手机|携帯|전화|휴대폰'
/**
 * A phone keyword, then at most five short words, at the end of the text before a number. Next to
 * one, national formats of other countries count too (coordinator policy: phones as a human reads them).
 */
const PHONE_KEYWORD = new RegExp(
  `(?:(?<![\\p{L}\\p{M}])(?:${LATIN_PHONE_WORDS})|${OTHER_PHONE_WORDS})[^\\p{L}\\p{M}\\d]{0,4}(?:[\\p{L}\\p{M}]{1,20}[^\\p{L}\\p{M}\\d]{1,3}){0,5}$`,
  'iu'
)

/** What may stand between two listed numbers: punctuation and at most two short words ("or", "oder", "или"). */
const LISTED_AFTER = /^[^\p{L}\d]{0,4}(?:[\p{L}\p{M}]{1,12}[^\p{L}\d]{1,3}){0,2}$/u

/** Countries tried for a national-format number next to a phone keyword (most-populous markets first). */
const KEYWORD_COUNTRIES: readonly CountryCode[] = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'BE',
  'CH',
  'AT',
  'PT',
  'BR',
  'MX',
  'AR',
  'CO',
  'IN',
  'CN',
  'JP',
  'KR',
  'RU',
  'PL',
  'SE',
  'NO',
  'DK',
  'FI',
  'TR',
  'GR',
  'IE',
  'AU',
  'NZ',
  'ZA',
  'CZ',
  'UA',
  'EG',
  'SA',
  'AE',
  'IL',
  'SG',
  'HK',
  'TW',
  'VN',
  'TH',
  'ID',
  'PH',
  'MY',
  'NG',
  'KE',
  'CA'
]

const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/
const DECIMAL_SHAPE = /^\d+\.\d+$/

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Separators people put between digit groups of a phone number (no line breaks: one number, one line). */
function isPhoneSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x28 || // (
    c === 0x29 || // )
    c === 0x2e || // .
    c === 0x2d || // -
    c === 0x2f || // /
    (c >= 0x2010 && c <= 0x2015)
  )
}

const WORDLIKE = /[\p{L}\p{N}_]/u

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORDLIKE.test(ch)
}

interface PhonePiece {
  start: number
  end: number
  /** First piece of a run that touches a letter or digit: part of an identifier (INV-2024-000123). */
  glued: boolean
}

/**
 * One linear pass: runs of digits and separators on one line, split before each "+" and at wide gaps
 * (two spaces, " / ", " - "), trimmed to start at a digit, "(" or "+" and to end at a digit. Every
 * piece is decided from its own characters and a short window before it, so a piece reads the same in
 * the whole text and in a streaming window.
 */
export function phonePieces(text: string): PhonePiece[] {
  const pieces: PhonePiece[] = []
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (!isDigit(c) && c !== 0x2b && c !== 0x28) {
      i++
      continue
    }
    // A run: its first piece is glued when the run touches a word character on its left.
    const runStart = i
    let glued =
      isWordChar(text[i - 1]) ||
      (c !== 0x2b &&
        text[i - 1] !== undefined &&
        /[-./]/.test(text[i - 1] as string) &&
        isWordChar(text[i - 2]))
    let pieceStart = i
    let j = i
    const flush = (end: number): void => {
      let s = pieceStart
      while (s < end && !isDigit(text.charCodeAt(s)) && text[s] !== '+' && text[s] !== '(') s++
      let e = end
      while (e > s && !isDigit(text.charCodeAt(e - 1))) e--
      if (e > s) pieces.push({ start: s, end: e, glued })
      glued = false
    }
    for (; j < n; j++) {
      const d = text.charCodeAt(j)
      if (d === 0x2b) {
        if (j > pieceStart) flush(j)
        pieceStart = j
        continue
      }
      if (isDigit(d)) continue
      if (!isPhoneSeparator(d)) break
      // A wide gap ("  ", " / ", " - ") separates two numbers written side by side.
      const wide =
        (d === 0x20 && text.charCodeAt(j + 1) === 0x20) ||
        (d === 0x20 &&
          isPhoneSeparator(text.charCodeAt(j + 1)) &&
          text.charCodeAt(j + 2) === 0x20 &&
          text[j + 1] !== '(')
      if (wide) {
        flush(j)
        while (j + 1 < n && isPhoneSeparator(text.charCodeAt(j + 1)) && text[j + 1] !== '(') j++
        pieceStart = j + 1
      }
    }
    flush(j)
    i = Math.max(j, runStart + 1)
  }
  return pieces
}

export function findPhones(text: string, defaultCountry: CountryCode, work: RailsWork): Finding[] {
  const out: Finding[] = []
  let verifications = 0
  let lastPhoneEnd = -1
  for (const piece of phonePieces(text)) {
    // "845 392 117#" and "*21*" are keypad codes, not numbers to dial.
    if (piece.glued || isWordChar(text[piece.end]) || text[piece.end] === '#' || text[piece.end] === '*')
      continue
    const written = text.slice(piece.start, piece.end)
    if (written.length > MAX_PHONE_CHARS) continue
    const groups = written.split(/\D+/).filter(g => g !== '')
    const digits = groups.join('')
    // "00" is the international call prefix of most countries (ITU-T E.164 Annex A): 0049 30 ... = +49 30 ...
    const viaZeroZero = written.startsWith('00') && digits[2] !== '0'
    const international = written.startsWith('+') || viaZeroZero
    const digitCount = viaZeroZero ? digits.length - 2 : digits.length
    if (digitCount < MIN_PHONE_DIGITS || digitCount > MAX_PHONE_DIGITS) continue
    // Nobody writes a phone number as "1 2 3 4 5 6 7"; dates and decimals are not numbers to dial.
    if (groups.filter(g => g.length === 1).length > 2) continue
    if (DATE_SHAPE.test(written) || DECIMAL_SHAPE.test(written)) continue
    work.phoneCandidates++
    if (verifications >= MAX_PHONE_VERIFICATIONS) {
      out.push(
        finding(
          'pii.phone',
          piece.start,
          piece.end,
          'phone-shaped number (not verified: too many in one text)'
        )
      )
      continue
    }
    verifications++
    // A number listed right after a phone number ("+7 495 123-45-67 или 8 (800) 555-35-35") is
    // written as a phone too: the earlier one stands in for the keyword.
    const listed =
      lastPhoneEnd >= 0 &&
      piece.start - lastPhoneEnd <= KEYWORD_WINDOW &&
      LISTED_AFTER.test(text.slice(lastPhoneEnd, piece.start))
    if (verifyPhone(text, piece.start, written, international, defaultCountry, work, listed)) {
      lastPhoneEnd = piece.end
      out.push(finding('pii.phone', piece.start, piece.end, 'phone number'))
    }
  }
  return out
}

function verifyPhone(
  text: string,
  start: number,
  written: string,
  international: boolean,
  defaultCountry: CountryCode,
  work: RailsWork,
  listed: boolean
): boolean {
  const { parsePhoneNumberFromString } = libphonenumber()
  if (international) {
    work.phoneParses++
    // "+CC …" is a phone number to any reader: a possible length for the country is enough, even
    // where libphonenumber's ranges call the number unassigned.
    return (
      parsePhoneNumberFromString(written.startsWith('00') ? `+${written.slice(2)}` : written)?.isPossible() ??
      false
    )
  }
  const fits = (country: CountryCode): boolean => {
    work.phoneParses++
    const parsed = parsePhoneNumberFromString(written, country)
    // A national-format number must be grouped the way that country writes numbers: "123 456 789 01"
    // in a French parcel id is a valid US number by digits alone, but nobody groups one like that.
    return (
      parsed !== undefined &&
      parsed.isValid() &&
      groupingFits(written, parsed.nationalNumber, parsed.formatNational())
    )
  }
  if (fits(defaultCountry)) return true
  const before = text.slice(Math.max(0, start - KEYWORD_WINDOW), start)
  if (!listed && !PHONE_KEYWORD.test(before)) return false
  return KEYWORD_COUNTRIES.some(country => country !== defaultCountry && fits(country))
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
  for (const m of text.matchAll(CARD_RUN)) {
    // "1234 5678.90" is a decimal; a run of more than 23 digits is a table of numbers, not one card.
    if (/^[.,]\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue
    let digitCount = 0
    for (let k = 0; k < m[0].length && digitCount <= MAX_CARD_RUN_DIGITS; k++)
      if (m[0][k] !== ' ' && m[0][k] !== '-') digitCount++
    if (digitCount < 13 || digitCount > MAX_CARD_RUN_DIGITS) continue
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

/** Whether `text` holds `char` at least `times` times. */
function holdsAtLeast(text: string, char: string, times: number): boolean {
  let at = -1
  for (let seen = 0; seen < times; seen++) {
    at = text.indexOf(char, at + 1)
    if (at === -1) return false
  }
  return true
}

/**
 * Two colons with at most four hex digits between them ("fe80::1", "db8:1:"): every IPv6 candidate
 * has them. Most texts' colons ("Note: …") have words between them, and skip that pattern's scan.
 */
const IPV6_START = /:[0-9A-Fa-f]{0,4}:/

/**
 * Which IP patterns can match: IPv6 needs IPV6_START, IPv4 three dots (most texts have fewer);
 * undefined when neither can.
 */
function ipScans(text: string): { v6: boolean; v4: boolean } | undefined {
  const scan = { v6: IPV6_START.test(text), v4: holdsAtLeast(text, '.', 3) }
  return scan.v6 || scan.v4 ? scan : undefined
}

/**
 * Public IP addresses. `scan` says which of the two patterns to run (the validator passes its
 * pre-scans' answers); without it both run, as the pre-scans' tests need.
 */
export function findIps(
  text: string,
  scan: { v6: boolean; v4: boolean } = { v6: true, v4: true }
): Finding[] {
  const out: Finding[] = []
  // Valid IPv6 text, public or not: an IPv4 address inside one ("::ffff:81.2.69.142") is part of it.
  const v6: { start: number; end: number }[] = []
  const v6Candidates = scan.v6 ? text.matchAll(IPV6_CANDIDATE) : []
  for (const m of v6Candidates) {
    if (!ipv6Valid(m[0])) continue
    v6.push({ start: m.index, end: m.index + m[0].length })
    if (publicIpv6(m[0])) out.push(finding('pii.ip', m.index, m.index + m[0].length, 'IPv6 address'))
  }
  let k = 0
  const v4Candidates = scan.v4 ? text.matchAll(IPV4) : []
  for (const m of v4Candidates) {
    while (k < v6.length && (v6[k] as { end: number }).end <= m.index) k++
    if (k < v6.length && (v6[k] as { start: number }).start <= m.index) continue
    const before = text.slice(Math.max(0, m.index - 20), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20)
    if (VERSION_BEFORE.test(before) || VERSION_AFTER.test(after)) continue
    if (!publicIpv4(m[0])) continue
    out.push(finding('pii.ip', m.index, m.index + m[0].length, 'IPv4 address'))
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Addresses that identify nobody (coordinator policy): private (RFC 1918: 10/8, 172.16/12,
 * 192.168/16), loopback 127/8, link-local 169.254/16, documentation (RFC 5737: 192.0.2/24,
 * 198.51.100/24, 203.0.113/24), "this network" 0/8, and 255.x netmasks and broadcast.
 */
export function publicIpv4(address: string): boolean {
  const [a = 0, b = 0, c = 0] = address.split('.').map(Number)
  if (a === 10 || a === 127 || a === 0 || a === 255) return false
  if (a === 172 && b >= 16 && b <= 31) return false
  if (a === 192 && b === 168) return false
  if (a === 169 && b === 254) return false
  if (
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  )
    return false
  return true
}

/**
 * Loopback ::1, unspecified ::, unique local fc00::/7 (RFC 4193), link-local fe80::/10 and
 * documentation 2001:db8::/32 (RFC 3849) identify nobody; IPv4-mapped addresses follow the IPv4 rules.
 */
export function publicIpv6(address: string): boolean {
  const lower = address.toLowerCase()
  if (lower === '::1' || lower === '::') return false
  const mapped = /^::ffff:((?:\d{1,3}\.){3}\d{1,3})$/.exec(lower)
  if (mapped?.[1] !== undefined) return publicIpv4(mapped[1])
  const first = lower.startsWith('::') ? 0 : parseInt(lower.split(':')[0] ?? '0', 16)
  if ((first & 0xfe00) === 0xfc00) return false
  if ((first & 0xffc0) === 0xfe80) return false
  if (first === 0x2001 && /^2001:0*db8(?::|$)/.test(lower)) return false
  return true
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
