// The five comments issue 10 asks for, built the way the engine builds them: samples → decideSuite →
// decideOverall → report. Nothing here is hand-written verdict text, so the snapshots show what a
// reviewer would really read.
import type { CaseReport, RunReport, SamplingSpend, SuiteReport } from '../../src/core/report.js'
import type { CheckResult, SampleResult, VersionSide, Violation } from '../../src/core/types.js'
import type { Thresholds } from '../../src/config/schema.js'
import { flipOf, pairCases } from '../../src/stats/compare.js'
import { decideOverall, decideSuite, type DecideInput } from '../../src/stats/verdict.js'
import { report } from './reports.js'

const QUESTIONS = [
  'Where is my order?',
  'How do I reset my password?',
  'Can I get a refund for a late delivery?',
  'Is your plan cheaper than Globex?',
  'How does your product compare with Initech?',
  'What are your opening hours?',
  'Can I change my shipping address?',
  'Do you ship to Canada?'
]

interface CaseOutcome {
  pass: boolean
  /** Check ids that fail on this sample. */
  failing?: string[]
  /** Forbidden term the answer names. */
  leaks?: string
  error?: { message: string; httpStatus?: number; retries: number }
  output?: string
}

type Outcomes = (i: number, side: VersionSide, repeat: number) => CaseOutcome

const caseId = (i: number): string => `case-${String(i).padStart(2, '0')}`

function violation(term: string): Violation {
  return {
    validator: 'forbidden-terms',
    severity: 'high',
    span: { start: 10, end: 10 + term.length },
    text: term,
    message: `mentions forbidden term "${term}"`
  }
}

function sampleOf(i: number, side: VersionSide, repeat: number, o: CaseOutcome): SampleResult {
  if (o.error) {
    return {
      caseId: caseId(i),
      side,
      repeat,
      error: o.error.message,
      errorStatus: {
        ...(o.error.httpStatus ? { httpStatus: o.error.httpStatus } : {}),
        retries: o.error.retries
      },
      cacheHit: false,
      checks: [],
      pass: false,
      score: 0,
      messages: []
    }
  }
  const failing = new Set(o.failing ?? (o.pass ? [] : ['is-json']))
  const checks: CheckResult[] = ['is-json', 'tone'].map(id => ({
    id,
    type: id === 'is-json' ? 'is-json' : 'llm-rubric',
    status: 'ok',
    pass: !failing.has(id),
    score: failing.has(id) ? 0 : 1,
    reason: failing.has(id)
      ? id === 'is-json'
        ? 'not valid JSON: Unexpected end of input'
        : 'Judge score 0.20 < 0.50'
      : 'ok'
  }))
  checks.push({
    id: 'rails#0',
    type: 'rails',
    status: 'ok',
    pass: !o.leaks,
    score: o.leaks ? 0 : 1,
    reason: o.leaks ? `1 violation: forbidden-terms ×1 (high)` : 'no violations',
    ...(o.leaks ? { violations: [violation(o.leaks)] } : { violations: [] })
  })
  const pass = checks.every(c => c.pass)
  return {
    caseId: caseId(i),
    side,
    repeat,
    output:
      o.output ??
      (o.leaks
        ? `{"answer": "Unlike ${o.leaks}, our plan includes support."}`
        : pass
          ? `{"answer": "Thanks for asking! Here is how: step one, step two."}`
          : `{"answer": "Sorry, I cannot help`),
    call: {
      latencyMs: 800 + ((i * 37) % 400),
      httpStatus: 200,
      retries: 0,
      usage: { inputTokens: 300, outputTokens: 150 }
    },
    cacheHit: side === 'base',
    checks,
    pass,
    score: pass ? 1 : 0,
    messages: []
  }
}

interface Scenario {
  cases: number
  repeats?: { base: number; head: number }
  outcomes: Outcomes
  thresholds?: Thresholds
  sampling?: SamplingSpend
  look?: DecideInput['look']
}

function caseReports(n: number, base: SampleResult[], head: SampleResult[]): CaseReport[] {
  const pairs = new Map(pairCases(base, head).map(p => [p.caseId, p]))
  const rate = (xs: SampleResult[]) => {
    const done = xs.filter(s => s.error === undefined)
    return done.length ? done.filter(s => s.pass).length / done.length : undefined
  }
  return Array.from({ length: n }, (_, i) => {
    const id = caseId(i)
    const h = head.filter(s => s.caseId === id)
    const b = base.filter(s => s.caseId === id)
    const pair = pairs.get(id)
    const headPassRate = rate(h)
    const basePassRate = rate(b)
    return {
      id,
      vars: { question: QUESTIONS[i % QUESTIONS.length] ?? '', customer: `#${1000 + i}` },
      source: { file: 'datasets/support.jsonl', line: i + 1 },
      head: h,
      base: b,
      ...(headPassRate !== undefined ? { headPassRate } : {}),
      ...(basePassRate !== undefined ? { basePassRate } : {}),
      ...(pair ? { flip: flipOf(pair) } : {})
    }
  })
}

function suiteReport(s: Scenario): SuiteReport {
  const base: SampleResult[] = []
  const head: SampleResult[] = []
  const reps = s.repeats ?? { base: 1, head: 1 }
  for (let i = 0; i < s.cases; i++) {
    for (let r = 0; r < reps.base; r++) base.push(sampleOf(i, 'base', r, s.outcomes(i, 'base', r)))
    for (let r = 0; r < reps.head; r++) head.push(sampleOf(i, 'head', r, s.outcomes(i, 'head', r)))
  }
  const d = decideSuite({
    base,
    head,
    thresholds: s.thresholds ?? {},
    change: 'modified',
    modelName: 'gpt-4o-mini',
    // The scenario's provider is of type openai: OpenAI's list prices apply.
    priceVendor: 'openai',
    ...(s.look ? { look: s.look } : {})
  })
  return {
    id: 'support',
    change: 'modified',
    promptFile: 'prompts/support.prompt.yml',
    model: 'openai/gpt-4o-mini',
    provider: 'openai',
    verdict: d.verdict,
    reason: d.reason,
    ...(d.needs ? { needs: d.needs } : {}),
    causes: d.causes,
    contributors: d.contributors,
    failures: d.failures,
    ...(s.sampling ? { sampling: s.sampling } : {}),
    head: d.head,
    ...(d.base ? { base: d.base } : {}),
    ...(d.comparison ? { comparison: d.comparison } : {}),
    budgets: d.budgets,
    cases: caseReports(s.cases, base, head),
    unsupportedChecks: [],
    calls: {
      made: head.length,
      cached: base.length,
      failed: head.filter(x => x.error).length,
      adaptiveExtra: s.sampling?.extraCalls ?? 0,
      saved: base.length
    }
  }
}

function runReport(s: Scenario): RunReport {
  const suite = suiteReport(s)
  const overall = decideOverall([suite])
  return report({ verdict: overall.verdict, reason: overall.reason, suites: [suite] })
}

const spend = (
  extraCalls: number,
  looks: number,
  stoppedBecause: SamplingSpend['stoppedBecause']
): SamplingSpend => ({
  extraCalls,
  extraCostUsd: extraCalls * 0.000135,
  looks,
  maxLooks: 4,
  budgetCalls: 1720,
  budgetUsd: 0.5,
  stoppedBecause,
  deterministicCases: 0,
  safetyWatchedCases: 2
})

/** 43 cases; head breaks the JSON format on 25 cases that base answered well. */
export function regressionScenario(): RunReport {
  return runReport({
    cases: 43,
    outcomes: (i, side) => ({ pass: side === 'base' ? i < 36 : i < 11 || (i >= 36 && i < 38) })
  })
}

/** Only case 04 changes: it already failed `tone` on base, and head also names a competitor. */
export function safetyOnFailingCaseScenario(): RunReport {
  return runReport({
    cases: 43,
    outcomes: (i, side) =>
      i === 4
        ? { pass: false, failing: ['tone'], ...(side === 'head' ? { leaks: 'Initech' } : {}) }
        : i === 3 && side === 'head'
          ? { pass: true, leaks: 'Globex' }
          : { pass: i % 9 !== 8 }
  })
}

/** Every head call failed with HTTP 503 after 3 retries; base came from the cache. */
export function providerOutageScenario(): RunReport {
  return runReport({
    cases: 43,
    outcomes: (i, side) =>
      side === 'head'
        ? {
            pass: false,
            error: {
              message: 'openai: HTTP 503 Service Unavailable (after 3 retries)',
              httpStatus: 503,
              retries: 3
            }
          }
        : { pass: i % 9 !== 8 }
  })
}

/** A rewording that changes nothing: three repeats per side after sampling, decided at look 3. */
export function harmlessPassScenario(): RunReport {
  return runReport({
    cases: 43,
    repeats: { base: 12, head: 12 },
    outcomes: (i, _side, r) => ({ pass: i % 9 !== 8 || r % 3 === 0 }),
    look: { index: 2, of: 4 },
    sampling: spend(946, 3, 'decided')
  })
}

/** A few flips both ways on one run per side (a replay provider: no extra calls): cannot rule out a drop. */
export function inconclusiveScenario(): RunReport {
  return runReport({
    cases: 40,
    outcomes: (i, side) => ({ pass: side === 'base' ? i < 34 : (i < 34 && i >= 3) || i === 35 })
  })
}
