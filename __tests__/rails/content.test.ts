import { fired } from './helpers.js'
import { createRails } from '../../src/rails/index.js'
import { maskedWord } from '../../src/rails/validators/content.js'

const only = { pii: { enabled: false }, secrets: { enabled: false } } as const
const rails = createRails(only)
const texts = (text: string): string[] => rails.validate(text).violations.map(v => v.text)

describe('content', () => {
  it('flags plain profanity and spans the whole word, not just the stem', () => {
    const [v] = rails.validate('This is a fucking disaster').violations
    expect(v).toEqual(
      expect.objectContaining({
        validator: 'content',
        severity: 'high',
        text: 'fucking',
        span: { start: 10, end: 17 }
      })
    )
  })
  it('is robust to leetspeak, symbols and repeated letters', () => {
    expect(texts('sh1t')).toEqual(['sh1t'])
    expect(texts('you a$$hole').length).toBe(1)
    expect(texts('fuuuuuck it')).toEqual(['fuuuuuck'])
  })
  it('catches words spelled out with spaces or dots and maps the span to the letters', () => {
    expect(texts('what the f u c k')).toEqual(['f u c k'])
    expect(texts('go f.u.c.k yourself')).toEqual(['f.u.c.k'])
  })
  it('catches asterisk-masked words but not markdown emphasis or arithmetic', () => {
    expect(texts('What a c*nt move')).toEqual(['c*nt'])
    expect(texts('f**king waste')).toEqual(['f**king'])
    expect(texts('**Important**: use *args and w*h or t*t')).toEqual([])
    expect(maskedWord('a**hole', ['ass'])).toBe('ass')
  })
  it('leaves clean words with profane substrings alone (Scunthorpe problem)', () => {
    for (const text of [
      'Scunthorpe United',
      'assessment of a classic',
      'cocktail in the cockpit',
      'shiitake and cumin',
      'rapeseed oil',
      'Lake Titicaca',
      'the pussycat video',
      'tit-for-tat strategy'
    ]) {
      expect(texts(text)).toEqual([])
    }
  })
  it('honours the allow list for a word and for a phrase', () => {
    const allowing = createRails({ ...only, content: { allow: ['Dick Cheney', 'sex'] } })
    expect(allowing.validate('Dick Cheney spoke about sex education').violations).toEqual([])
  })
  it('adds deny-list words, matched as whole words and through leetspeak', () => {
    const denying = createRails({ ...only, content: { deny: ['frak', 'smeg'] } })
    expect(denying.validate('frak this, sm3g head').violations.map(v => v.text)).toEqual(['frak', 'sm3g'])
    expect(denying.validate('smegma? no: smeg. fraktal').violations.map(v => v.text)).toEqual(['smeg'])
  })
  it('masks profanity in the redacted copy', () => {
    expect(rails.validate('well sh1t, again').redacted).toBe('well [REDACTED:content], again')
  })
  it('can be disabled', () => {
    expect(createRails({ content: { enabled: false } }).validate('fuck').violations).toEqual([])
  })
})

describe('content beyond English and beyond words', () => {
  const ids = (text: string): string[] => fired(text, { pii: { enabled: false } })
  it('reports common German, French, Spanish and Italian profanity as whole words', () => {
    for (const text of ['So eine Scheiße.', 'Quel connard.', '¡Joder!', 'Che stronzo.'])
      expect([text, ids(text)]).toEqual([text, ['content']])
    expect(ids('Scheibe GmbH and Puttnam Ltd')).toEqual([])
  })
  it('does not report clinical anatomy, numbers or random tokens', () => {
    expect(ids('The doctor will examine the penis; an anal fissure heals in weeks.')).toEqual([])
    expect(ids('Serial 899-01-4455')).toEqual([])
    expect(ids('hash 5f4dcc3b5aa765d61d8327deb882cf99fuck0a1b2c3d4e5f6a7b8c9d0')).toEqual([])
  })
})
