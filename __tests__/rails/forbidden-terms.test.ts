import { createRails } from '../../src/rails/index.js'
import { normalizeForMatching } from '../../src/rails/text.js'

const rails = createRails({
  competitors: [{ name: 'Acme', aliases: ['Acme Corp', 'AcmeCloud'] }, 'Umbrella Health'],
  pii: { enabled: false },
  content: { enabled: false }
})
const hits = (text: string): { text: string; start: number; end: number; message: string }[] =>
  rails.validate(text).violations.map(v => ({ text: v.text, ...v.span, message: v.message }))

describe('forbidden-terms', () => {
  it('matches case-insensitively and names the canonical term', () => {
    expect(hits('ACME is cheaper')).toEqual([
      { text: 'ACME', start: 0, end: 4, message: 'mentions forbidden term "Acme"' }
    ])
  })
  it('maps a span across a zero-width space back to the original offsets', () => {
    const text = 'Try A\u200bcme now'
    expect(hits(text)).toEqual([expect.objectContaining({ start: 4, end: 9, text: 'A\u200bcme' })])
  })
  it('folds a Cyrillic homoglyph and keeps its original offset', () => {
    const text = 'xx \u0410cme'
    expect(hits(text)).toEqual([expect.objectContaining({ start: 3, end: 7, text: '\u0410cme' })])
  })
  it('ignores soft hyphens, word joiners and BOMs inside a term', () => {
    for (const text of ['Ac\u00adme', 'Ac\u2060me', 'Ac\ufeffme', 'Ac\u200cme', 'Ac\u200dme']) {
      expect(hits(text).map(h => h.text)).toEqual([text])
    }
  })
  it('normalises full-width letters with NFKC', () => {
    expect(hits('ＡＣＭＥ rocks').map(h => h.text)).toEqual(['ＡＣＭＥ'])
  })
  it('respects word boundaries: not inside Acmeister, tacmesh or acme_config', () => {
    expect(hits('Acmeister tacmesh acme_config')).toEqual([])
  })
  it('prefers the longest alias and reports it once', () => {
    expect(hits('We left Acme Corp last year').map(h => h.text)).toEqual(['Acme Corp'])
  })
  it('matches multi-word terms across any whitespace', () => {
    expect(hits('Umbrella\u00a0Health and Umbrella\n Health').length).toBe(2)
  })
  it('redacts the term in the redacted copy', () => {
    expect(rails.validate('Use A\u200bcme today').redacted).toBe('Use [REDACTED:forbidden-terms] today')
  })
  it('is off when no terms are configured', () => {
    expect(createRails({}).validators).not.toContain('forbidden-terms')
  })
})

describe('normalizeForMatching', () => {
  it('composes combining marks with their base and maps the cluster to its source span', () => {
    const mapped = normalizeForMatching('Cafe\u0301!')
    expect(mapped.text).toBe('café!')
    expect(mapped.starts[3]).toBe(3)
    expect(mapped.ends[3]).toBe(5)
    expect(mapped.starts[4]).toBe(5)
  })
})
