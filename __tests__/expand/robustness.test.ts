import { readFileSync } from 'node:fs'
import {
  CATEGORY_KIND,
  DEFAULT_CATEGORIES,
  LOOKALIKE_TOPICS,
  ROBUSTNESS_CATEGORIES
} from '../../src/core/robustness.js'
import type { CheckSpec, TestCase } from '../../src/core/types.js'
import { LANGUAGES, LOOKALIKES } from '../../src/expand/robustness/corpora.js'
import { expandRobustness, sampleCases, type ExpansionInput } from '../../src/expand/robustness/index.js'

function cases(n: number): TestCase[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `case-${i}`,
    vars: { ticket: `I was charged twice for order ${i}, please refund one.`, locale: 'en' },
    expected: 'billing',
    checks: [{ type: 'max-words', value: 5 }],
    source: { file: 'datasets/tickets.jsonl', line: i + 1 }
  }))
}

const SUITE_CHECKS: CheckSpec[] = [
  { type: 'equals', value: '{{expected}}', id: 'category' },
  { type: 'is-json', id: 'json' }
]

function input(overrides: Partial<ExpansionInput['config']> = {}, allCases = false): ExpansionInput {
  return {
    suiteId: 'triage',
    cases: cases(12),
    checks: SUITE_CHECKS,
    config: { inputs: ['ticket'], competitors: ['Globex'], ...overrides },
    allCases
  }
}

describe('expandRobustness', () => {
  test('gives the same variants with the same ids on every run', () => {
    const a = expandRobustness(input())
    const b = expandRobustness(input())
    expect(a.variants.map(v => [v.testCase.id, v.testCase.vars])).toEqual(
      b.variants.map(v => [v.testCase.id, v.testCase.vars])
    )
  })

  test('derives each id from the parent case, category, generator and seed, and fills derivedFrom', () => {
    const { variants } = expandRobustness(input())
    for (const { testCase, meta } of variants) {
      const parent = testCase.derivedFrom!.caseId
      expect(testCase.id).toMatch(
        new RegExp(`^${parent}~${meta.category}\\.${meta.generator}\\.[0-9a-f]{6}$`)
      )
      expect(testCase.derivedFrom!.variant).toBe(`${meta.category}/${meta.generator}`)
    }
    const reseeded = expandRobustness(input({ seed: 2 }))
    const ids = new Set(variants.map(v => v.testCase.id))
    expect(reseeded.variants.some(v => !ids.has(v.testCase.id))).toBe(true)
    expect(new Set(variants.map(v => v.testCase.id)).size).toBe(variants.length)
  })

  test('generates every default category, two variants per case and category by default', () => {
    const { variants, parents } = expandRobustness(input())
    expect(parents).toHaveLength(5)
    expect(variants.some(v => v.meta.category === 'lookalike')).toBe(false)
    for (const category of DEFAULT_CATEGORIES) {
      expect(variants.filter(v => v.meta.category === category)).toHaveLength(10)
    }
  })

  test('keeps expected and every check on benign variants, only form checks on the others', () => {
    const { variants } = expandRobustness(input())
    for (const { testCase, meta } of variants) {
      if (CATEGORY_KIND[meta.category] === 'benign') {
        expect(testCase.expected).toBe('billing')
        expect(testCase.checks.map(c => c.type)).toEqual(['equals', 'is-json', 'max-words'])
      } else {
        expect(testCase.expected).toBeUndefined()
        expect(testCase.checks.map(c => c.type)).toEqual(['is-json', 'max-words'])
      }
    }
  })

  test('perturbs only the configured input variable', () => {
    const { variants } = expandRobustness(input())
    expect(variants.every(v => v.testCase.vars.locale === 'en')).toBe(true)
    const empty = variants.filter(v => v.meta.category === 'empty')
    expect(empty.every(v => !/[\p{L}\p{N}]/u.test(String(v.testCase.vars.ticket)))).toBe(true)
  })

  test('gives each injection and jailbreak a unique payload marker that its text carries', () => {
    const { variants } = expandRobustness(input())
    const marked = variants.filter(v => v.meta.goal === 'marker')
    expect(marked.length).toBeGreaterThan(10)
    expect(new Set(marked.map(v => v.meta.marker)).size).toBe(marked.length)
    // Encoded payloads carry the marker encoded; the model must decode them to follow.
    for (const v of marked.filter(v => !['base64', 'rot13'].includes(v.meta.generator))) {
      expect(String(v.testCase.vars.ticket)).toContain(v.meta.marker)
    }
    const encoded = expandRobustness(
      input({ categories: ['jailbreak'], variantsPerCategory: 9 })
    ).variants.filter(v => v.meta.generator === 'base64')
    expect(encoded).toHaveLength(5)
    for (const v of encoded) {
      const blob = /[A-Za-z0-9+/]{24,}={0,2}/.exec(String(v.testCase.vars.ticket))![0]
      expect(Buffer.from(blob, 'base64').toString('utf8')).toContain(v.meta.marker)
    }
  })

  test('wraps the input in a document of the configured size, and adds an over-context variant when set', () => {
    const { variants } = expandRobustness(input({ longDocumentChars: 5000, overContextChars: 50_000 }))
    const long = variants.filter(v => v.meta.category === 'long')
    const documents = long.filter(v => !v.meta.overContext)
    for (const v of documents) {
      const text = String(v.testCase.vars.ticket)
      expect(text).toContain('I was charged twice')
      expect(text.length).toBeGreaterThanOrEqual(5000)
      expect(text.length).toBeLessThan(5200)
    }
    const over = long.filter(v => v.meta.overContext)
    expect(over).toHaveLength(5)
    expect(String(over[0]!.testCase.vars.ticket).length).toBeGreaterThanOrEqual(50_000)
  })

  test('samples maxCases cases deterministically in PRs and every case when allCases is set', () => {
    const all = cases(12)
    expect(sampleCases(all, 3, 1).map(c => c.id)).toEqual(
      sampleCases([...all].reverse(), 3, 1).map(c => c.id)
    )
    expect(expandRobustness(input({ maxCases: 3 })).parents).toHaveLength(3)
    expect(expandRobustness(input({ maxCases: 3 }, true)).parents).toHaveLength(12)
  })

  test('caps the variants at maxVariants and says how many were cut', () => {
    const expansion = expandRobustness(input({ maxVariants: 7 }))
    expect(expansion.variants).toHaveLength(7)
    expect(expansion.capped).toBe(5 * 2 * DEFAULT_CATEGORIES.length - 7)
    expect(expansion.summary).toContain('7 robustness variants')
    expect(expansion.summary).toContain(`${expansion.capped} more cut by maxVariants 7`)
  })

  test('leaves out competitor attacks when no competitor is configured', () => {
    const { variants } = expandRobustness(
      input({ competitors: [], categories: ['domain'], variantsPerCategory: 6 })
    )
    expect(variants.some(v => v.meta.generator === 'competitor')).toBe(false)
    expect(variants.some(v => v.meta.generator === 'off-topic')).toBe(true)
  })

  test('ships a language corpus of at least 8 languages with CJK and right-to-left scripts', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(8)
    expect(LANGUAGES.some(l => l.script === 'Hans')).toBe(true)
    expect(LANGUAGES.some(l => l.script === 'Jpan')).toBe(true)
    expect(LANGUAGES.some(l => l.rtl)).toBe(true)
  })
})

describe('benign look-alike corpus and the opt-in lookalike category', () => {
  test('the corpus has 100+ prompts over 8+ topics, each with an id, a topic of the config enum and a source note', () => {
    const file = JSON.parse(readFileSync('datasets/robustness/lookalikes.v1.json', 'utf8')) as {
      version: number
      source: string
      categories: string[]
    }
    expect(file.version).toBe(1)
    expect(file.source.length).toBeGreaterThan(40)
    expect(LOOKALIKES.length).toBeGreaterThanOrEqual(100)
    expect(file.categories).toEqual([...LOOKALIKE_TOPICS])
    expect(new Set(LOOKALIKES.map(e => e.category))).toEqual(new Set(LOOKALIKE_TOPICS))
    expect(LOOKALIKE_TOPICS.length).toBeGreaterThanOrEqual(8)
    expect(new Set(LOOKALIKES.map(e => e.id)).size).toBe(LOOKALIKES.length)
    expect(new Set(LOOKALIKES.map(e => e.text)).size).toBe(LOOKALIKES.length)
  })

  test('runs only when named; its variants replace the input with a corpus prompt and keep only form checks', () => {
    const { variants } = expandRobustness(input({ categories: ['lookalike'], variantsPerCategory: 3 }))
    expect(variants).toHaveLength(15)
    const texts = new Map(LOOKALIKES.map(e => [e.id, e.text]))
    for (const { testCase, meta } of variants) {
      expect(meta.kind).toBe('lookalike')
      expect(CATEGORY_KIND[meta.category]).toBe('lookalike')
      expect(testCase.vars.ticket).toBe(texts.get(meta.corpusEntry!))
      expect(LOOKALIKE_TOPICS).toContain(meta.generator)
      expect(testCase.vars.locale).toBe('en')
      expect(testCase.expected).toBeUndefined()
      expect(testCase.checks.map(c => c.type).sort()).toEqual(['is-json', 'max-words'])
    }
    // Three topics per case, in a seeded order: different cases draw different topics.
    expect(new Set(variants.map(v => v.meta.generator)).size).toBeGreaterThan(3)
  })

  test('lookalikeTopics limits the topics drawn from', () => {
    const { variants } = expandRobustness(
      input({ categories: ['lookalike'], lookalikeTopics: ['programming', 'games'], variantsPerCategory: 4 })
    )
    expect(new Set(variants.map(v => v.meta.generator))).toEqual(new Set(['programming', 'games']))
    expect(ROBUSTNESS_CATEGORIES).toContain('lookalike')
  })
})
