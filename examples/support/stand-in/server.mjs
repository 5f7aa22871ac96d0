#!/usr/bin/env node
// A rule-based stand-in for a chat model, speaking the OpenAI chat-completions wire format.
// It exists only to record the example's cassette offline: it looks the customer's question up
// in answers.json (hand-written answers, three of them deliberately flawed) and answers after a
// delay derived from the question, so recorded latencies vary like a real model's.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'

const answers = JSON.parse(readFileSync(new URL('./answers.json', import.meta.url), 'utf8'))
const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 0)

function lookup(messages) {
  const user = messages.filter(m => m.role === 'user').at(-1)?.content ?? ''
  const question = user.replace(/^Customer on the \w+ plan asks: /, '')
  return (
    answers[question] ?? {
      answer: "I'm not sure I understood; could you rephrase your question about Nimbus Notes?",
      category: 'features',
      escalate: false
    }
  )
}

const server = createServer((req, res) => {
  let body = ''
  req.on('data', chunk => (body += chunk))
  req.on('end', () => {
    const request = JSON.parse(body)
    const content = JSON.stringify(lookup(request.messages))
    const digest = createHash('sha256').update(body).digest()
    const delayMs = 350 + (digest.readUInt16BE(0) % 900)
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          id: `chatcmpl-standin-${digest.toString('hex').slice(0, 12)}`,
          object: 'chat.completion',
          created: 1764201600,
          model: 'nimbus-stand-in-2026-11-27',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: {
            prompt_tokens: Math.ceil(body.length / 4),
            completion_tokens: Math.ceil(content.length / 4),
            total_tokens: Math.ceil((body.length + content.length) / 4)
          }
        })
      )
    }, delayMs)
  })
})
server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/v1`))
