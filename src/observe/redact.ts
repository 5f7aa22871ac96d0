// Redaction for logs and imports: the rails' own PII and secret validators, so what CI calls PII is
// exactly what a log masks. Only those two groups run: a log keeps profanity or a competitor's name
// (they are what a reviewer needs to see), never an email address or a key.
import { createRails, DEFAULT_MAX_INPUT_CHARS, type RailsConfig } from '../rails/index.js'
import { mayHoldPii } from '../rails/validators/pii.js'
import { mayHoldSecret } from '../rails/validators/secrets.js'

/** Rendered prompts repeat across repeats and sides; remembering recent texts halves the work. */
const MEMO_MAX_ENTRIES = 4096

export type Redactor = (text: string) => string

export function createRedactor(config?: RailsConfig): Redactor {
  // Only where phones are read as national numbers: a team that turns PII checks off for its
  // answers (a support bot may quote an email) still gets every kind masked in its logs.
  const country = config?.pii?.phoneDefaultCountry
  // Only the two groups it runs are built: the profanity matcher and the format validator cost
  // start-up time and would never be asked.
  const rails = createRails({
    format: { enabled: false },
    content: { enabled: false },
    links: { enabled: false },
    ...(country ? { pii: { phoneDefaultCountry: country } } : {})
  })
  const memo = new Map<string, string>()
  return text => {
    if (text.length === 0) return text
    // The rails check the first maxInputChars and report the rest unchecked; a log fails closed and
    // drops what nobody checked.
    const checked = text.length > DEFAULT_MAX_INPUT_CHARS ? text.slice(0, DEFAULT_MAX_INPUT_CHARS) : text
    const unchecked =
      checked.length < text.length ? `[REDACTED:unchecked ${text.length - checked.length} characters]` : ''
    // The validators' own pre-scans: a text in which neither can find anything (most prompts and
    // answers) comes back as it is, without the rails' per-call work.
    if (!mayHoldPii(checked) && !mayHoldSecret(checked)) return checked + unchecked
    const known = memo.get(text)
    if (known !== undefined) return known
    // Only pii and secret are on in these rails, so no selection is passed (each call would key it).
    const redacted = rails.validate(checked).redacted + unchecked
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear()
    memo.set(text, redacted)
    return redacted
  }
}
