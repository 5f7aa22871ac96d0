// Content-addressed response cache. An unchanged prompt costs no model calls on a second run,
// and the base side of a PR replays from earlier runs. Entries keep the original latency so
// latency statistics stay honest when a response is replayed.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CompletionRequest, CompletionResult } from '../core/types.js'

export interface CacheKeyInput {
  /** Provider config name: two providers may serve different models under one name. */
  provider: string
  request: CompletionRequest
  repeat: number
}

const CACHE_FORMAT = 1

/** sha256 over a canonical encoding of everything that determines the response. */
export function cacheKey({ provider, request, repeat }: CacheKeyInput): string {
  const canonical = JSON.stringify([
    CACHE_FORMAT,
    provider,
    request.model,
    sortedParameters(request.parameters),
    request.responseFormat ?? null,
    request.messages.map(m => [m.role, m.content]),
    repeat
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

function sortedParameters(parameters: CompletionRequest['parameters']): unknown[] {
  return [parameters.temperature ?? null, parameters.topP ?? null, parameters.maxTokens ?? null]
}

export interface ResponseCache {
  get(key: string): Promise<CompletionResult | undefined>
  set(key: string, result: CompletionResult): Promise<void>
}

export const nullCache: ResponseCache = {
  get: async () => undefined,
  set: async () => undefined
}

interface StoredEntry {
  format: number
  result: CompletionResult
}

/** One small JSON file per key under `<dir>/<first two hex>/<key>.json`, like git's object store. */
export class DiskCache implements ResponseCache {
  private readonly createdDirs = new Set<string>()

  constructor(readonly dir: string) {}

  async get(key: string): Promise<CompletionResult | undefined> {
    let text: string
    try {
      text = await readFile(this.pathOf(key), 'utf8')
    } catch {
      return undefined
    }
    try {
      const entry = JSON.parse(text) as StoredEntry
      return entry.format === CACHE_FORMAT ? entry.result : undefined
    } catch {
      // A torn write from a killed run is a miss, not a crash.
      return undefined
    }
  }

  async set(key: string, result: CompletionResult): Promise<void> {
    const shard = join(this.dir, key.slice(0, 2))
    if (!this.createdDirs.has(shard)) {
      await mkdir(shard, { recursive: true })
      this.createdDirs.add(shard)
    }
    const entry: StoredEntry = { format: CACHE_FORMAT, result }
    const target = this.pathOf(key)
    // Write then rename so a concurrent reader never sees half a file.
    const temporary = `${target}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(entry))
    await rename(temporary, target)
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`)
  }
}
