// Enterprise networks: the bundled action (`node dist/index.js`) behind a local forward proxy
// started by the test. HTTP_PROXY carries the model calls and the GitHub API calls (plain HTTP
// forwarding), HTTPS_PROXY tunnels an https model endpoint with CONNECT (its certificate trusted
// through NODE_EXTRA_CA_CERTS), and NO_PROXY sends requests direct.
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  classifyTicket,
  expectExit,
  fixture,
  fixtureConfig,
  FIXTURE_CONFIG as CONFIG,
  FIXTURE_PROMPT as PROMPT,
  runBundledAction,
  startActionWorld,
  triageRequest,
  type ActionRun,
  type ActionWorld,
  type PullSpec,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import {
  startOpenAIServer,
  type ChatRequestBody,
  type OpenAITestServer,
  type Reply
} from '../helpers/openai-server.js'
import {
  startTestProxy,
  startTlsFront,
  type ProxiedRequest,
  type TestProxy,
  type TlsFront
} from '../helpers/proxy-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')
const HARMLESS = fixture('triage.harmless.prompt.yml')
/** `run.concurrency` of the fixture config: the most calls in flight at once. */
const FIXTURE_CONCURRENCY = Number(/^ {2}concurrency: (\d+)$/m.exec(fixtureConfig(''))?.[1])

function triageModel(body: ChatRequestBody): Reply {
  return { content: classifyTicket(triageRequest(body).ticket) }
}

let world: ActionWorld
let proxy: TestProxy
let front: TlsFront | undefined
let pooled: OpenAITestServer | undefined
let runCount = 0

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-proxy-', responder: triageModel })
  proxy = await startTestProxy()
})

afterAll(async () => {
  await proxy?.close()
  await front?.close()
  await pooled?.close()
  await world?.close()
})

function run(pull: PullSpec, env: Record<string, string>): Promise<ActionRun> {
  return runBundledAction(
    world.setup,
    join(world.temp.dir, `run-${++runCount}`),
    pullRequestTrigger(world.origin, pull),
    { env }
  )
}

const modelHost = () => new URL(world.model.baseUrl).host
const githubHost = () => new URL(world.github.apiUrl).host

describe('HTTP_PROXY', () => {
  let result: ActionRun
  let before: number

  beforeAll(async () => {
    before = proxy.requests.length
    result = await run(world.openPull(61, 'proxy-http', { [PROMPT]: HARMLESS }), { HTTP_PROXY: proxy.url })
  }, 60_000)

  test('every model call goes through the proxy', () => {
    expectExit(result, 0)
    const forwarded = proxy.requests.slice(before).filter(r => r.target === modelHost())
    expect(result.modelRequests.length).toBeGreaterThan(0)
    expect(forwarded).toHaveLength(result.modelRequests.length)
    expect(forwarded.every(r => r.kind === 'forward' && r.url?.startsWith('POST http://'))).toBe(true)
  })

  test('every GitHub API call goes through the proxy, and the comment is written', () => {
    // undici tunnels every request through the proxy with CONNECT, http targets too, and keeps
    // the tunnel alive: fewer tunnels than requests, but none of them direct.
    const tunnels = proxy.requests.slice(before).filter(r => r.target === githubHost())
    expect(tunnels.length).toBeGreaterThan(0)
    expect(tunnels.every(r => r.kind === 'connect')).toBe(true)
    expect(result.github).toContain('issues/create-comment')
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(result.stdout).toContain(`GitHub API requests go through the proxy ${proxy.url}.`)
  })
})

test('NO_PROXY sends the calls direct: the proxy sees none of them', async () => {
  const before = proxy.requests.length
  const result = await run(world.openPull(62, 'proxy-none', { [PROMPT]: HARMLESS }), {
    HTTP_PROXY: proxy.url,
    NO_PROXY: '127.0.0.1'
  })
  expectExit(result, 0)
  expect(result.modelRequests.length).toBeGreaterThan(0)
  expect(proxy.requests.slice(before)).toEqual([])
}, 60_000)

describe('HTTPS_PROXY', () => {
  let result: ActionRun
  let tunnels: ProxiedRequest[]
  let calls: number
  let frontHost = ''

  beforeAll(async () => {
    // Its own model server behind the TLS front, which never closes an idle connection: how many
    // tunnels the run opens then depends on the client's pooling alone.
    pooled = await startOpenAIServer(triageModel, { keepAliveTimeoutMs: 0 })
    const certs = join(world.temp.dir, 'certs')
    mkdirSync(certs)
    front = await startTlsFront(certs, Number(new URL(pooled.baseUrl).port))
    frontHost = new URL(front.origin).host
    const before = proxy.requests.length
    const httpsConfig = fixtureConfig(world.model.baseUrl).replace(world.model.baseUrl, `${front.origin}/v1`)
    const pull = world.openPull(63, 'proxy-https', { [PROMPT]: HARMLESS, [CONFIG]: httpsConfig })
    result = await run(pull, {
      HTTPS_PROXY: proxy.url,
      // GitHub stays direct here: only the https endpoint is under test.
      NO_PROXY: '127.0.0.1',
      NODE_EXTRA_CA_CERTS: front.caFile
    })
    tunnels = proxy.requests.slice(before)
    calls = pooled.received.length
  }, 60_000)

  test('HTTPS_PROXY tunnels an https model endpoint with CONNECT; NODE_EXTRA_CA_CERTS trusts its certificate', () => {
    expectExit(result, 0)
    expect(calls).toBeGreaterThan(0)
    expect(result.modelRequests).toHaveLength(0)
    expect(tunnels.length).toBeGreaterThan(0)
    expect(tunnels.every(r => r.kind === 'connect' && r.target === frontHost)).toBe(true)
  })

  test('calls reuse kept-alive tunnels: no more CONNECTs than calls in flight (run.concurrency)', () => {
    // One tunnel per call (and a TLS handshake each) was the behaviour before: 60+ CONNECTs.
    expect(FIXTURE_CONCURRENCY).toBeGreaterThan(0)
    expect(calls).toBeGreaterThan(2 * FIXTURE_CONCURRENCY)
    expect(tunnels.length).toBeLessThanOrEqual(FIXTURE_CONCURRENCY)
  })
})
