// Content-addressed response cache. An unchanged prompt costs no model calls on a second run,
// and the base side of a PR replays from earlier runs. Entries keep the original latency so
// latency statistics stay honest when a response is replayed.
import { appendFile, lstat, mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CompletionRequest, CompletionResult } from '../core/types.js'
import { sha256Hex } from '../core/hash.js'

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
  return sha256Hex(canonical)
}

function sortedParameters(parameters: CompletionRequest['parameters']): unknown[] {
  return [parameters.temperature ?? null, parameters.topP ?? null, parameters.maxTokens ?? null]
}

export interface ResponseCache {
  get(key: string): Promise<CompletionResult | undefined>
  set(key: string, result: CompletionResult): Promise<void>
  /** Persists what `set` buffered; called at the end of a run and every FLUSH_EVERY entries. */
  flush(): Promise<void>
}

export const nullCache: ResponseCache = {
  get: async () => undefined,
  set: async () => undefined,
  flush: async () => undefined
}

interface StoredEntry {
  key: string
  format: number
  result: CompletionResult
}

/** Hex digits of the key that name its shard: 16 files keep a cold run to a few dozen syscalls. */
const SHARD_PREFIX = 1

/** Buffered entries written in one go: a crash loses at most this many responses. */
export const CACHE_FLUSH_EVERY = 500

/**
 * 16 append-only JSONL shards named by the key's first hex digit. One file per response
 * would cost a file create and rename per call, which the engine benchmark showed doubling the
 * CPU time of a cold run; shards cost one append per shard per flush and a bounded file count
 * that @actions/cache saves and restores quickly. A shard is read once, on its first lookup.
 */
export class DiskCache implements ResponseCache {
  private readonly shards = new Map<string, Promise<Map<string, CompletionResult>>>()
  private pending = new Map<string, string[]>()
  private pendingCount = 0
  private dirReady: Promise<unknown> | undefined

  constructor(readonly dir: string) {}

  async get(key: string): Promise<CompletionResult | undefined> {
    const shard = await this.shard(key.slice(0, SHARD_PREFIX))
    return shard.get(key)
  }

  async set(key: string, result: CompletionResult): Promise<void> {
    const name = key.slice(0, SHARD_PREFIX)
    ;(await this.shard(name)).set(key, result)
    const line = JSON.stringify({ key, format: CACHE_FORMAT, result } satisfies StoredEntry)
    const lines = this.pending.get(name)
    if (lines) lines.push(line)
    else this.pending.set(name, [line])
    if (++this.pendingCount >= CACHE_FLUSH_EVERY) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pendingCount === 0) return
    const batch = this.pending
    this.pending = new Map()
    this.pendingCount = 0
    this.dirReady ??= mkdir(this.dir, { recursive: true })
    await this.dirReady
    await Promise.all(
      [...batch].map(([name, lines]) => appendFile(this.pathOf(name), lines.join('\n') + '\n'))
    )
  }

  private shard(name: string): Promise<Map<string, CompletionResult>> {
    let shard = this.shards.get(name)
    if (!shard) {
      shard = this.load(name)
      this.shards.set(name, shard)
    }
    return shard
  }

  private async load(name: string): Promise<Map<string, CompletionResult>> {
    const entries = new Map<string, CompletionResult>()
    let text: string
    try {
      text = await readFile(this.pathOf(name), 'utf8')
    } catch {
      return entries
    }
    for (const line of text.split('\n')) {
      if (line === '') continue
      try {
        const entry = JSON.parse(line) as StoredEntry
        if (entry.format === CACHE_FORMAT && typeof entry.key === 'string')
          entries.set(entry.key, entry.result)
      } catch {
        // A torn line from a killed run is a miss, not a crash.
      }
    }
    return entries
  }

  private pathOf(name: string): string {
    return join(this.dir, `${name}.jsonl`)
  }
}

/** A shard file name: one hex digit (SHARD_PREFIX) and the JSONL extension. */
const SHARD_FILE = /^[0-9a-f]\.jsonl$/

/**
 * Appends the shards of the cache in `from` to those in `into`. Shards are append-only JSONL
 * and a later line for the same key wins, so two restored caches merge by concatenation.
 * Only regular shard files are read: a restored archive is data, never a path to follow.
 */
export async function mergeCacheDir(from: string, into: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(from)
  } catch {
    return 0
  }
  await mkdir(into, { recursive: true })
  let merged = 0
  for (const name of names.filter(n => SHARD_FILE.test(n))) {
    if (!(await lstat(join(from, name))).isFile()) continue
    const text = await readFile(join(from, name), 'utf8')
    if (text === '') continue
    await appendFile(join(into, name), text.endsWith('\n') ? text : `${text}\n`)
    merged++
  }
  return merged
}
