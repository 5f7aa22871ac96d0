// What the call log says about calls that were not simply made: a call that got through only after
// a 429 and its retry-after (retries and the wait), and answers replayed from the response cache or
// a stored baseline (free in this run, with what they cost when first made) — through the CLI,
// against a local OpenAI-compatible server, read back by `promptgate insights`.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CallLine } from '../../src/observe/format.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { runObserve, runPromptgate, supportProject, SEED_CASES, type Project } from './project.js'

let model: OpenAITestServer
let project: Project

beforeAll(async () => {
  model = await startOpenAIServer(() => ({ content: 'We are open 9 to 5.' }))
})
afterAll(async () => {
  await model.close()
})
beforeEach(async () => {
  project = await supportProject(model.baseUrl)
})
afterEach(async () => {
  model.setResponder(() => ({ content: 'We are open 9 to 5.' }))
  await project.remove()
})

const configPath = () => join(project.root, '.github/promptgate.yml')

/** The project's config with retries, the response cache and a price for the local model. */
async function configure(edit: { retries?: number; cache?: boolean }): Promise<void> {
  const text = await readFile(configPath(), 'utf8')
  await writeFile(
    configPath(),
    text
      .replace('maxRetries: 0', `maxRetries: ${edit.retries ?? 0}`)
      .replace('cache: false', `cache: ${edit.cache ?? false}`) +
      ['prices:', '  acme/support-1:', '    inputPerMillion: 100', '    outputPerMillion: 200', ''].join('\n')
  )
}

async function callLines(): Promise<CallLine[]> {
  return (await readFile(join(project.root, '.promptgate/calls.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as CallLine)
}

describe('the call log of retried and replayed calls', () => {
  it('records the retries and the retry-after wait of a call that got through after a 429', async () => {
    await configure({ retries: 2 })
    const seen = new Set<string>()
    // Every question is refused once with 429 and `retry-after: 1` (seconds), then answered.
    model.setResponder(body => {
      const question = body.messages?.at(-1)?.content ?? ''
      if (seen.has(question)) return { content: 'We are open 9 to 5.' }
      seen.add(question)
      return {
        status: 429,
        content: 'Rate limit reached',
        errorType: 'requests',
        headers: { 'retry-after': '1' }
      }
    })
    const run = await runPromptgate(project.root, ['run'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    const lines = await callLines()
    expect(lines).toHaveLength(SEED_CASES.length)
    for (const line of lines) {
      expect(line.attributes['promptgate.retries']).toBe(1)
      expect(line.attributes['promptgate.retry.rate_limited']).toBe(1)
      // The server asked for a second; the client waited at least that long before the second attempt.
      const wait = line.attributes['promptgate.retry.wait_ms'] as number
      expect(wait).toBeGreaterThanOrEqual(1000)
      // The line's duration is the whole call: the wait plus the answering attempt.
      expect(line.durationMs).toBeGreaterThanOrEqual(wait)
    }

    const insights = await runObserve(['insights', join(project.root, '.promptgate/calls.jsonl')])
    expect(insights.code).toBe(0)
    expect(insights.stdout).toMatch(
      /Backoff: 2 calls retried \(2 rate-limited\), [\d,]+ ms lost to failed attempts and backoff/
    )
  })

  it('gives a call that failed after its retries the time it took, its last status and its retries', async () => {
    await configure({ retries: 1 })
    model.setResponder(() => ({ status: 503, content: 'Service unavailable', delayMs: 50 }))
    const run = await runPromptgate(project.root, ['run'])
    expect(run.code).not.toBe(0)
    const lines = await callLines()
    expect(lines).toHaveLength(SEED_CASES.length)
    for (const line of lines) {
      expect(line.attributes).toMatchObject({
        'error.type': '503',
        'http.response.status_code': 503,
        'promptgate.retries': 1
      })
      // Two attempts of at least 50 ms each: the line lasts as long as the call did.
      expect(line.durationMs).toBeGreaterThanOrEqual(100)
    }
    const insights = await runObserve(['insights', join(project.root, '.promptgate/calls.jsonl')])
    expect(insights.stdout).toMatch(/2 failed calls took [\d,]+ ms before giving up/)
  })

  it('marks response-cache replays as free and says what they cost when first made', async () => {
    await configure({ cache: true })
    expect((await runPromptgate(project.root, ['run'])).code).toBe(0)
    const first = await callLines()
    const firstCost = first.map(l => l.attributes['promptgate.cost.usd'] as number)
    for (const cost of firstCost) expect(cost).toBeGreaterThan(0)
    expect(first.every(l => l.attributes['promptgate.replayed_from'] === undefined)).toBe(true)

    const requests = model.received.length
    // Each run writes its own log over the last one.
    expect((await runPromptgate(project.root, ['run'])).code).toBe(0)
    expect(model.received.length).toBe(requests)
    const second = await callLines()
    expect(second).toHaveLength(first.length)
    for (const line of second) {
      expect(line.attributes).toMatchObject({
        'promptgate.cache.hit': true,
        'promptgate.replayed_from': 'cache',
        'promptgate.cost.usd': 0,
        'promptgate.retries': 0
      })
      expect(line.durationMs).toBe(0)
    }
    const saved = second.map(l => l.attributes['promptgate.cost.saved_usd'] as number).sort()
    expect(saved).toEqual([...firstCost].sort())

    const insights = await runObserve(['insights', join(project.root, '.promptgate/calls.jsonl')])
    const total = firstCost.reduce((a, b) => a + b, 0)
    expect(insights.stdout).toContain(
      `2 replayed (2 from the response cache), saving $${Number(total.toPrecision(3))}`
    )
  })

  it('logs a stored baseline’s samples as replays with the cost they had when recorded', async () => {
    await configure({})
    const stored = await runPromptgate(project.root, ['baseline', '--baseline', '.promptgate/baseline.json'])
    expect(stored.stderr).toContain('baseline written to')
    expect(stored.code).toBe(0)
    const recorded = await callLines()
    const recordedCost = recorded.map(l => l.attributes['promptgate.cost.usd'] as number)

    const requests = model.received.length
    const run = await runPromptgate(project.root, ['run', '--baseline', '.promptgate/baseline.json'])
    // Two cases cannot show an unchanged prompt is no worse: inconclusive (4) is the honest verdict.
    expect(run.stderr).toBe('')
    expect([0, 4]).toContain(run.code)
    const lines = await callLines()
    const replays = lines.filter(l => l.attributes['promptgate.replayed_from'] === 'baseline')
    // The head side ran; the base side came from the baseline without a call.
    expect(model.received.length - requests).toBe(SEED_CASES.length)
    expect(replays).toHaveLength(SEED_CASES.length)
    for (const line of replays) {
      expect(line.attributes).toMatchObject({
        'promptgate.side': 'base',
        'promptgate.cost.usd': 0,
        'promptgate.cache.hit': false,
        'promptgate.accepted': true
      })
      expect(line.durationMs).toBe(0)
      expect(line.attributes['gen_ai.output.messages']).toBeDefined()
    }
    expect(replays.map(l => l.attributes['promptgate.cost.saved_usd']).sort()).toEqual(
      [...recordedCost].sort()
    )
    expect(new Set(replays.map(l => l.attributes['promptgate.case.id']))).toEqual(
      new Set(SEED_CASES.map(c => c.id))
    )

    const insights = await runObserve(['insights', join(project.root, '.promptgate/calls.jsonl')])
    expect(insights.stdout).toContain('2 made')
    expect(insights.stdout).toContain('2 replayed (2 from a stored baseline)')
  })
})
