// The same support-answer service WITHOUT a degradation path: what a "simplify the answer
// endpoint" PR might leave. It waits on the model however long it takes, hands back whatever text
// comes (the provider's error message included) and turns exceptions into a 500 with the error.
// Run: PORT=4101 OPENAI_BASE_URL=http://127.0.0.1:4199/v1 node examples/chaos-support/service-no-fallbacks.mjs
import http from 'node:http'
import { baseUrl, chatRequest, headers } from './model-client.mjs'

export async function answer(question) {
  const response = await fetch(`${baseUrl()}/chat/completions`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify(chatRequest(question))
  })
  const body = await response.json()
  return { answer: body.choices?.[0]?.message?.content ?? body.error?.message, source: 'model' }
}

export function createServer() {
  return http.createServer((request, response) => {
    let raw = ''
    request.on('data', chunk => (raw += chunk))
    request.on('end', async () => {
      try {
        const { question } = JSON.parse(raw || '{}')
        const result = await answer(String(question ?? ''))
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(result))
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' })
        response.end(String(error?.stack ?? error))
      }
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4101)
  createServer().listen(port, '127.0.0.1', () => console.log(`support service (no fallbacks) on :${port}`))
}
