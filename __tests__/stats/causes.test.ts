import type { SampleResult } from '../../src/core/types.js'
import { caseContributions, describeFailure, failureGroups } from '../../src/stats/causes.js'
import { decideOverall, decideSuite } from '../../src/stats/verdict.js'
import { run, sample } from './helpers.js'

const failed = (
  caseId: string,
  httpStatus: number | undefined,
  retries: number,
  error: string
): SampleResult => ({
  ...sample(caseId, 'head', false, { error }),
  errorStatus: { ...(httpStatus !== undefined ? { httpStatus } : {}), retries }
})

describe('failureGroups', () => {
  it('groups failed calls by how they failed, from the error samples’ status and retries', () => {
    const groups = failureGroups([
      failed('a', 503, 3, 'openai: HTTP 503'),
      failed('b', 503, 2, 'openai: HTTP 503'),
      failed('c', 429, 3, 'openai: HTTP 429'),
      failed('d', undefined, 0, 'openai: call timed out (the run aborted it)'),
      sample('e', 'head', true)
    ])
    expect(groups.map(g => [g.kind, g.samples])).toEqual([
      ['unavailable', 2],
      ['throttled', 1],
      ['timeout', 1]
    ])
    expect(groups.map(describeFailure)).toEqual([
      'provider unavailable (HTTP 503 after 3 retries)',
      'provider throttled the calls (HTTP 429 after 3 retries)',
      'calls timed out'
    ])
  })
})

describe('caseContributions', () => {
  it('lists a new violation on an already-failing case, and orders safety before flips', () => {
    const base = run('base', 20, i => i !== 5)
    const head = run(
      'head',
      20,
      i => i !== 5 && i !== 9,
      i => ({ violation: i === 5 })
    )
    const list = caseContributions({ base, head, failedBudgets: [] })
    expect(list.map(c => [c.caseId, c.kind])).toEqual([
      ['c5', 'new-safety-violation'],
      ['c9', 'regressed']
    ])
  })
})

describe('headline causes', () => {
  it('a safety-only fail names the validator and the case count, not just the suite', () => {
    const base = run('base', 20, 20)
    const head = run('head', 20, 20, i => ({ violation: i === 3 }))
    const d = decideSuite({ base, head, thresholds: {}, change: 'modified' })
    expect(decideOverall([{ id: 'support', verdict: d.verdict, causes: d.causes }]).reason).toBe(
      'support: head trips pii in 1 case that base answered cleanly.'
    )
  })

  it('says when provider trouble shaped an inconclusive result', () => {
    const base = run('base', 40, 40)
    const head = [
      ...run('head', 30, 30),
      ...Array.from({ length: 10 }, (_, i) => failed(`c${30 + i}`, 503, 3, 'HTTP 503'))
    ]
    const d = decideSuite({ base, head, thresholds: {}, change: 'modified' })
    expect(d.verdict).toBe('inconclusive')
    const o = decideOverall([{ id: 'support', verdict: d.verdict, causes: d.causes }])
    expect(o.reason).toMatch(/ Provider trouble shaped the result of support\.$/)
    expect(d.reason).toMatch(
      /10 of 40 head samples failed or could not be judged: provider unavailable \(HTTP 503 after 3 retries\)\.$/
    )
  })

  it('a deleted suite is skipped by decideSuite with its file named', () => {
    const d = decideSuite({ head: [], thresholds: {}, change: 'deleted', promptFile: 'prompts/old.md' })
    expect(d.verdict).toBe('skipped')
    expect(d.reason).toBe('The prompt prompts/old.md was deleted in this change; nothing to evaluate.')
  })
})
