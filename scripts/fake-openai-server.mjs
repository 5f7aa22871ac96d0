#!/usr/bin/env node
// A stand-alone fake OpenAI-compatible server for the engine benchmark and local demos.
//   node scripts/fake-openai-server.mjs [--port 0] [--delay-ms 50] [--host 127.0.0.1]
// Prints `listening on http://HOST:PORT/v1` once ready. Every POST .../chat/completions is answered
// after the fixed delay with a reply derived only from the request (same prompt, same reply):
// "Echo: <last user message>", or a JSON document when response_format asks for JSON (an object
// shaped by the json_schema when one is given). Streaming (`stream: true`) is supported.
import http from 'node:http'
import { createHash } from 'node:crypto'
import { setTimeout } from 'node:timers'

function parseArgs(argv) {
  const options = { port: 0, delayMs: 50, host: '127.0.0.1' }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    if (flag === '--port') options.port = Number(value)
    else if (flag === '--delay-ms') options.delayMs = Number(value)
    else if (flag === '--host') options.host = value
    else if (flag === '--help') {
      console.log('usage: fake-openai-server.mjs [--port N] [--delay-ms N] [--host H]')
      process.exit(0)
    } else {
      console.error(
        `unknown argument ${flag}; usage: fake-openai-server.mjs [--port N] [--delay-ms N] [--host H]`
      )
      process.exit(2)
    }
    i++
  }
  if (!Number.isInteger(options.port) || options.port < 0)
    throw new Error('--port must be a non-negative integer')
  if (!Number.isFinite(options.delayMs) || options.delayMs < 0) throw new Error('--delay-ms must be >= 0')
  return options
}

const MAX_ECHO_CHARS = 200

function lastUserMessage(messages) {
  if (!Array.isArray(messages)) return ''
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]
    if (message && message.role === 'user' && typeof message.content === 'string') return message.content
  }
  return ''
}

/** A value that satisfies simple schemas (type, properties/required, enum, const, items). */
function sampleFromSchema(schema, text, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 8) return text
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0]
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object': {
      const result = {}
      const properties = schema.properties && typeof schema.properties === 'object' ? schema.properties : {}
      for (const [key, value] of Object.entries(properties))
        result[key] = sampleFromSchema(value, text, depth + 1)
      return result
    }
    case 'array':
      return schema.items ? [sampleFromSchema(schema.items, text, depth + 1)] : []
    case 'string':
      return text
    case 'integer':
      return schema.minimum ?? 0
    case 'number':
      return schema.minimum ?? 0
    case 'boolean':
      return true
    case 'null':
      return null
    default:
      return text
  }
}

function replyFor(body) {
  const echo = `Echo: ${lastUserMessage(body.messages).slice(0, MAX_ECHO_CHARS)}`
  const format = body.response_format
  if (format && format.type === 'json_schema') {
    return JSON.stringify(sampleFromSchema(format.json_schema && format.json_schema.schema, echo))
  }
  if (format && format.type === 'json_object') return JSON.stringify({ answer: echo })
  return echo
}

function countTokens(text) {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

function usageFor(body, content) {
  let prompt = 0
  if (Array.isArray(body.messages)) {
    for (const message of body.messages)
      if (typeof message?.content === 'string') prompt += countTokens(message.content)
  }
  const completion = countTokens(content)
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion }
}

function id(content) {
  return `chatcmpl-${createHash('sha1').update(content).digest('hex').slice(0, 24)}`
}

function sendError(response, status, message, type = 'invalid_request_error') {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ error: { message, type, param: null, code: null } }))
}

function answer(response, body) {
  const content = replyFor(body)
  const model = typeof body.model === 'string' ? body.model : 'fake-model'
  const usage = usageFor(body, content)
  const created = 1_700_000_000
  if (!body.stream) {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({
        id: id(content),
        object: 'chat.completion',
        created,
        model,
        choices: [
          { index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }
        ],
        usage
      })
    )
    return
  }
  const chunk = (choices, extra) =>
    `data: ${JSON.stringify({ id: id(content), object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`
  const half = Math.ceil(content.length / 2)
  let out = chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }])
  out += chunk([{ index: 0, delta: { content: content.slice(0, half) }, finish_reason: null }])
  out += chunk([{ index: 0, delta: { content: content.slice(half) }, finish_reason: null }])
  out += chunk([{ index: 0, delta: {}, finish_reason: 'stop' }])
  if (body.stream_options && body.stream_options.include_usage) out += chunk([], { usage })
  out += 'data: [DONE]\n\n'
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  response.end(out)
}

function main() {
  const options = parseArgs(process.argv.slice(2))
  const server = http.createServer((request, response) => {
    if (
      request.method !== 'POST' ||
      !request.url ||
      !request.url.split('?')[0].endsWith('/chat/completions')
    ) {
      sendError(response, 404, `no route for ${request.method} ${request.url}`, 'not_found_error')
      return
    }
    let raw = ''
    request.setEncoding('utf8')
    request.on('data', chunk => (raw += chunk))
    request.on('end', () => {
      let body
      try {
        body = JSON.parse(raw)
      } catch {
        sendError(response, 400, 'request body is not valid JSON')
        return
      }
      if (!body || !Array.isArray(body.messages)) {
        sendError(response, 400, "'messages' is a required property")
        return
      }
      setTimeout(answer, options.delayMs, response, body)
    })
  })
  server.keepAliveTimeout = 30_000
  server.listen(options.port, options.host, () => {
    const { port } = server.address()
    console.log(`listening on http://${options.host}:${port}/v1`)
  })
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main()
