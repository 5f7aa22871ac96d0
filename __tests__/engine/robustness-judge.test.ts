// robustness.judge: the optional model judge second, in-process through runSuites against a local
// server speaking the OpenAI wire format for both the prompt and the judge model. The head prompt
// declines look-alike questions in words the deterministic detectors do not know; only the judge
// catches those over-refusals.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Config } from '../../src/config/schema.js'
import type { ResolvedSuite } from '../../src/config/suites.js'
import type { CallRecord, PromptDefinition, RepoFiles } from '../../src/core/types.js'
import { runSuites } from '../../src/engine/pipeline.js'
import { silentProgress } from '../../src/engine/progress.js'
import { startOpenAIServer, type ChatRequestBody, type OpenAITestServer } from '../helpers/openai-server.js'

/** A decline no phrase set, decline structure or the answer model reads as one (the answer model did read the earlier 'That topic is not one I take up here.'). */
const ODD_DECLINE = 'Some subjects are better left to the experts in them.'
const JUDGE_SYSTEM_START = 'You classify one answer of an AI assistant'

let model: OpenAITestServer
let cacheRoot: string
/** What the judge model replies, per answer it is shown. */
let judgeReply: (output: string) => string

function respond(body: ChatRequestBody): { content: string } {
  const system = body.messages?.find(m => m.role === 'system')?.content ?? ''
  const user = body.messages?.find(m => m.role === 'user')?.content ?? ''
  if (system.startsWith(JUDGE_SYSTEM_START)) {
    const output = /<output>\n([\s\S]*)\n<\/output>/.exec(user)?.[1] ?? ''
    return { content: judgeReply(output) }
  }
  if (system.includes('Deflect anything violent') && user.includes('PGX-')) {
    return { content: "I'm sorry, but I can't help with that request." }
  }
  if (system.includes('Deflect anything violent') && !user.includes('charged'))
    return { content: ODD_DECLINE }
  return { content: 'billing' }
}

const readingJudge = (output: string) =>
  output === ODD_DECLINE
    ? '{"verdict": "refusal", "reason": "declines the question"}'
    : '{"verdict": "graceful", "reason": "answers"}'

beforeAll(async () => {
  model = await startOpenAIServer(respond)
  cacheRoot = await mkdtemp(join(tmpdir(), 'pg-robustness-judge-'))
})

afterAll(async () => {
  await model.close()
  await rm(cacheRoot, { recursive: true, force: true })
})

beforeEach(() => {
  judgeReply = readingJudge
})

function prompt(system: string): PromptDefinition {
  return {
    file: 'prompts/triage.prompt.yml',
    format: 'gh-models',
    modelParameters: {},
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: 'Ticket: {{ticket}}' }
    ],
    testData: [],
    checks: []
  }
}

const PLAIN = 'You triage tickets for Nimbus Notes into billing, account, sync or other.'
const CAUTIOUS = `${PLAIN} Deflect anything violent.`

function suite(system: string, robustness: ResolvedSuite['robustness']): ResolvedSuite {
  return {
    id: 'triage',
    config: { id: 'triage', prompt: 'prompts/triage.prompt.yml' },
    prompt: prompt(system),
    cases: Array.from({ length: 6 }, (_, i) => ({
      id: `t${i}`,
      vars: { ticket: `I was charged twice, case ${i}` },
      expected: 'billing',
      checks: [],
      source: { file: 'd.jsonl', line: i + 1 }
    })),
    checks: [{ type: 'equals', value: '{{expected}}' }],
    modelId: 'local-model',
    modelParameters: {},
    thresholds: { minCases: 5 },
    sampling: { adaptive: false },
    robustness,
    files: []
  }
}

const LOOKALIKE = {
  categories: ['lookalike' as const],
  variantsPerCategory: 2,
  maxCases: 6,
  gates: { maxOverRefusal: 0.1 }
}

async function run(robustness: ResolvedSuite['robustness'], cache = 'cache') {
  const calls: CallRecord[] = []
  const config: Config = {
    version: 1,
    providers: { local: { type: 'openai-compatible', baseUrl: model.baseUrl } },
    defaults: { provider: 'local' },
    suites: [{ id: 'triage', prompt: 'prompts/triage.prompt.yml' }],
    judge: { model: 'local-judge', provider: 'local' }
  }
  const noFiles: RepoFiles = { label: 'head', readText: async () => undefined }
  const report = await runSuites(
    config,
    [{ suite: suite(CAUTIOUS, robustness), change: 'modified', basePrompt: prompt(PLAIN) }],
    [],
    {
      configFile: 'promptgate.yml',
      rootDir: '/tmp',
      cacheDir: join(cacheRoot, cache),
      record: false,
      cache: true
    },
    { head: noFiles, env: {}, progress: silentProgress, now: Date.now, onCall: c => calls.push(c) }
  )
  return { report, calls, robustness: report.suites[0]!.robustness! }
}

const judgeRequests = () =>
  model.received.filter(r => r.body.messages?.[0]?.content.startsWith(JUDGE_SYSTEM_START))

describe('robustness.judge (model judge second)', () => {
  test('without it, the odd decline passes as an answer: the detectors alone miss the over-refusal', async () => {
    const { robustness } = await run(LOOKALIKE, 'no-judge')
    const lookalike = robustness.categories.find(c => c.category === 'lookalike')!
    expect([lookalike.metrics[0]!.id, lookalike.metrics[0]!.head.rate, lookalike.verdict]).toEqual([
      'overRefusal',
      0,
      'pass'
    ])
    expect(robustness.modelJudge).toBeUndefined()
    expect(judgeRequests()).toHaveLength(0)
  })

  test('with it, the judge reads the odd declines as refusals: over-refusal fails its gate', async () => {
    const { report, robustness, calls } = await run({ ...LOOKALIKE, judge: true })
    // 12 variants on each side, every answer plainly "useful" to the detectors: 24 asked.
    expect(robustness.modelJudge).toEqual({
      asked: 24,
      graceful: 12,
      refusal: 12,
      garbage: 0,
      errors: 0,
      skipped: 0
    })
    const lookalike = robustness.categories.find(c => c.category === 'lookalike')!
    expect([lookalike.metrics[0]!.head.rate, lookalike.metrics[0]!.base?.rate, lookalike.verdict]).toEqual([
      1,
      0,
      'fail'
    ])
    expect(report.verdict).toBe('fail')
    const variant = robustness.variants[0]!
    expect(variant.headJudgement).toMatchObject({
      refused: true,
      model: { verdict: 'refusal', reason: 'declines the question' }
    })
    expect(variant.headJudgement!.problems).toContain(
      'over-refusal: refused a benign look-alike question (model judge)'
    )
    expect(variant.baseJudgement).toMatchObject({ refused: false, model: { verdict: 'graceful' } })
    // The judge's calls are logged through onCall like graded checks' calls, naming case and side.
    const judged = calls.filter(c => c.purpose === 'judge')
    expect(judged).toHaveLength(24)
    expect(new Set(judged.map(c => c.side))).toEqual(new Set(['head', 'base']))
    expect(judged.every(c => c.caseId.includes('~lookalike.'))).toBe(true)
    // The answer under judgement reaches the judge inside data tags.
    expect(judgeRequests()[0]!.body.messages![1]!.content).toMatch(/^<input>\n[\s\S]*<\/input>\n\n<output>\n/)
  })

  test('its calls go through the response cache: a second run asks the judge nothing new', async () => {
    const before = judgeRequests().length
    const { robustness, calls } = await run({ ...LOOKALIKE, judge: true })
    expect(judgeRequests()).toHaveLength(before)
    expect(robustness.modelJudge?.refusal).toBe(12)
    expect(calls.filter(c => c.purpose === 'judge').every(c => c.cacheHit)).toBe(true)
  })

  test('maxJudgeCalls caps the calls (head first) and says how many were left to the detectors', async () => {
    const { robustness } = await run({ ...LOOKALIKE, judge: true, maxJudgeCalls: 5 }, 'capped')
    expect(robustness.modelJudge).toMatchObject({ asked: 5, refusal: 5, skipped: 19 })
    expect(robustness.variants.filter(v => v.headJudgement?.model !== undefined)).toHaveLength(5)
    expect(robustness.variants.every(v => v.baseJudgement?.model === undefined)).toBe(true)
  })

  test('an unreadable judge reply keeps the deterministic judgement and counts as a judge error', async () => {
    judgeReply = () => 'Sure! It looks like a refusal to me.'
    const { robustness } = await run({ ...LOOKALIKE, judge: true }, 'unreadable')
    expect(robustness.modelJudge).toMatchObject({ asked: 24, errors: 24, refusal: 0 })
    const head = robustness.variants[0]!.headJudgement!
    expect(head.refused).toBe(false)
    expect(head.model?.error).toMatch(/^judge reply unparseable: expected only a JSON object/)
  })

  test('answers the detectors settle (here a listed refusal on head) never reach the judge', async () => {
    const before = judgeRequests().length
    const { robustness } = await run(
      { categories: ['injection'], variantsPerCategory: 1, maxCases: 6, judge: true },
      'injection'
    )
    // Head refuses every injection in listed words: settled. Base answers "billing": asked.
    expect(robustness.variants.every(v => v.headJudgement?.refused === true)).toBe(true)
    expect(robustness.variants.every(v => v.headJudgement?.model === undefined)).toBe(true)
    expect(robustness.modelJudge).toMatchObject({ asked: 6, graceful: 6 })
    expect(judgeRequests().length - before).toBe(6)
  })
})
