// Secrets in derived forms, end to end: the bundled action (`node dist/index.js`, run as the
// Actions runner runs it) against a local provider that echoes the API key back: raw and base64
// in a 401 error body, URL-encoded in a redirect's Location and page, and inside a 200 answer.
// The runner masks `::add-mask::` values in its own log, but the report, the call log, the job
// summary and the comment are files and API bodies it never masks, so the key and each of its
// derived forms must be absent from all of them, and from the log before any masking.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  classifyTicket,
  expectExit,
  fixture,
  FIXTURE_PROMPT as PROMPT,
  runBundledAction,
  startActionWorld,
  triageRequest,
  type ActionRun,
  type ActionWorld,
  type PullSpec,
  pullRequestTrigger
} from '../helpers/action-runner.js'
import type { ChatRequestBody, Reply, Responder } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')
const HARMLESS = fixture('triage.harmless.prompt.yml')

/** A key with `+`, `/` and `=`, so its URL-encoded form differs from the key itself. */
const KEY = 'sk-proj-Echo+Me/If=You0Can9Xy7Zw'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

/** Written out here, not taken from src/core/secrets.ts: the test must not trust the list it checks. */
const FORMS: Record<string, string> = {
  key: KEY,
  'URL-encoded': encodeURIComponent(KEY),
  base64: base64(KEY),
  'base64 without padding': base64(KEY).replace(/=+$/, ''),
  base64url: Buffer.from(KEY).toString('base64url'),
  'Basic auth, key as user': base64(`${KEY}:`),
  'Basic auth, key as password': base64(`:${KEY}`)
}

/** The inverse of @actions/core's escapeData for workflow-command values. */
function unescapeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** What must appear nowhere: every form, and the half of the key a cut through it would leave. */
const NEVER_WRITTEN: Record<string, string> = { ...FORMS, 'first half of the key': KEY.slice(0, 16) }

function triageModel(body: ChatRequestBody): Reply {
  return { content: classifyTicket(triageRequest(body).ticket) }
}

/** The key the request carried (Bearer …), so the server echoes what it was sent, as real ones do. */
function sentKey(request: { headers: Record<string, string | string[] | undefined> }): string {
  return String(request.headers.authorization ?? '').replace(/^Bearer /, '')
}

/** What each echo leaves in the report once redacted: proof the echo arrived and was caught. */
const REDACTED_ECHO: Record<string, string> = {
  '401 error body': 'Incorrect API key provided: ***',
  'redirect URL': 'api_key=***',
  '200 answer': 'authorization=Bearer ***'
}

const ECHOES: Record<string, Responder> = {
  // OpenAI's own 401 names the key it refused; a gateway may add the Basic form it tried.
  '401 error body': (_body, request) => {
    const key = sentKey(request)
    // Padding puts the key across the 400-character cut of quoted error text (characters 380-412): a redaction after the cut would leave the first 20 in place.
    const padding = 'x'.repeat(351)
    return {
      status: 401,
      errorType: 'invalid_request_error',
      errorCode: 'invalid_api_key',
      content: `${padding} Incorrect API key provided: ${key}. Tried Basic ${base64(`:${key}`)} and ${base64(key)}.`
    }
  },
  // A login redirect that puts the key in its URL, URL-encoded and base64url.
  'redirect URL': (_body, request) => {
    const key = sentKey(request)
    const url = `https://login.example.test/reauth?api_key=${encodeURIComponent(key)}&sig=${Buffer.from(key).toString('base64url')}`
    return {
      status: 302,
      headers: { location: url, 'content-type': 'text/html' },
      body: `<html><body>Session expired: <a href="${url}">${url}</a></body></html>`
    }
  },
  // A misbehaving gateway echoing the request's headers into the answer itself.
  '200 answer': (body, request) => ({
    content: `${classifyTicket(triageRequest(body).ticket)} (debug: authorization=Bearer ${sentKey(request)}; basic=${base64(`${sentKey(request)}:`)})`
  })
}

let world: ActionWorld
let runCount = 0

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-secrets-', responder: triageModel })
})

afterAll(() => world?.close())

function run(pull: PullSpec): Promise<ActionRun> {
  return runBundledAction(
    world.setup,
    join(world.temp.dir, `run-${++runCount}`),
    pullRequestTrigger(world.origin, pull),
    { env: { OPENAI_API_KEY: KEY } }
  )
}

/** Every place a run leaves text a person or a machine may read, by name. */
function everythingWritten(result: ActionRun, pull: number, githubBefore: number): Record<string, string> {
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '')
  const report = join(result.workspace, '.promptgate/report.json')
  const callLog = join(result.workspace, '.promptgate/calls.jsonl')
  return {
    // The runner masks ::add-mask:: values in what it shows, but only after the fact and only
    // in its log: everything else the bundle prints must be clean already. The mask commands
    // themselves carry the forms on purpose.
    stdout: result.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: result.stderr,
    'job summary': result.summary,
    outputs: JSON.stringify(result.outputs),
    'comments on the PR': world.github
      .comments(pull)
      .map(c => c.body)
      .join('\n'),
    'GitHub request bodies': world.github.requests
      .slice(githubBefore)
      .map(r => `${r.url} ${r.body}`)
      .join('\n'),
    report: read(report),
    'call log': read(callLog)
  }
}

describe.each(Object.keys(ECHOES).map((echo, i) => [echo, 71 + i] as const))(
  'a provider that echoes the key back in a %s',
  (echo, number) => {
    let result: ActionRun
    let written: Record<string, string>

    beforeAll(async () => {
      const githubBefore = world.github.requests.length
      world.model.setResponder(ECHOES[echo] as Responder)
      try {
        result = await run(world.openPull(number, `echo-${number}`, { [PROMPT]: HARMLESS }))
      } finally {
        world.model.setResponder(triageModel)
      }
      written = everythingWritten(result, number, githubBefore)
    }, 60_000)

    test('the server really was sent the key and echoed it', () => {
      expect(result.modelRequests.length).toBeGreaterThan(0)
      expect(result.modelRequests.every(r => r.headers.authorization === `Bearer ${KEY}`)).toBe(true)
      // The run got far enough to write everything checked below.
      expect(result.summary).toContain('PromptGate')
      expect(written.report).not.toBe('')
      expect(written['call log']).not.toBe('')
      expect(written['comments on the PR']).toContain('PromptGate')
      expect(written.report).toContain(REDACTED_ECHO[echo])
    })

    test('the key and its derived forms appear in no log line, summary, output, comment, report or call log', () => {
      const leaks = Object.entries(NEVER_WRITTEN).flatMap(([form, value]) =>
        Object.entries(written)
          .filter(([, text]) => text.includes(value))
          .map(([where, text]) => {
            const at = text.indexOf(value)
            return `${form} in ${where}: …${text.slice(Math.max(0, at - 80), at + value.length + 20)}…`
          })
      )
      expect(leaks).toEqual([])
    })

    test('masks the key and every derived form with ::add-mask:: before any annotation is printed', () => {
      const lines = result.stdout.split('\n')
      const masks = lines
        .filter(line => line.startsWith('::add-mask::'))
        // Command data is escaped (% → %25, CR, LF) by @actions/core; the runner undoes it.
        .map(line => unescapeCommandData(line.slice('::add-mask::'.length)))
      for (const value of Object.values(FORMS)) expect(masks).toContain(value)
      // Before the first annotation, which is where run results start to be printed.
      const maskLines = lines.flatMap((line, i) => (line.startsWith('::add-mask::') ? [i] : []))
      const firstAnnotation = lines.findIndex(line => /^::(warning|error|notice)/.test(line))
      expect(Math.max(...maskLines)).toBeLessThan(firstAnnotation === -1 ? lines.length : firstAnnotation)
    })
  }
)

test('a run that reaches the provider normally still succeeds with the same long key', async () => {
  const result = await run(world.openPull(79, 'echo-none', { [PROMPT]: HARMLESS }))
  expectExit(result, 0)
  expect(result.outputs.verdict).toBe('pass')
}, 60_000)
