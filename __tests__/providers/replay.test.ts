import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SourceError } from '../../src/core/errors.js'
import type { CompletionRequest, CompletionResult, Provider } from '../../src/core/types.js'
import { ProviderError } from '../../src/core/types.js'
import {
  Cassette,
  CassetteRecorder,
  ReplayProvider,
  cassetteKey,
  parseCassette,
  type CassetteFiles
} from '../../src/providers/replay.js'
import { createProviders } from '../../src/providers/registry.js'
import type { RoutingConfig } from '../../src/providers/routing.js'
import { startOpenAIServer } from '../helpers/openai-server.js'

const request = (content: string, overrides: Partial<CompletionRequest> = {}): CompletionRequest => ({
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content }
  ],
  parameters: { temperature: 0 },
  ...overrides
})

/** An in-memory file system for cassettes. */
function memoryFiles(
  initial: Record<string, string> = {}
): CassetteFiles & { files: Record<string, string> } {
  const files = { ...initial }
  return {
    files,
    read: async path => files[path],
    write: async (path, text) => {
      files[path] = text
    }
  }
}

/** A provider answering from a function, with controllable completion order. */
function scriptedProvider(
  answer: (request: CompletionRequest) => string,
  delays: Record<string, number> = {}
) {
  const calls: CompletionRequest[] = []
  const provider: Provider = {
    name: 'real',
    kind: 'openai',
    async complete(request) {
      calls.push(request)
      const text = answer(request)
      const last = request.messages.at(-1)?.content ?? ''
      await new Promise(resolve => setTimeout(resolve, delays[last] ?? 0))
      return {
        text,
        latencyMs: 840,
        ttftMs: 120,
        modelVersion: 'gpt-4o-mini-2024-07-18',
        httpStatus: 200,
        retries: 1
      }
    }
  }
  return { provider, calls }
}

describe('cassetteKey', () => {
  it('is the same for equal requests and differs by repeat, message, parameter, format and model', () => {
    const base = cassetteKey(request('hi'), 0)
    expect(cassetteKey(request('hi'), 0)).toBe(base)
    expect(cassetteKey(request('hi', { stream: true }), 0)).toBe(base)
    expect(cassetteKey(request('hi', { responseFormat: { type: 'text' } }), 0)).toBe(base)
    const variants = [
      cassetteKey(request('hi'), 1),
      cassetteKey(request('hi!'), 0),
      cassetteKey(request('hi', { parameters: { temperature: 0.5 } }), 0),
      cassetteKey(request('hi', { responseFormat: { type: 'json_object' } }), 0),
      cassetteKey(request('hi', { model: 'gpt-4o' }), 0)
    ]
    expect(new Set([base, ...variants]).size).toBe(6)
  })
})

describe('CassetteRecorder and ReplayProvider', () => {
  it('records calls in a key-sorted file that does not depend on completion order', async () => {
    const write = async (delays: Record<string, number>): Promise<string> => {
      const files = memoryFiles()
      const cassette = await Cassette.load('/c.jsonl', 'c.jsonl', { mustExist: false, files })
      const { provider } = scriptedProvider(r => `answer to ${r.messages.at(-1)?.content}`, delays)
      const recorder = new CassetteRecorder(provider, cassette)
      await Promise.all(['a', 'b', 'c'].map(content => recorder.complete(request(content), { repeat: 0 })))
      await recorder.close()
      return files.files['/c.jsonl'] as string
    }
    const first = await write({ a: 30, b: 0, c: 15 })
    const second = await write({ a: 0, b: 30, c: 5 })
    expect(second).toBe(first)
    const lines = first.trim().split('\n')
    expect(lines).toHaveLength(3)
    const entry = JSON.parse(lines[0] as string) as { request: unknown; result: CompletionResult }
    expect(Object.keys(entry)).toEqual(['key', 'request', 'result'])
    expect(entry.result.latencyMs).toBe(840)
  })

  it('makes one call for identical requests recorded concurrently', async () => {
    const cassette = await Cassette.load('/c.jsonl', 'c.jsonl', { mustExist: false, files: memoryFiles() })
    const { provider, calls } = scriptedProvider(() => 'same', { x: 10 })
    const recorder = new CassetteRecorder(provider, cassette)
    const [one, two] = await Promise.all([recorder.complete(request('x')), recorder.complete(request('x'))])
    expect(calls).toHaveLength(1)
    expect(two).toEqual(one)
  })

  it('replays what was recorded, original latency included, and keeps earlier entries on re-record', async () => {
    const files = memoryFiles()
    const recording = await Cassette.load('/c.jsonl', 'c.jsonl', { mustExist: false, files })
    const { provider } = scriptedProvider(r => `answer ${r.messages.at(-1)?.content}`)
    const recorded = await new CassetteRecorder(provider, recording).complete(request('q'), { repeat: 2 })
    await recording.flush()

    const replaying = await Cassette.load('/c.jsonl', 'c.jsonl', { mustExist: true, files })
    const replayed = await new ReplayProvider('tape', replaying).complete(request('q'), { repeat: 2 })
    // The same result, marked as a replay so the call log does not count it as a model call.
    expect(recorded.replayedFrom).toBeUndefined()
    expect(replayed).toEqual({ ...recorded, replayedFrom: 'cassette' })
    expect(replayed.latencyMs).toBe(840)

    const again = await Cassette.load('/c.jsonl', 'c.jsonl', { mustExist: true, files })
    await new CassetteRecorder(provider, again).complete(request('other'))
    await again.flush()
    expect(parseCassette(files.files['/c.jsonl'] as string, 'c.jsonl').size).toBe(2)
  })

  it('fails a miss naming the model, the cassette and --record', async () => {
    const cassette = await Cassette.load('/c.jsonl', 'tests/tape.jsonl', {
      mustExist: false,
      files: memoryFiles()
    })
    const error = await new ReplayProvider('tape', cassette)
      .complete(request('never recorded'), { repeat: 1 })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProviderError)
    expect((error as Error).message).toBe(
      'tape: no recorded response in tests/tape.jsonl for model "gpt-4o-mini" (repeat 1, 2 messages): the prompt, ' +
        'case, parameters or model changed since recording. Re-record with `promptgate run --record`, or set ' +
        'providers.tape.onMiss: passthrough to call the real provider on a miss.'
    )
  })

  it('calls the real provider on a miss when onMiss is passthrough', async () => {
    const cassette = await Cassette.load('/c.jsonl', 'c.jsonl', { mustExist: false, files: memoryFiles() })
    const { provider, calls } = scriptedProvider(() => 'live')
    const replay = new ReplayProvider('tape', cassette, { onMiss: 'passthrough', passthrough: provider })
    expect((await replay.complete(request('new'))).text).toBe('live')
    expect(calls).toHaveLength(1)
  })

  it('refuses to replay from a missing cassette and a corrupt line with file and line number', async () => {
    const missing = await Cassette.load('/none.jsonl', 'none.jsonl', {
      mustExist: true,
      files: memoryFiles()
    })
    expect(missing.missing).toContain(
      'Cassette none.jsonl does not exist. Record it with `promptgate run --record`'
    )
    // Only a run that replays through it fails: a call reports the missing file.
    const replay = new ReplayProvider('tape', missing)
    expect(replay.unavailable).toBe(missing.missing)
    await expect(
      replay.complete({ model: 'm', messages: [{ role: 'user', content: 'hi' }], parameters: {} })
    ).rejects.toThrow('Cassette none.jsonl does not exist')
    expect(() =>
      parseCassette('{"key":"k","request":{},"result":{"text":"a","latencyMs":1}}\n{"key":1}\n', 'c.jsonl')
    ).toThrow('c.jsonl:2: not a cassette entry')
  })
})

describe('the cassette path', () => {
  it('must stay inside the repository: ../, an absolute path elsewhere and a symlink out are refused, naming the key', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'pg-cassette-root-'))
    const outside = mkdtempSync(join(tmpdir(), 'pg-cassette-outside-'))
    try {
      writeFileSync(join(outside, 'tape.jsonl'), '')
      symlinkSync(outside, join(repo, 'tapes'))
      for (const cassette of ['../tape.jsonl', join(outside, 'tape.jsonl'), 'tapes/tape.jsonl']) {
        const config: RoutingConfig = {
          providers: { tape: { type: 'replay', cassette } },
          defaults: { provider: 'tape' }
        }
        const error = await createProviders(config, {}, { rootDir: repo }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(SourceError)
        expect((error as SourceError).issues[0]).toMatchObject({ path: 'providers.tape.cassette' })
        expect((error as SourceError).issues[0]?.message).toContain('points outside the repository')
      }
    } finally {
      rmSync(repo, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('record then replay through the registry', () => {
  it('replays identical results with the server gone', async () => {
    const server = await startOpenAIServer(body => ({
      content: `reply to ${body.messages?.at(-1)?.content}`,
      model: 'gpt-4o-mini-2024-07-18'
    }))
    const config: RoutingConfig = {
      providers: {
        openai: { type: 'openai', baseUrl: server.baseUrl },
        tape: { type: 'replay', cassette: 'tests/tape.jsonl' }
      },
      defaults: { provider: 'tape' }
    }
    const files = memoryFiles()
    const options = { rootDir: '/repo', cassetteFiles: files }
    const env = { OPENAI_API_KEY: 'sk-test-recording-key-123456' }

    const recorder = await createProviders(config, env, { ...options, record: true })
    const live = recorder.resolve('openai/gpt-4o-mini', 'prompts/a.prompt.yml')
    expect(live.model).toBe('gpt-4o-mini')
    const requests = [0, 1].map(repeat => [request('first', { model: live.model }), repeat] as const)
    const recorded = await Promise.all(requests.map(([r, repeat]) => live.provider.complete(r, { repeat })))
    await recorder.close()
    await server.close()
    expect(server.received).toHaveLength(2)
    const cassetteText = files.files['/repo/tests/tape.jsonl'] as string
    expect(cassetteText).not.toContain('sk-test-recording-key-123456')

    const replayer = await createProviders(config, {}, options)
    const replay = replayer.resolve('openai/gpt-4o-mini', 'prompts/a.prompt.yml')
    expect(replay.provider.kind).toBe('replay')
    const replayed = await Promise.all(requests.map(([r, repeat]) => replay.provider.complete(r, { repeat })))
    expect(replayed).toEqual(recorded.map(result => ({ ...result, replayedFrom: 'cassette' })))
    await replayer.close()
  })
})
