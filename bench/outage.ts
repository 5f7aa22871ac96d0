// Outage benchmark: a 43-case suite, base and head, against a dead local provider. Reports the
// wall time and how many HTTP requests reached the server, for three kinds of dead: a server
// answering 503 to everything, a refused connection, and a server that accepts and never answers
// (with run.deadlineMs). Run: npm run bench:outage
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Config } from '../src/config/schema.js'
import type { ResolvedSuite } from '../src/config/suites.js'
import type { PromptDefinition, RepoFiles } from '../src/core/types.js'
import { runSuites } from '../src/engine/pipeline.js'
import { silentProgress } from '../src/engine/progress.js'

const CASES = 43

interface DeadServer {
  baseUrl: string
  requests(): number
  close(): Promise<void>
}

async function deadServer(kind: '503' | 'hang'): Promise<DeadServer> {
  let requests = 0
  const sockets = new Set<Socket>()
  const server = http.createServer((request, response) => {
    requests++
    request.resume()
    if (kind === 'hang') return
    response.writeHead(503, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ error: { message: 'Service Unavailable', type: 'server_error' } }))
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests: () => requests,
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** A port nothing listens on: bind one, note it, close it. */
async function refusedUrl(): Promise<string> {
  const server = http.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/v1`
}

const prompt: PromptDefinition = {
  file: 'prompts/q.md',
  format: 'template',
  modelParameters: {},
  messages: [{ role: 'user', content: 'Question {{n}}' }],
  testData: [],
  checks: []
}
const basePrompt: PromptDefinition = { ...prompt, messages: [{ role: 'user', content: 'Q {{n}}' }] }

function suite(): ResolvedSuite {
  return {
    id: 'outage',
    config: { id: 'outage', prompt: prompt.file },
    prompt,
    cases: Array.from({ length: CASES }, (_, n) => ({
      id: `c${n}`,
      vars: { n },
      checks: [],
      source: { file: 'd.jsonl', line: n + 1 }
    })),
    checks: [{ type: 'contains', value: 'x' }],
    modelId: 'm',
    modelParameters: {},
    thresholds: {},
    sampling: {},
    files: [prompt.file]
  }
}

const noFiles: RepoFiles = { label: 'head', readText: async () => undefined }

async function measure(label: string, baseUrl: string, requests: () => number, run: Config['run']) {
  const config: Config = {
    version: 1,
    providers: { dead: { type: 'openai-compatible', baseUrl } },
    defaults: { provider: 'dead' },
    suites: [{ id: 'outage', prompt: prompt.file }],
    run: { cache: false, ...run }
  }
  const started = performance.now()
  const report = await runSuites(
    config,
    [{ suite: suite(), change: 'modified', basePrompt, basePromptFile: prompt.file }],
    [],
    {
      configFile: 'promptgate.yml',
      rootDir: process.cwd(),
      cacheDir: '/nonexistent',
      record: false,
      cache: false
    },
    { head: noFiles, base: noFiles, env: {}, progress: silentProgress, now: () => Date.now() }
  )
  const seconds = (performance.now() - started) / 1000
  const s = report.suites[0]
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s  ${(Number.isNaN(requests()) ? 'n/a' : String(requests())).padStart(4)} requests  ` +
      `verdict ${s?.verdict} (overall ${report.verdict})`
  )
  console.log(`  reason: ${s?.reason}`)
  const firstError = s?.cases[0]?.head[0]?.error
  if (firstError) console.log(`  first error: ${firstError}`)
}

const down = await deadServer('503')
await measure(`${CASES} cases x2 sides, server 503`, down.baseUrl, down.requests, {})
await down.close()

const refused = await refusedUrl()
// A refused connection reaches no server, so there are no requests to count.
await measure(`${CASES} cases x2 sides, refused`, refused, () => NaN, {})

const hang = await deadServer('hang')
await measure(`${CASES} cases x2 sides, hang, deadline 3 s`, hang.baseUrl, hang.requests, {
  deadlineMs: 3000
})
await hang.close()
