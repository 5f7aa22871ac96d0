// rails.stream(): same result as validate() on the whole text, whatever the chunking, and early
// reports that are final (never retracted) and complete (their span has arrived).
import { ACCURACY_CONFIG, loadCorpus } from '../../src/rails/accuracy.js'
import { createRails, type Violation } from '../../src/rails/index.js'

const rails = createRails({ ...ACCURACY_CONFIG, language: undefined })
const positives = [
  ...loadCorpus('datasets/rails-corpus.jsonl'),
  ...loadCorpus('datasets/rails-heldout.jsonl')
].filter(c => c.context === undefined)

/** Deterministic PRNG (mulberry32) so a failure is reproducible from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function chunk(text: string, next: () => number, maxChunk: number): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length;) {
    const size = 1 + Math.floor(next() * maxChunk)
    out.push(text.slice(i, i + size))
    i += size
  }
  return out
}

const key = (v: Violation): string => `${v.validator}:${v.span.start}:${v.span.end}:${v.text}`

function streamThrough(
  text: string,
  chunks: string[]
): { early: { v: Violation; received: number }[]; end: ReturnType<typeof rails.validate> } {
  const stream = rails.stream()
  const early: { v: Violation; received: number }[] = []
  let received = 0
  for (const c of chunks) {
    received += c.length
    for (const v of stream.push(c)) early.push({ v, received })
  }
  return { early, end: stream.end() }
}

/** Long texts: many corpus lines joined, so violations sit far from both ends and across windows. */
function documents(seed: number, count: number): string[] {
  const next = random(seed)
  return Array.from({ length: count }, () =>
    Array.from({ length: 40 }, () => positives[Math.floor(next() * positives.length)]?.text ?? '').join(
      next() < 0.5 ? '\n' : ' '
    )
  )
}

describe('rails.stream()', () => {
  it.each(['datasets/rails-corpus.jsonl', 'datasets/rails-heldout.jsonl'])(
    'ends with exactly what validate() returns, for every line of %s and random chunkings',
    path => {
      const next = random(path.length)
      for (const c of loadCorpus(path).filter(x => x.context === undefined)) {
        // One random chunking per line, from one character at a time to 64.
        const maxChunk = 1 + Math.floor(next() * 64)
        const { end } = streamThrough(c.text, chunk(c.text, next, maxChunk))
        expect(end).toEqual(rails.validate(c.text))
      }
    }
  )
  it('reports early only violations that validate() also reports, after their span arrived', () => {
    for (const [i, text] of documents(5, 8).entries()) {
      const next = random(100 + i)
      const whole = new Set(rails.validate(text).violations.map(key))
      for (const maxChunk of [3, 40, 700]) {
        const { early, end } = streamThrough(text, chunk(text, next, maxChunk))
        expect(end.violations.map(key)).toEqual([...whole])
        for (const { v, received } of early) {
          expect([key(v), whole.has(key(v))]).toEqual([key(v), true])
          expect(v.span.end).toBeLessThanOrEqual(received)
        }
        expect(new Set(early.map(e => key(e.v))).size).toBe(early.length)
      }
    }
  })
  it('reports a span violation within 128 + 256 characters after its span, before the stream ends', () => {
    for (const text of documents(9, 10)) {
      const next = random(text.length)
      const { early, end } = streamThrough(text, chunk(text, next, 16))
      const earlyKeys = new Map(early.map(e => [key(e.v), e.received]))
      for (const v of end.violations) {
        if (v.span.end - v.span.start > 1024 || v.span.end + 128 + 256 + 16 > text.length) continue
        if (['format', 'language', 'length', 'unchecked'].includes(v.validator)) continue
        const at = earlyKeys.get(key(v))
        expect([key(v), at !== undefined && at <= v.span.end + 128 + 256 + 16]).toEqual([key(v), true])
      }
    }
  })
  it('stops a leaking answer early: the key is reported before the rest of the text arrives', () => {
    const key = 'ghp_R8kPz2LmQ7vW4nXc9TbY1aHd6FsJ0eGu3KiN'
    const text = `Sure, use ${key} in the header. ` + 'More explanation follows. '.repeat(40)
    const stream = rails.stream()
    let receivedAtReport = -1
    let received = 0
    for (const c of chunk(text, random(3), 8)) {
      received += c.length
      if (stream.push(c).some(v => v.validator === 'secret.github') && receivedAtReport < 0)
        receivedAtReport = received
    }
    expect(receivedAtReport).toBeGreaterThan(0)
    expect(receivedAtReport).toBeLessThan(text.length)
  })
  it('refuses push() after end() and non-string chunks', () => {
    const stream = rails.stream()
    expect(() => stream.push(42 as never)).toThrow(TypeError)
    stream.end()
    expect(() => stream.push('x')).toThrow(/push\(\) after end\(\)/)
  })
})
