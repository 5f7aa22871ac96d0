// Redaction that holds, over every positive of both corpora: the redacted copy contains no detected
// span, keeps everything else byte for byte, and uses the documented placeholder `[REDACTED:<id>]`.
import { ACCURACY_CONFIG, loadCorpus } from '../../src/rails/accuracy.js'
import { createRailsAsync, type Rails, type Violation } from '../../src/rails/index.js'

const MASKED_IDS = /^(?:pii\.|secret\.|content$|forbidden-terms$|links$|unchecked$|custom\.)/
const PLACEHOLDER = /\[REDACTED:([a-z0-9._-]+)\]/g

const positives = [
  ...loadCorpus('datasets/rails-corpus.jsonl'),
  ...loadCorpus('datasets/rails-heldout.jsonl')
].filter(c => c.labels.some(l => MASKED_IDS.test(l)))

/** Merged [start, end) ranges of the masked violations. */
function merged(violations: readonly Violation[]): { start: number; end: number }[] {
  const spans = violations
    .filter(v => MASKED_IDS.test(v.validator) && v.span.end > v.span.start)
    .map(v => ({ ...v.span }))
    .sort((a, b) => a.start - b.start)
  const out: { start: number; end: number }[] = []
  for (const s of spans) {
    const last = out.at(-1)
    if (last !== undefined && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push(s)
  }
  return out
}

let rails: Rails
beforeAll(async () => {
  rails = await createRailsAsync(ACCURACY_CONFIG)
})

describe('redaction over every positive of both corpora', () => {
  it('has positives from both corpora to redact', () => {
    expect(positives.length).toBeGreaterThan(250)
  })
  it('keeps the text outside detected spans byte for byte, one placeholder per merged span', () => {
    for (const c of positives) {
      const result = rails.validate(c.text, c.context ?? {})
      const spans = merged(result.violations)
      const kept: string[] = []
      let cursor = 0
      for (const s of spans) {
        kept.push(c.text.slice(cursor, s.start))
        cursor = s.end
      }
      kept.push(c.text.slice(cursor))
      expect([c.line, result.redacted.split(PLACEHOLDER).filter((_, i) => i % 2 === 0)]).toEqual([
        c.line,
        kept
      ])
      expect([c.line, [...result.redacted.matchAll(PLACEHOLDER)].length]).toEqual([c.line, spans.length])
    }
  })
  it('leaves nothing to detect in the redacted copy and none of the detected text', () => {
    for (const c of positives) {
      const result = rails.validate(c.text, c.context ?? {})
      const again = rails
        .validate(result.redacted, c.context ?? {})
        .violations.filter(v => MASKED_IDS.test(v.validator))
      expect([c.line, again.map(v => v.validator)]).toEqual([c.line, []])
      for (const v of result.violations.filter(x => MASKED_IDS.test(x.validator) && x.text.length >= 6)) {
        expect([c.line, result.redacted.includes(v.text)]).toEqual([c.line, false])
      }
    }
  })
  it('names the validator in each placeholder', () => {
    for (const c of positives.slice(0, 50)) {
      const result = rails.validate(c.text, c.context ?? {})
      for (const m of result.redacted.matchAll(PLACEHOLDER)) {
        expect(result.violations.map(v => v.validator)).toContain(m[1])
      }
    }
  })
})
