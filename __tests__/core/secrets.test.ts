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
})
