// Every fault the chaos proxy injects, on both wire formats, met by PromptGate's own OpenAI and
// Anthropic providers over real loopback HTTP: each test proves both what the proxy sends and how
// the gate's client classifies and retries it. Backoff sleeps are recorded, not slept.
import { ProviderError, type CompletionRequest, type Provider } from '../../src/core/types.js'
import { FAULT_KINDS, faultPicker, seededRandom, type FaultSpec } from '../../src/chaos/faults.js'
import { lastUserText, startChaosProxy, type ChaosProxy } from '../../src/chaos/proxy.js'
import type { WireFormat } from '../../src/chaos/wire.js'
import { AnthropicProvider } from '../../src/providers/anthropic.js'
import { OpenAIProvider } from '../../src/providers/openai.js'

const ANSWER = 'Reset your password from Settings, then Security, then Reset password.'

let proxy: ChaosProxy
let sleeps: number[] = []
const providers: Provider[] = []

beforeAll(async () => {
  proxy = await startChaosProxy({
    upstream: async request => ({
      text: lastUserText(request.messages).includes('password') ? ANSWER : 'I do not know.',
      inputTokens: 12,
      outputTokens: 14
    })
  })
})

afterAll(async () => {
  await proxy.close()
})

afterEach(async () => {
  await Promise.all(providers.splice(0).map(p => p.close?.()))
})

beforeEach(() => {
  sleeps = []
})

const request: CompletionRequest = {
  model: 'support-model',
  messages: [
    { role: 'system', content: 'You answer support questions.' },
    { role: 'user', content: 'How do I reset my password?' }
  ],
  parameters: { maxTokens: 200 }
}

function client(wire: WireFormat, tuning: { stream?: boolean; timeoutMs?: number } = {}): Provider {
  const common = {
    name: wire,
    random: () => 0.5,
    sleep: async (ms: number) => {
      sleeps.push(ms)
    }
  }
  const provider =
    wire === 'openai'
      ? new OpenAIProvider(
          { type: 'openai-compatible', baseUrl: `${proxy.url}/v1`, maxRetries: 2, ...tuning },
          common
        )
      : new AnthropicProvider(
          { type: 'anthropic', baseUrl: proxy.url, maxRetries: 2, ...tuning },
          { ...common, apiKey: 'sk-ant-test-key-0000', apiKeyEnv: 'ANTHROPIC_API_KEY' }
        )
  providers.push(provider)
  return provider
}

async function failure(call: Promise<unknown>): Promise<ProviderError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`)
  return error
}

/** Runs one call under a scenario and reports how many requests it cost. */
async function withFaults<T>(
  faults: FaultSpec[],
  call: () => Promise<T>
): Promise<{ value: T; requests: number }> {
  proxy.setScenario({ faults })
  const before = proxy.stats.requests
  const value = await call()
  return { value, requests: proxy.stats.requests - before }
}

const WIRES: WireFormat[] = ['openai', 'anthropic']

describe.each(WIRES)('chaos proxy, %s wire format', wire => {
  it('passes a request through to the upstream answer, streamed and not', async () => {
    const plain = await withFaults([], () => client(wire).complete(request))
    expect(plain.value.text).toBe(ANSWER)
    expect(plain.value.finishReason).toBe(wire === 'openai' ? 'stop' : 'end_turn')
    const streamed = await withFaults([], () => client(wire, { stream: true }).complete(request))
    expect(streamed.value.text).toBe(ANSWER)
    expect(streamed.value.ttftMs).toBeDefined()
  })

  it('rate-limit: 429 with retry-after is retried after exactly the wait the server asked for', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'rate-limit', retryAfterS: 2 }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.kind).toBe('rate-limit')
    expect(error.httpStatus).toBe(429)
    expect(requests).toBe(3)
    expect(sleeps).toEqual([2000, 2000])
  })

  it('rate-limit: a retry-after past the cap is not waited for', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'rate-limit', retryAfterS: 120 }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.message).toContain('asked to wait 120 s (retry-after), over the 30 s cap')
    expect(requests).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('rate-limit once: the answer arrives and its retry wait is kept apart from latency', async () => {
    const { value } = await withFaults([{ kind: 'rate-limit', times: 1 }], () =>
      client(wire).complete(request)
    )
    expect(value.text).toBe(ANSWER)
    expect(value.retries).toBe(1)
    expect(value.rateLimited).toBe(1)
    expect(value.retryWaitMs).toBeGreaterThanOrEqual(0)
  })

  it('insufficient-quota: not retried, and the message says to add credit', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'insufficient-quota' }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.kind).toBe('quota')
    expect(error.message).toContain('no quota or credit left')
    expect(requests).toBe(1)
    expect(sleeps).toEqual([])
  })

  it.each([
    ['server-error', 500, 'server'],
    ['unavailable', 503, 'overloaded'],
    ['overloaded', 529, 'overloaded']
  ] as const)('%s: HTTP %i is retried with jittered exponential backoff', async (kind, status, errorKind) => {
    const { value: error, requests } = await withFaults([{ kind }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.httpStatus).toBe(status)
    expect(error.kind).toBe(errorKind)
    expect(error.retries).toBe(2)
    expect(requests).toBe(3)
    // random() = 0.5 puts each sleep at 3/4 of its doubling step: 500 ms then 1000 ms.
    expect(sleeps).toEqual([375, 750])
  })

  it('unauthorized: 401 is not retried and names the key variable to fix', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'unauthorized' }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.kind).toBe('auth')
    expect(error.message).toContain('was rejected, check that the secret holds a valid key')
    expect(requests).toBe(1)
  })

  it('context-length: 400 is not retried and says to shorten the prompt', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'context-length' }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.kind).toBe('context-length')
    expect(error.message).toContain("longer than the model's context window")
    expect(requests).toBe(1)
  })

  it('connection-reset: a reset is a network error and is retried', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'connection-reset' }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.kind).toBe('network')
    expect(requests).toBe(3)
  })

  it('hang: the call ends at its timeout, naming the setting, and is not retried', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'hang' }], () =>
      failure(client(wire, { timeoutMs: 150 }).complete(request))
    )
    expect(error.kind).toBe('timeout')
    expect(error.message).toContain(`providers.${wire}.timeoutMs`)
    expect(requests).toBe(1)
  })

  it('slow-first-byte: the answer still arrives whole after the silence', async () => {
    const { value } = await withFaults([{ kind: 'slow-first-byte', delayMs: 40 }], () =>
      client(wire, { stream: true }).complete(request)
    )
    expect(value.text).toBe(ANSWER)
    expect(proxy.stats.injected['slow-first-byte']).toBeGreaterThan(0)
  })

  it('stream-stall: a stream that stops after the 200 ends at the call timeout', async () => {
    const { value: error } = await withFaults([{ kind: 'stream-stall' }], () =>
      failure(client(wire, { stream: true, timeoutMs: 150 }).complete(request))
    )
    expect(error.kind).toBe('timeout')
  })

  it('stream-break: a stream cut after the 200 is retried as a whole call and the retry answers in full', async () => {
    const { value, requests } = await withFaults([{ kind: 'stream-break', times: 1 }], () =>
      client(wire, { stream: true }).complete(request)
    )
    expect(value.text).toBe(ANSWER)
    expect(value.retries).toBe(1)
    expect(requests).toBe(2)
  })

  it('stream-break on a plain JSON response: the cut body is a network error, retried', async () => {
    const { value: error, requests } = await withFaults([{ kind: 'stream-break' }], () =>
      failure(client(wire).complete(request))
    )
    expect(error.kind).toBe('network')
    expect(requests).toBe(3)
  })

  it('malformed-json: a 200 that is not JSON is a malformed response, streamed or not', async () => {
    const plain = await withFaults([{ kind: 'malformed-json' }], () =>
      failure(client(wire).complete(request))
    )
    expect(plain.value.kind).toBe('malformed')
    const streamed = await withFaults([{ kind: 'malformed-json' }], () =>
      failure(client(wire, { stream: true }).complete(request))
    )
    expect(streamed.value.kind).toBe('malformed')
    expect(streamed.value.message).toContain('not JSON')
  })

  it('empty-completion: a 200 with no text reaches the caller as empty text, not an error', async () => {
    const { value } = await withFaults([{ kind: 'empty-completion' }], () =>
      client(wire, { stream: true }).complete(request)
    )
    expect(value.text).toBe('')
  })

  it('truncated: half the answer with the length finish reason', async () => {
    const { value } = await withFaults([{ kind: 'truncated' }], () => client(wire).complete(request))
    expect(ANSWER.startsWith(value.text)).toBe(true)
    expect(value.text.length).toBeLessThan(ANSWER.length)
    expect(value.finishReason).toBe(wire === 'openai' ? 'length' : 'max_tokens')
  })
})

describe('fault picking', () => {
  it('the tests above injected every fault kind the proxy knows', () => {
    expect(Object.keys(proxy.stats.injected).sort()).toEqual([...FAULT_KINDS].sort())
  })

  it('mixes faults by rate with a seed: the same seed gives the same sequence', () => {
    const faults: FaultSpec[] = [
      { kind: 'rate-limit', rate: 0.3 },
      { kind: 'server-error', rate: 0.2 }
    ]
    const draw = (seed: number) => {
      const pick = faultPicker(faults, seededRandom(seed))
      return Array.from({ length: 1000 }, () => pick()?.kind ?? 'none')
    }
    const first = draw(7)
    expect(draw(7)).toEqual(first)
    expect(draw(8)).not.toEqual(first)
    const share = (kind: string) => first.filter(k => k === kind).length / first.length
    expect(share('rate-limit')).toBeGreaterThan(0.25)
    expect(share('rate-limit')).toBeLessThan(0.35)
    expect(share('server-error')).toBeGreaterThan(0.15)
    expect(share('server-error')).toBeLessThan(0.25)
    expect(share('none')).toBeGreaterThan(0.45)
  })

  it('refuses rates that add up to more than 1', () => {
    expect(() =>
      faultPicker(
        [
          { kind: 'hang', rate: 0.7 },
          { kind: 'unauthorized', rate: 0.5 }
        ],
        Math.random
      )
    ).toThrow('the rates add up to 1.20, over 1')
  })
})
