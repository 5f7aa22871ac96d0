import { createRails, createRailsAsync, type LanguageDetector } from '../../src/rails/index.js'

/** Deterministic stand-in: decides by a marker word, so these tests prove the validator's logic. */
const fake: LanguageDetector = {
  detect: text => (/\bund\b/.test(text) ? 'de' : /\bthe\b/.test(text) ? 'en' : undefined)
}
const rails = createRails({ language: {} }, { languageDetector: fake })
const GERMAN = 'Das Paket ist unterwegs und kommt morgen an.'
const ENGLISH = 'The parcel is on the way and arrives tomorrow.'

describe('language', () => {
  it('reports an answer in another language than the input, spanning the whole output', () => {
    const [v] = rails.validate(ENGLISH, { input: GERMAN }).violations
    expect(v).toEqual(
      expect.objectContaining({ validator: 'language', span: { start: 0, end: ENGLISH.length } })
    )
    expect(v?.message).toBe('answer is in "en", expected "de"')
  })
  it('passes an answer in the same language and compares base codes (pt-BR → pt)', () => {
    expect(rails.validate(GERMAN, { input: GERMAN }).violations).toEqual([])
    expect(rails.validate(ENGLISH, { expectedLanguage: 'EN-us' }).violations).toEqual([])
  })
  it('gives no verdict on texts under minLetters', () => {
    expect(rails.validate('OK the end', { expectedLanguage: 'de' }).violations).toEqual([])
  })
  it('gives no verdict when there is no expected language or the detector is unsure', () => {
    expect(rails.validate(ENGLISH).violations).toEqual([])
    expect(
      rails.validate('Lorem ipsum dolor sit amet consectetur', { expectedLanguage: 'de' }).violations
    ).toEqual([])
  })
  it('ignores code blocks when detecting', () => {
    const answer = 'Hier ist der Code und die Erklärung dazu:\n```\nthe the the the the the\n```'
    expect(rails.validate(answer, { expectedLanguage: 'de' }).violations).toEqual([])
  })
  it('refuses a synchronous createRails without a detector instead of silently skipping the check', () => {
    expect(() => createRails({ language: { enabled: true } })).toThrow(/createRailsAsync/)
  })
  it('loads the eld model lazily in createRailsAsync and detects real languages', async () => {
    const real = await createRailsAsync({ language: { enabled: true } })
    const spanish = 'Tu pedido fue enviado hoy y llegará el jueves por la mañana.'
    expect(
      real.validate(spanish, { input: 'Bonjour, où en est ma commande ? J’attends depuis une semaine.' }).ok
    ).toBe(false)
    expect(real.validate(spanish, { expectedLanguage: 'es' }).ok).toBe(true)
  })
})
