// The answer must be in the user's language. Detection is statistical: short texts give no verdict
// (never a violation), and code blocks and URLs are removed first because they read as English.
import type { LanguageDetector, RailValidator } from '../types.js'

export const LANGUAGE_ID = 'language'
export const DEFAULT_MIN_LETTERS = 20

const CODE_BLOCK = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g
/** Each alternative starts at a token start, so no two scans cover the same token (linear). */
const URL = /(?<!\S)(?:https?:\/\/\S+|www\.\S+|[^\s@]+@\S+)|\bhttps?:\/\/\S+/g

export interface LanguageOptions {
  detector: LanguageDetector
  expected?: string
  minLetters?: number
}

export function createLanguageValidator(options: LanguageOptions): RailValidator {
  const minLetters = options.minLetters ?? DEFAULT_MIN_LETTERS
  const verdict = (text: string): string | undefined => {
    const prose = text.replace(CODE_BLOCK, ' ').replace(URL, ' ')
    const letters = prose.match(/\p{L}/gu)?.length ?? 0
    return letters < minLetters ? undefined : options.detector.detect(prose)
  }
  return {
    ids: [LANGUAGE_ID],
    redact: false,
    run(output, context) {
      const expectedRaw =
        context.expectedLanguage ??
        options.expected ??
        (context.input !== undefined ? verdict(context.input) : undefined)
      if (expectedRaw === undefined) return []
      const expected = baseLanguage(expectedRaw)
      const actual = verdict(output)
      if (actual === undefined || baseLanguage(actual) === expected) return []
      return [
        {
          validator: LANGUAGE_ID,
          start: 0,
          end: output.length,
          message: `answer is in "${actual}", expected "${expected}"`
        }
      ]
    }
  }
}

/** "pt-BR" → "pt"; the detector knows languages, not regions. */
function baseLanguage(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? code
}

interface EldLike {
  detect(text: string): { language: string; isReliable(): boolean }
}

/** Wraps eld: only reliable verdicts count, so mixed or ambiguous text never fails an output. */
export function eldDetector(eld: EldLike): LanguageDetector {
  return {
    detect(text) {
      const result = eld.detect(text)
      return result.language !== '' && result.isReliable() ? result.language : undefined
    }
  }
}

/** Loads eld's smallest database (~1 MB, ~130 ms) only when the language validator is enabled. */
export async function loadEldDetector(): Promise<LanguageDetector> {
  const module = (await import('eld/extrasmall')) as { eld: EldLike }
  return eldDetector(module.eld)
}
