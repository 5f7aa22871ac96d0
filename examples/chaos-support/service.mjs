// Nimbus Notes support-answer service, WITH a degradation path. POST /answer {"question": "..."}
// answers {"answer": "...", "source": "model" | "cache" | "rules" | "unavailable"}.
//
// 1. Ask the model, with a timeout (MODEL_TIMEOUT_MS, default 1500) and one retry on 429/5xx when
//    the wait asked for is short; accept only a complete, non-empty answer.
// 2. Else the cached answer to the same question (recent answers are kept in memory).
// 3. Else a rule-based answer for the common questions.
// 4. Else a clear "temporarily unavailable" message. Never a blank, never the provider's error.
//
// Run: PORT=4100 OPENAI_BASE_URL=http://127.0.0.1:4199/v1 node examples/chaos-support/service.mjs
import http from 'node:http'
import { baseUrl, chatRequest, headers } from './model-client.mjs'

const MODEL_TIMEOUT_MS = Number(process.env.MODEL_TIMEOUT_MS ?? 1500)
const MAX_RETRY_WAIT_MS = 500
const CACHE_SIZE = 500

export const UNAVAILABLE =
  'Our assistant is temporarily unavailable. Please try again in a few minutes, or write to support@nimbus.example.'

const RULES = [
  [/password/i, 'To reset your password, open Settings → Security → Reset password; we email you a link.'],
  [
    /refund|charged/i,
    'Refunds for duplicate or mistaken charges are issued from Settings → Billing → Invoices → Request refund.'
  ],
  [/export/i, 'Export your notes from File → Export; you get Markdown files with attachments in a ZIP.'],
  [
    /delete.*account|account.*delete/i,
    'Delete your account in Settings → Account → Delete account. This is permanent.'
  ]
]

const cache = new Map()

function normalise(question) {
  return question.trim().toLowerCase().replace(/\s+/g, ' ')
}

function remember(question, answer) {
  cache.delete(question)
  cache.set(question, answer)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value)
}

async function askModelOnce(question) {
  const response = await fetch(`${baseUrl()}/chat/completions`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify(chatRequest(question)),
    signal: AbortSignal.timeout(MODEL_TIMEOUT_MS)
  })
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after') ?? NaN) * 1000
    await response.body?.cancel()
    return { retryable: response.status === 429 || response.status >= 500, retryAfter }
  }
  const body = await response.json() // throws on malformed JSON: handled as a failure
  const choice = body?.choices?.[0]
  const text = typeof choice?.message?.content === 'string' ? choice.message.content.trim() : ''
  // A truncated or empty completion is not an answer a user should get.
  if (text === '' || choice.finish_reason !== 'stop') return { retryable: false }
  return { text }
}

async function askModel(question) {
  for (let attempt = 0; attempt < 2; attempt++) {
    let outcome
    try {
      outcome = await askModelOnce(question)
    } catch {
      return undefined // timeout, reset, malformed body: fall back at once
    }
    if (outcome.text) return outcome.text
    if (!outcome.retryable) return undefined
    const wait = Number.isFinite(outcome.retryAfter) ? outcome.retryAfter : 200
    if (wait > MAX_RETRY_WAIT_MS) return undefined
    await new Promise(resolve => setTimeout(resolve, wait))
  }
  return undefined
}

export async function answer(question) {
  const key = normalise(question)
  const fromModel = await askModel(question)
  if (fromModel) {
    remember(key, fromModel)
    return { answer: fromModel, source: 'model' }
  }
  const cached = cache.get(key)
  if (cached) return { answer: cached, source: 'cache' }
  const rule = RULES.find(([pattern]) => pattern.test(question))
  if (rule) return { answer: rule[1], source: 'rules' }
  return { answer: UNAVAILABLE, source: 'unavailable' }
}

export function createServer() {
  return http.createServer((request, response) => {
    let raw = ''
    request.on('data', chunk => (raw += chunk))
    request.on('end', async () => {
      let question = ''
      try {
        question = String(JSON.parse(raw || '{}').question ?? '')
      } catch {
        // an unreadable request still gets an answer shape
      }
      const result = question.trim()
        ? await answer(question)
        : { answer: 'Please type your question.', source: 'rules' }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(result))
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4100)
  createServer().listen(port, '127.0.0.1', () => console.log(`support service (with fallbacks) on :${port}`))
}
