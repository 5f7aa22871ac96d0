// Leaked credentials by their published prefixes and shapes. Placeholders ("sk-your-key-here",
// AWS's documented AKIA...EXAMPLE) are not secrets: random keys mix cases and digits.
import type { Finding, RailValidator } from '../types.js'

export const SECRET_IDS = [
  'secret.github',
  'secret.openai',
  'secret.anthropic',
  'secret.aws',
  'secret.slack',
  'secret.private-key'
] as const

interface SecretRule {
  id: (typeof SECRET_IDS)[number]
  pattern: RegExp
  message: string
  accept?: (match: string) => boolean
}

/** Random key material has upper case, lower case and digits; hand-written placeholders rarely do. */
const looksRandom = (tail: string): boolean => /[a-z]/.test(tail) && /[A-Z]/.test(tail) && /\d/.test(tail)

const RULES: SecretRule[] = [
  {
    id: 'secret.github',
    pattern:
      /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_])/g,
    message: 'GitHub token',
    accept: m => looksRandom(m.slice(4))
  },
  {
    id: 'secret.anthropic',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
    message: 'Anthropic API key',
    accept: m => looksRandom(m.slice(7))
  },
  {
    id: 'secret.openai',
    pattern: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
    message: 'OpenAI API key',
    accept: m => looksRandom(m.slice(3))
  },
  {
    // Access key ids are base32 (A–Z, 2–7) after the prefix; AWS's documentation example ends in EXAMPLE.
    id: 'secret.aws',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    message: 'AWS access key id',
    accept: m => !m.endsWith('EXAMPLE')
  },
  {
    id: 'secret.slack',
    pattern: /(?<![A-Za-z0-9])xox[baprs]-\d+-[A-Za-z0-9-]{8,}(?![A-Za-z0-9-])/g,
    message: 'Slack token'
  }
]

/** PEM labels have at most a few words before PRIVATE KEY (RSA, EC, OPENSSH, ENCRYPTED, DSA). */
const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY-----/g
const PEM_END = /-----END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY-----/g
/** What a PEM body is made of (base64, line breaks, "Proc-Type:" headers). */
const PEM_BODY = /[A-Za-z0-9+/=\s:,-]*/y

/**
 * PEM private key blocks. The block ends at the first END line inside its body; a block cut off
 * before its END line (or followed by prose) still leaks the key, so it is reported as far as its body
 * goes. Decided by the body alone, so a streaming window reads it the same as the whole text. One
 * forward pass: a header inside a reported block is part of it, and the END search never goes back.
 */
function findPrivateKeys(text: string): Finding[] {
  const found: Finding[] = []
  let covered = 0
  let nextEnd: { index: number; length: number } | undefined
  for (const begin of text.matchAll(PEM_BEGIN)) {
    if (begin.index < covered) continue
    const bodyStart = begin.index + begin[0].length
    PEM_BODY.lastIndex = bodyStart
    const body = PEM_BODY.exec(text)?.[0] ?? ''
    const bodyEnd = bodyStart + body.length
    if (nextEnd === undefined || nextEnd.index < bodyStart) {
      PEM_END.lastIndex = bodyStart
      const m = PEM_END.exec(text)
      nextEnd =
        m === null ? { index: Number.POSITIVE_INFINITY, length: 0 } : { index: m.index, length: m[0].length }
    }
    const closed = nextEnd.index + nextEnd.length <= bodyEnd
    const end = closed ? nextEnd.index + nextEnd.length : bodyStart + body.trimEnd().length
    found.push({ validator: 'secret.private-key', start: begin.index, end, message: 'private key block' })
    covered = end
  }
  return found
}

export function createSecretsValidator(): RailValidator {
  return {
    ids: SECRET_IDS,
    redact: true,
    run(output, _context, active) {
      const found: Finding[] = active.has('secret.private-key') ? findPrivateKeys(output) : []
      for (const rule of RULES) {
        if (!active.has(rule.id)) continue
        for (const m of output.matchAll(rule.pattern)) {
          if (rule.accept !== undefined && !rule.accept(m[0])) continue
          const end = m.index + m[0].trimEnd().length
          found.push({ validator: rule.id, start: m.index, end, message: rule.message })
        }
      }
      return found.sort((a, b) => a.start - b.start)
    }
  }
}
