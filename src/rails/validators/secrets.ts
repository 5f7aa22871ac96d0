// Leaked credentials by their published prefixes and shapes. Placeholders ("sk-your-key-here") and
// documentation examples (AWS's AKIA...EXAMPLE and ...EXAMPLEKEY, jwt.io's sample token) are not
// secrets: random keys mix cases and digits (coordinator policy).
import type { Finding, RailValidator } from '../types.js'
import { SECRET_IDS } from '../schema.js'

export { SECRET_IDS }

interface SecretRule {
  id: (typeof SECRET_IDS)[number]
  /** Needs the `d` flag when `valueGroup` is set. */
  pattern: RegExp
  message: string
  /**
   * Regex source of text every match contains (the rule's literal prefix): a text without any
   * rule's hint skips every pattern. Tested against each pattern in __tests__/rails/secret-hints.test.ts.
   */
  hint: string
  accept?: (value: string) => boolean
  /** Report only this capture group (the value after a variable name), not the whole match. */
  valueGroup?: number
}

/** jwt.io's documented example signature (HS256, secret "your-256-bit-secret"): documentation, not a secret. */
const JWT_IO_EXAMPLE_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

/** A JWT's header is base64url JSON naming its algorithm. */
function jwtHeaderValid(token: string): boolean {
  const [header = '', , signature = ''] = token.split('.')
  if (signature === JWT_IO_EXAMPLE_SIGNATURE) return false
  try {
    const json = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }
    return typeof json.alg === 'string'
  } catch {
    return false
  }
}

/** Random key material has upper case, lower case and digits; hand-written placeholders rarely do. */
const looksRandom = (tail: string): boolean => /[a-z]/.test(tail) && /[A-Z]/.test(tail) && /\d/.test(tail)

const RULES: SecretRule[] = [
  {
    id: 'secret.github',
    pattern:
      /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_])/g,
    message: 'GitHub token',
    hint: 'gh[pousr]_|github_pat_',
    accept: m => looksRandom(m.slice(4))
  },
  {
    id: 'secret.anthropic',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
    message: 'Anthropic API key',
    hint: 'sk-ant-',
    accept: m => looksRandom(m.slice(7))
  },
  {
    id: 'secret.openai',
    pattern: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
    message: 'OpenAI API key',
    hint: 'sk-',
    accept: m => looksRandom(m.slice(3))
  },
  {
    // Access key ids are base32 (A–Z, 2–7) after the prefix; AWS's documentation example ends in EXAMPLE.
    id: 'secret.aws',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    message: 'AWS access key id',
    hint: 'AKIA|ASIA',
    accept: m => !m.endsWith('EXAMPLE')
  },
  {
    // The secret access key: 40 base64 characters, recognised by the variable or field it is assigned
    // to (it has no prefix). AWS's documented example ends in EXAMPLEKEY.
    id: 'secret.aws',
    pattern:
      /(?<![A-Za-z0-9])(?:aws_?)?secret_?access_?key["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    message: 'AWS secret access key',
    // Case-insensitive like the pattern: the combined hint has the i flag.
    hint: 'secret_?access_?key',
    valueGroup: 1,
    accept: v => looksRandom(v) && !v.endsWith('EXAMPLEKEY')
  },
  {
    id: 'secret.slack',
    pattern: /(?<![A-Za-z0-9])xox[baprs]-\d+-[A-Za-z0-9-]{8,}(?![A-Za-z0-9-])/g,
    message: 'Slack token',
    hint: 'xox[baprs]-'
  },
  {
    // App-level tokens (Socket Mode): xapp-<version>-<app id>-<number>-<hex secret>.
    id: 'secret.slack',
    pattern: /(?<![A-Za-z0-9])xapp-\d-[A-Z0-9]{8,}-\d{6,}-[a-f0-9]{32,}(?![A-Za-z0-9])/g,
    message: 'Slack app-level token',
    hint: 'xapp-'
  },
  {
    // Incoming webhook URLs carry their secret in the path.
    id: 'secret.slack',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,}/g,
    message: 'Slack webhook URL',
    hint: 'https://hooks\\.slack\\.com/'
  },
  {
    // Secret and restricted keys; publishable keys (pk_) are public by design.
    id: 'secret.stripe',
    pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9_])/g,
    message: 'Stripe secret key',
    hint: '[sr]k_(?:live|test)_',
    accept: m => looksRandom(m.slice(8))
  },
  {
    id: 'secret.google',
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    message: 'Google API key',
    hint: 'AIza',
    accept: m => looksRandom(m.slice(4))
  },
  {
    // A bearer token grants whatever its claims say until it expires.
    id: 'secret.jwt',
    pattern:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g,
    message: 'JSON Web Token',
    hint: 'eyJ',
    accept: jwtHeaderValid
  }
]

/** What every PEM_BEGIN match starts with. */
const PEM_HINT = '-----BEGIN '

/**
 * Any rule's hint, case-insensitive (a superset for the case-sensitive ones): most texts hold none
 * and skip the dozen pattern scans.
 */
export const SECRET_HINT = new RegExp([PEM_HINT, ...RULES.map(rule => rule.hint)].join('|'), 'i')

/** PEM labels have at most a few words before PRIVATE KEY (RSA, EC, OPENSSH, ENCRYPTED, DSA). */
const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY-----/g
const PEM_END = /-----END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY-----/g
/**
 * What a PEM body is made of: base64 lines, line breaks (also escaped as \n inside JSON strings) and
 * the "Proc-Type:"/"DEK-Info:" headers of encrypted keys. Nothing follows the repetition, so the
 * sticky match never backtracks.
 */
const PEM_BODY = /(?:\s|\\[nr]|[A-Za-z0-9+/=]{1,128}|Proc-Type:[^\n]{0,80}|DEK-Info:[^\n]{0,120})*/y
/** Key material: a header without a base64 line of at least 16 characters after it is an example. */
const PEM_LINE = /[A-Za-z0-9+/=]{16,}/g

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
    const lines = [...body.matchAll(PEM_LINE)]
    const lastLine = lines.at(-1)
    if (lastLine === undefined) continue
    // Closed when the END line starts where the body stops; otherwise as far as the key material goes.
    const closed = nextEnd.index <= bodyEnd
    const end = closed ? nextEnd.index + nextEnd.length : bodyStart + lastLine.index + lastLine[0].length
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
      if (!mayHoldSecret(output)) return []
      const found: Finding[] = active.has('secret.private-key') ? findPrivateKeys(output) : []
      for (const rule of RULES) {
        if (!active.has(rule.id)) continue
        for (const m of output.matchAll(rule.pattern)) {
          const at = rule.valueGroup !== undefined ? m.indices?.[rule.valueGroup] : undefined
          const [start, end] = at ?? [m.index, m.index + m[0].length]
          if (rule.accept !== undefined && !rule.accept(output.slice(start, end))) continue
          found.push({ validator: rule.id, start, end, message: rule.message })
        }
      }
      return found.sort((a, b) => a.start - b.start)
    }
  }
}

/**
 * Whether any secret rule can match `text`: false (no rule's literal prefix in it) means the secret
 * validator reports nothing for it (the log redactor skips such texts).
 */
export function mayHoldSecret(text: string): boolean {
  return SECRET_HINT.test(text)
}

/** For the pre-scan's test: every rule's pattern and hint. */
export { RULES as SECRET_RULES, PEM_BEGIN, PEM_HINT }
