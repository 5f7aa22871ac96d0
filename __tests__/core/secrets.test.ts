import { redactSecrets, secretForms } from '../../src/core/secrets.js'

describe('secretForms', () => {
  const key = 'sk-live/a+b=c d'

  test('lists the key, its URL encodings and its base64 forms (plain, url-safe, Basic auth)', () => {
    const forms = secretForms(key)
    expect(forms).toEqual(
      expect.arrayContaining([
        key,
        encodeURIComponent(key),
        encodeURIComponent(key).replace(/%20/g, '+'),
        Buffer.from(key).toString('base64'),
        Buffer.from(key).toString('base64url'),
        Buffer.from(`:${key}`).toString('base64'),
        Buffer.from(`${key}:`).toString('base64')
      ])
    )
    expect(new Set(forms).size).toBe(forms.length)
  })

  test('leaves out forms too short to mask without masking ordinary words', () => {
    expect(secretForms('abc')).toEqual([])
  })

  test('redacts every form wherever it appears', () => {
    const text = `url=https://x.test/?k=${encodeURIComponent(key)}&b=${Buffer.from(key).toString('base64url')} raw ${key}`
    expect(redactSecrets(text, [key])).toBe('url=https://x.test/?k=***&b=*** raw ***')
  })

  test('also masks the credential of a scheme-prefixed header value, so an echo of it alone is caught', () => {
    const header = 'Bearer tok_9f8e7d6c5b4a'
    const forms = secretForms(header)
    expect(forms).toEqual(
      expect.arrayContaining([header, 'tok_9f8e7d6c5b4a', Buffer.from('tok_9f8e7d6c5b4a').toString('base64')])
    )
    expect(redactSecrets('upstream said: invalid token tok_9f8e7d6c5b4a', [header])).toBe(
      'upstream said: invalid token ***'
    )
    // A short credential after the scheme would mask ordinary words: only the whole value counts.
    expect(secretForms('Bearer abc')).not.toContain('abc')
  })
})
