// Writes cassette.jsonl: the model answers the chaos proxy replays, keyed exactly as the feature's
// requests arrive (model-client.mjs). The answers in answers.json are written by hand: this
// workplace has no network access to model APIs. Run: npx tsx examples/chaos-support/make-cassette.ts
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CompletionRequest } from '../../src/core/types.js'
import { cassetteKey, summarizeRequest, type CassetteEntry } from '../../src/providers/replay.js'
// @ts-expect-error -- a plain .mjs module of the example feature, without type declarations
import { chatRequest } from './model-client.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const answers = JSON.parse(await readFile(join(here, 'answers.json'), 'utf8')) as Record<string, string>

const entries: CassetteEntry[] = Object.entries(answers).map(([question, text], index) => {
  const body = chatRequest(question) as {
    model: string
    temperature: number
    max_tokens: number
    messages: CompletionRequest['messages']
  }
  const request: CompletionRequest = {
    model: body.model,
    messages: body.messages,
    parameters: { temperature: body.temperature, maxTokens: body.max_tokens }
  }
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length
  return {
    key: cassetteKey(request, 0),
    request: summarizeRequest(request, 0),
    result: {
      text,
      latencyMs: 400 + 60 * index,
      httpStatus: 200,
      retries: 0,
      modelVersion: 'hand-written-stand-in',
      usage: {
        inputTokens: 30 + words(question),
        outputTokens: words(text),
        totalTokens: 30 + words(question) + words(text)
      },
      finishReason: 'stop'
    }
  }
})
entries.sort((a, b) => (a.key < b.key ? -1 : 1))
await writeFile(join(here, 'cassette.jsonl'), entries.map(e => JSON.stringify(e)).join('\n') + '\n')
console.log(`wrote ${entries.length} entries`)
