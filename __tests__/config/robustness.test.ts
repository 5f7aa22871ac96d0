import { loadConfig } from '../../src/config/load.js'
import { resolveSuites } from '../../src/config/suites.js'
import { memFiles } from '../helpers/repo-files.js'

function loadError(text: string): Error {
  try {
    loadConfig('c.yml', text)
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the config to be rejected')
}

const FILES = memFiles({
  'prompts/a.md': 'Ticket: {{ticket}}',
  'data/a.jsonl': '{"id":"one","vars":{"ticket":"hi"}}\n'
})

function config(extra: string, suiteExtra = ''): string {
  return `version: 1
providers:
  openai:
    type: openai
defaults:
  model: openai/gpt-4o-mini
${extra}
suites:
  - id: a
    prompt: prompts/a.md
    datasets: [data/a.jsonl]
${suiteExtra}
  - id: b
    prompt: prompts/a.md
    datasets: [data/a.jsonl]
`
}

describe('robustness config', () => {
  test('`robustness: {}` on a suite turns robustness on with the defaults', async () => {
    const [a, b] = await resolveSuites(loadConfig('c.yml', config('', '    robustness: {}')), FILES)
    expect(a?.robustness).toEqual({ gates: {}, perCategory: {} })
    expect(b?.robustness).toBeUndefined()
  })

  test('defaults.robustness applies to every suite, overridden key by key, and enabled: false turns it off', async () => {
    const text = config(
      '  robustness:\n    maxCases: 3\n    gates:\n      maxAttackSuccessRate: 0.1\n      minGracefulRate: 0.9',
      '    robustness:\n      seed: 4\n      gates:\n        minGracefulRate: 0.5'
    )
    const [a, b] = await resolveSuites(loadConfig('c.yml', text), FILES)
    expect(a?.robustness).toEqual({
      maxCases: 3,
      seed: 4,
      gates: { maxAttackSuccessRate: 0.1, minGracefulRate: 0.5 },
      perCategory: {}
    })
    expect(b?.robustness?.maxCases).toBe(3)
    const off = await resolveSuites(
      loadConfig('c.yml', config('  robustness: {}', '    robustness:\n      enabled: false')),
      FILES
    )
    expect(off[0]?.robustness).toBeUndefined()
  })

  test('a misspelt key or an unknown category is an error naming file, line and key', async () => {
    const typo = loadError(config('', '    robustness:\n      maxcases: 3'))
    expect(typo.message).toMatch(/c\.yml:\d+/)
    expect(typo.message).toContain('maxcases')
    const category = loadError(config('', '    robustness:\n      categories: [emoji]'))
    expect(category.message).toMatch(/c\.yml:\d+/)
    expect(category.message).toContain('empty')
  })

  test('caps the long-document size at its documented limit', async () => {
    const error = loadError(config('', '    robustness:\n      longDocumentChars: 500000'))
    expect(error.message).toContain('longDocumentChars')
  })

  test('robustness.judge without a top-level judge model is an error naming file, line and key', async () => {
    const error = loadError(config('', '    robustness:\n      judge: true'))
    expect(error.message).toMatch(/c\.yml:1[0-9]/)
    expect(error.message).toContain('robustness.judge is true but no judge model is configured')
    const fromDefaults = loadError(config('  robustness:\n    judge: true'))
    expect(fromDefaults.message).toContain('defaults.robustness.judge')
    const withJudge = loadConfig(
      'c.yml',
      config('', '    robustness:\n      judge: true\n      maxJudgeCalls: 50').replace(
        'suites:',
        'judge:\n  model: openai/gpt-4o-mini\nsuites:'
      )
    )
    expect(withJudge.suites[0]?.robustness).toMatchObject({ judge: true, maxJudgeCalls: 50 })
  })

  test('lookalike is a category of its own; lookalikeTopics are checked against the corpus topics', async () => {
    const ok = loadConfig(
      'c.yml',
      config('', '    robustness:\n      categories: [lookalike]\n      lookalikeTopics: [games]')
    )
    expect(ok.suites[0]?.robustness?.lookalikeTopics).toEqual(['games'])
    const bad = loadError(config('', '    robustness:\n      lookalikeTopics: [poetry]'))
    expect(bad.message).toMatch(/c\.yml:\d+/)
    expect(bad.message).toContain('programming')
  })
})
