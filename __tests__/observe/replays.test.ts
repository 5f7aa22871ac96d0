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

  it('gives a call that failed after its retries the time it took (its backoff and its last attempt apart), its last status and its retries', async () => {
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
      // Its time, split as an answer's: the first attempt and the backoff before the last one, and that one.
      const wait = line.attributes['promptgate.retry.wait_ms'] as number
      const last = line.attributes['promptgate.retry.last_attempt_ms'] as number
      expect(wait).toBeGreaterThanOrEqual(50)
      expect(last).toBeGreaterThanOrEqual(50)
      // The run times the whole call on a millisecond clock, the HTTP client its attempts on a finer one.
      expect(wait + last).toBeLessThanOrEqual((line.durationMs as number) + 1)
    }
    const insights = await runObserve(['insights', join(project.root, '.promptgate/calls.jsonl')])
    expect(insights.stdout).toMatch(/2 failed calls took [\d,]+ ms before giving up/)
  })

  it('names the server each call went to, and marks streamed requests', async () => {
    const config = await readFile(configPath(), 'utf8')
    await writeFile(configPath(), config.replace('    maxRetries: 0', '    maxRetries: 0\n    stream: true'))
    expect((await runPromptgate(project.root, ['run'])).code).toBe(0)
    const { hostname, port } = new URL(model.baseUrl)
    const streamed = await callLines()
    // One id per call, UUID-shaped; the next run's ids differ.
    expect(new Set(streamed.map(l => l.id)).size).toBe(streamed.length)
    for (const line of streamed)
      expect(line.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    for (const line of streamed) {
      expect(line.attributes).toMatchObject({
        'server.address': hostname,
        'server.port': Number(port),
        'gen_ai.request.stream': true
      })
    }
    // Without stream: the flag is absent, the server still named.
    await writeFile(configPath(), config)
    expect((await runPromptgate(project.root, ['run'])).code).toBe(0)
    const plain = await callLines()
    expect(plain.some(l => streamed.some(s => s.id === l.id))).toBe(false)
    for (const line of plain) {
      expect(line.attributes['gen_ai.request.stream']).toBeUndefined()
      expect(line.attributes['server.port']).toBe(Number(port))
    }
  })

  it('marks cassette replays as replays: free, no latency, no server, counted apart by insights', async () => {
    await configure({})
    const config = await readFile(configPath(), 'utf8')
    await writeFile(
      configPath(),
      config
        .replace(
          '    maxRetries: 0\n',
          '    maxRetries: 0\n  recorded:\n    type: replay\n    cassette: evals/cassette.jsonl\n'
        )
        .replace('defaults:\n', 'defaults:\n  provider: recorded\n')
    )
    const recording = await runPromptgate(project.root, ['run', '--record'])
    expect(recording.stderr).toBe('')
    expect(recording.code).toBe(0)
    const recorded = await callLines()
    for (const line of recorded) expect(line.attributes['promptgate.replayed_from']).toBeUndefined()

    const requests = model.received.length
    const replay = await runPromptgate(project.root, ['run'])
    expect(replay.code).toBe(0)
    expect(model.received.length).toBe(requests)
    const lines = await callLines()
    expect(lines).toHaveLength(SEED_CASES.length)
    for (const line of lines) {
      expect(line.attributes).toMatchObject({
        'promptgate.provider.type': 'replay',
        'promptgate.replayed_from': 'cassette',
        'promptgate.cost.usd': 0,
        'promptgate.retries': 0
      })
      expect(line.durationMs).toBe(0)
      expect(line.attributes['server.address']).toBeUndefined()
      expect(line.attributes['gen_ai.output.messages']).toBeDefined()
    }

    const insights = await runObserve(['insights', join(project.root, '.promptgate/calls.jsonl')])
    expect(insights.code).toBe(0)
    expect(insights.stdout).toContain('2 replayed (2 from a cassette)')
    expect(insights.stdout).toContain('no timed calls')
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
