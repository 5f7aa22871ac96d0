// A key leaks in more shapes than its own: URL-encoded in a query string, base64 in a Basic
// Authorization header or a data URL, echoed back inside a provider's error body. Every form
// listed here is masked (core.setSecret in the action) and redacted from provider error text.

/** Shorter strings would mask ordinary words; real keys and their encodings are longer. */
export const MIN_MASKED_LENGTH = 8

/**
 * An Authorization-style value: a scheme word, whitespace, then the credential (RFC 9110 §11.4,
 * `credentials = auth-scheme [ 1*SP token68 ]`). A service may echo the credential alone.
 */
const AUTH_SCHEME_VALUE = /^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*\s+(\S+)$/

/** The secret and the encodings it commonly appears in, distinct, each long enough to mask. */
export function secretForms(secret: string): string[] {
  // A short "secret" is no key; its encodings would still mask ordinary text.
  if (secret.length < MIN_MASKED_LENGTH) return []
  const credential = AUTH_SCHEME_VALUE.exec(secret)?.[1]
  const parts = credential && credential.length >= MIN_MASKED_LENGTH ? [secret, credential] : [secret]
  return [...new Set(parts.flatMap(encodedForms))]
}

function encodedForms(secret: string): string[] {
  if (secret.length < MIN_MASKED_LENGTH) return []
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  const forms = [
    secret,
    encodeURIComponent(secret),
    // application/x-www-form-urlencoded writes spaces as +.
    encodeURIComponent(secret).replace(/%20/g, '+'),
    base64(secret),
    base64(secret).replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
    // HTTP Basic with the key as user or as password.
    base64(`${secret}:`),
    base64(`:${secret}`)
  ]
  return [...new Set(forms)].filter(form => form.length >= MIN_MASKED_LENGTH)
}

/**
 * A function that replaces every form of every secret in a text by `***`, longest form first
 * (a form inside a longer one must not leave the rest behind). The forms are computed once: a
 * provider client redacts every response it reads.
 */
export function secretRedactor(secrets: readonly string[]): (text: string) => string {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length)
  if (forms.length === 0) return text => text
  return text => {
    let out = text
    for (const form of forms) if (out.includes(form)) out = out.split(form).join('***')
    return out
  }
}

/** `text` with every form of every secret replaced by `***`, longest form first. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secretRedactor(secrets)(text)
}
