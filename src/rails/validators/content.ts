// Profanity and slurs through the maintained obscenity library (its English dataset and recommended
// transformers handle leetspeak, repeated letters and confusable characters). One gap is closed here:
// words spelt out letter by letter ("f u c k", "f.u.c.k") are collapsed and matched again.
import type { MatchPayload } from 'obscenity'
import { obscenity } from '../../core/vendor.js'
import { escapeRegExp } from '../text.js'
import type { Finding, RailValidator } from '../types.js'

export const CONTENT_ID = 'content'

/** Ordinary words the English dataset trips on, found while building the accuracy corpus. */
const BUILTIN_ALLOW = [
  'shiitake',
  'shitake',
  'cumin',
  'scunthorpe',
  'penistone',
  'sussex',
  'essex',
  'middlesex',
  'cockpit',
  'pussycat',
  'rapeseed',
  'tit-for-tat',
  'tit for tat'
]

/**
 * Anatomy as a doctor writes it ("examine the penis", "anal fissure") is not profanity; obscenity's
 * English dataset lists these words, so they are taken out of it.
 */
const CLINICAL_WORDS = new Set(['penis', 'vagina', 'anal', 'anus'])

/**
 * Common profanity in the other languages answers are written in (obscenity's dataset is English
 * only). Whole words, matched with the same leetspeak and duplicate-letter handling as deny words.
 */
const OTHER_LANGUAGES_DENY = [
  // German
  'scheiße',
  'scheisse',
  'arschloch',
  'wichser',
  'fotze',
  'hurensohn',
  // French
  'putain',
  'merde',
  'connard',
  'connasse',
  'salope',
  'enculé',
  'encule',
  // Spanish
  'joder',
  'mierda',
  'gilipollas',
  'cabrón',
  'cabron',
  'coño',
  'hijo de puta',
  // Italian
  'cazzo',
  'vaffanculo',
  'stronzo',
  'minchia',
  'puttana',
  // Portuguese
  'caralho',
  'porra',
  'foda-se',
  // Dutch
  'klootzak',
  'godverdomme'
]

/** Letters the recommended transformers do not collapse when doubled (see obscenity's preset). */
const KEEP_DOUBLE = new Set(['b', 'e', 'o', 'l', 's', 'g'])

/**
 * A word with letters hidden behind asterisks inside it: "c*nt", "f**k", "a**hole". Asterisks at the
 * edges are markdown emphasis ("**Important**"), never masking.
 */
const MASKED = /(?<![\p{L}\p{N}])\p{L}+(?:\*+\p{L}+){1,3}(?![\p{L}\p{N}])/gu

/**
 * A run of at least three single characters, each followed by one separator: "f u c k", "s.h.i.t".
 * Runs are maximal: the second look-behind stops a match from starting inside a run, so every
 * character is scanned once (a bounded {2,40} would split long runs at arbitrary places).
 */
const SPELLED_OUT =
  /(?<![\p{L}\p{N}])(?<!(?:^|[ .\-_*])[\p{L}\p{N}@$!][ .\-_*])[\p{L}\p{N}@$!](?:[ .\-_*][\p{L}\p{N}@$!]){2,}(?![\p{L}\p{N}])/gu

const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u

export interface ContentOptions {
  allow?: readonly string[]
  deny?: readonly string[]
}

export function createContentValidator(options: ContentOptions = {}): RailValidator {
  const { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, parseRawPattern } =
    obscenity()
  const allow = (options.allow ?? []).map(a => a.trim().toLowerCase())
  const dataset = new DataSet<{ originalWord?: string }>().addAll(englishDataset).removePhrasesIf(phrase => {
    const word = phrase.metadata?.originalWord ?? ''
    return allow.includes(word) || CLINICAL_WORDS.has(word)
  })
  // Whole words on the text itself: obscenity's transformers are built for English ("¡" folds into
  // "i", "ß" into a look-alike), which would hide "¡Joder!" and "Scheiße".
  const otherLanguages = OTHER_LANGUAGES_DENY.filter(w => !allow.includes(w))
  const otherLanguagesPattern =
    otherLanguages.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${otherLanguages.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
          'giu'
        )
      : undefined
  for (const word of options.deny ?? []) {
    const patternText = `|${denyPattern(word)}|`
    dataset.addPhrase(phrase =>
      phrase.setMetadata({ originalWord: word }).addPattern(parseRawPattern(patternText))
    )
  }
  const words: string[] = []
  dataset.removePhrasesIf(phrase => {
    const word = phrase.metadata?.originalWord
    if (word !== undefined && /^[a-z]{3,}$/.test(word)) words.push(word)
    return false
  })
  const built = dataset.build()
  const matcher = new RegExpMatcher({
    ...built,
    whitelistedTerms: [...(built.whitelistedTerms ?? []), ...BUILTIN_ALLOW, ...allow],
    ...englishRecommendedTransformers
  })
  const wordOf = (match: MatchPayload): string =>
    dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? 'a filtered word'

  return {
    ids: [CONTENT_ID],
    redact: true,
    run(output, _context, _active, work) {
      const findings: Finding[] = []
      const seen = new Set<string>()
      const add = (start: number, end: number, word: string): void => {
        const key = `${start}:${end}`
        if (seen.has(key)) return
        seen.add(key)
        findings.push({ validator: CONTENT_ID, start, end, message: `inappropriate language ("${word}")` })
      }
      const scan = (text: string): MatchPayload[] => {
        work.profanityScans++
        work.profanityChars += text.length
        return matcher.getAllMatches(text, true)
      }
      let word = { start: -1, end: -1 }
      let token = { start: -1, end: -1 }
      for (const match of scan(output)) {
        // obscenity matches the stem ("fuck" in "fucking"); report and mask the whole word. Matches
        // come sorted, so one word is measured once however many stems it holds.
        if (match.startIndex >= word.end) word = wholeWord(output, match.startIndex, match.endIndex + 1)
        if (match.startIndex >= token.end)
          token = expand(output, match.startIndex, match.endIndex + 1, TOKEN_CHAR)
        if (DIGITS_ONLY.test(output.slice(word.start, word.end))) continue
        if (RANDOM_TOKEN.test(output.slice(token.start, token.end))) continue
        add(word.start, Math.max(word.end, match.endIndex + 1), wordOf(match))
      }
      // Every spelled-out run, collapsed ("f u c k" → "fuck"), goes to obscenity in ONE call, runs
      // joined by a space: one call per run would cost a fixed overhead per run ('1 1 1 …' has thousands).
      const letters: number[] = []
      let collapsed = ''
      for (const run of output.matchAll(SPELLED_OUT)) {
        // "1 2 3 4" and "- - -" are lists and rules, not spelt-out words: a run needs two letters.
        if (!TWO_LETTERS.test(run[0])) continue
        if (collapsed !== '') {
          collapsed += ' '
          letters.push(-1)
        }
        for (const piece of run[0].matchAll(/[^ .\-_*]/gu)) {
          // obscenity reports UTF-16 offsets into `collapsed`; map each unit back to its source.
          for (let k = 0; k < piece[0].length; k++) letters.push(run.index + piece.index + k)
          collapsed += piece[0]
        }
      }
      if (collapsed !== '') {
        for (const match of scan(collapsed)) {
          // A match across the space that joins two runs is not in the text.
          const units = letters.slice(match.startIndex, match.endIndex + 1)
          if (units.some(u => u < 0)) continue
          add(units[0] as number, (units[units.length - 1] as number) + 1, wordOf(match))
        }
      }
      if (otherLanguagesPattern !== undefined) {
        for (const m of output.matchAll(otherLanguagesPattern))
          add(m.index, m.index + m[0].length, m[0].toLowerCase())
      }
      for (const masked of output.matchAll(MASKED)) {
        const spelt = maskedWord(masked[0].toLowerCase(), words)
        if (spelt !== undefined) add(masked.index, masked.index + masked[0].length, spelt)
      }
      return findings.sort((a, b) => a.start - b.start)
    }
  }
}

const WORD_CHAR = /[\p{L}\p{N}$@!*]/u
/**
 * A profane stem inside a number ("4455" reads "aass" in leetspeak) or inside a random-looking token
 * (an API key, a hash, a PEM or base64 body: 24+ characters mixing letters and digits) is not
 * language anyone reads.
 */
const DIGITS_ONLY = /^[\d$@!*]+$/
const TOKEN_CHAR = /[A-Za-z0-9+/=_-]/
const RANDOM_TOKEN = /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9+/=_-]{24,}$/

function expand(text: string, start: number, end: number, chars: RegExp): { start: number; end: number } {
  while (start > 0 && chars.test(text[start - 1] as string)) start--
  while (end < text.length && chars.test(text[end] as string)) end++
  return { start, end }
}

function wholeWord(text: string, start: number, end: number): { start: number; end: number } {
  return expand(text, start, end, WORD_CHAR)
}

/** A deny word as an obscenity pattern: lower case, syntax escaped, doubled letters collapsed like input. */
function denyPattern(word: string): string {
  let out = ''
  for (const ch of word.trim().toLowerCase()) {
    if (out.endsWith(ch) && !KEEP_DOUBLE.has(ch)) continue
    out += /[[\]()?|\\]/.test(ch) ? `\\${ch}` : ch
  }
  return out
}

/**
 * The profane word a masked token spells, when the asterisks stand for its letters one for one:
 * the whole token ("c*nt") or its start or end ("a**hole", "bulls**t").
 */
export function maskedWord(token: string, words: readonly string[]): string | undefined {
  // Shorter tokens are arithmetic ("t*t", "a*b") far more often than masked words.
  if (token.length < 4) return undefined
  const fits = (part: string, word: string): boolean =>
    part.includes('*') && [...word].every((ch, i) => part[i] === '*' || part[i] === ch)
  const first = token[0]
  const last = token[token.length - 1]
  for (const word of words) {
    // A token starts and ends with a letter (never "*"), so a word must share one of them.
    if (word[0] !== first && word[word.length - 1] !== last) continue
    if (token.length === word.length && fits(token, word)) return word
    if (token.length > word.length) {
      if (fits(token.slice(0, word.length), word) || fits(token.slice(token.length - word.length), word)) {
        return word
      }
    }
  }
  return undefined
}
