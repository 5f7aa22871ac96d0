// Replay: serve recorded responses from a cassette so CI runs are deterministic, free and need no
// key. A cassette is JSONL, one entry per call, sorted by key so a re-recording diffs cleanly:
//   {"key":"<sha256>","request":{model,repeat,parameters,responseFormat,messages,lastUser},"result":{…}}
// The key hashes what determines a response independent of the provider (model name, parameters,
// rendered messages, response format, repeat index), so one cassette serves any provider that
// routes the same model name. Results keep the recorded latency, so latency budgets still mean
// something on replay. Nothing secret is stored: results carry no headers and no keys.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  ProviderError,
  type CallOptions,
  type CompletionRequest,
  type CompletionResult,
  type ModelParameters,
  type Provider
} from '../core/types.js'
import { isRecord } from '../core/guards.js'
import { sha256Hex } from '../core/hash.js'

/** Bumped when the key derivation changes: old cassettes then miss instead of replaying wrongly. */
export const CASSETTE_FORMAT = 1
/** How much of the last user message an entry shows, for a reviewer reading the cassette diff. */
const PREVIEW_CHARS = 120

/** `repeat` tells the samples of one case apart; the engine passes it in CallOptions. */
export function cassetteKey(request: CompletionRequest, repeat = 0): string {
  const format = request.responseFormat?.type === 'text' ? undefined : request.responseFormat
  const { temperature, topP, maxTokens } = request.parameters
  const canonical = JSON.stringify([
    CASSETTE_FORMAT,
    request.model,
    [temperature ?? null, topP ?? null, maxTokens ?? null],
    format ?? null,
    request.messages.map(message => [message.role, message.content]),
    repeat
  ])
  return sha256Hex(canonical)
}

export interface RequestSummary {
  model: string
  repeat: number
  parameters: ModelParameters
  responseFormat?: string
  /** Number of messages sent. */
  messages: number
  /** The start of the last user message. */
  lastUser?: string
}

export interface CassetteEntry {
  key: string
  request: RequestSummary
  result: CompletionResult
}

export function summarizeRequest(request: CompletionRequest, repeat: number): RequestSummary {
  const summary: RequestSummary = {
    model: request.model,
    repeat,
    parameters: request.parameters,
    messages: request.messages.length
  }
  if (request.responseFormat && request.responseFormat.type !== 'text') {
    summary.responseFormat = request.responseFormat.type
  }
  const lastUser = [...request.messages].reverse().find(message => message.role === 'user')
  if (lastUser) {
    summary.lastUser =
      lastUser.content.length > PREVIEW_CHARS
        ? `${lastUser.content.slice(0, PREVIEW_CHARS)}…`
        : lastUser.content
  }
  return summary
}

/** Copies only the known result fields: whatever else an inner provider attaches is not stored. */
export function storableResult(result: CompletionResult): CompletionResult {
  const stored: CompletionResult = {
    text: result.text,
    latencyMs: result.latencyMs,
    httpStatus: result.httpStatus,
    retries: result.retries
  }
  if (result.ttftMs !== undefined) stored.ttftMs = result.ttftMs
  if (result.modelVersion !== undefined) stored.modelVersion = result.modelVersion
  if (result.responseId !== undefined) stored.responseId = result.responseId
  if (result.usage !== undefined) stored.usage = { ...result.usage }
  if (result.finishReason !== undefined) stored.finishReason = result.finishReason
  return stored
}

/** Parses cassette JSONL; a bad line names the file and line. */
export function parseCassette(text: string, label: string): Map<string, CassetteEntry> {
  const entries = new Map<string, CassetteEntry>()
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim()
    if (line === '') continue
    const where = `${label}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new Error(`${where}: not valid JSON. Re-record the cassette with \`promptgate run --record\`.`)
    }
    if (!isEntry(value)) {
      throw new Error(
        `${where}: not a cassette entry (expected "key", "request" and "result" with text and latencyMs). ` +
          'Re-record the cassette with `promptgate run --record`.'
      )
    }
    entries.set(value.key, value)
  }
  return entries
}

function isEntry(value: unknown): value is CassetteEntry {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    isRecord(value.request) &&
    isRecord(value.result) &&
    typeof value.result.text === 'string' &&
    typeof value.result.latencyMs === 'number'
  )
}

/** One entry per line, sorted by key: the same calls always give the same file. */
export function serializeCassette(entries: Iterable<CassetteEntry>): string {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return sorted.map(entry => `${JSON.stringify(entry)}\n`).join('')
}

/** File access of a cassette, a seam for tests. */
export interface CassetteFiles {
  /** Undefined when the file does not exist. */
  read(path: string): Promise<string | undefined>
  write(path: string, text: string): Promise<void>
}

export const nodeCassetteFiles: CassetteFiles = {
  async read(path) {
    try {
      return await readFile(path, 'utf8')
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return undefined
      throw error
    }
  },
  async write(path, text) {
    await mkdir(dirname(path), { recursive: true })
    // Write then rename so an interrupted run never leaves half a cassette.
    const temporary = `${path}.${process.pid}.tmp`
    await writeFile(temporary, text)
    await rename(temporary, path)
  }
}

/** The entries of one cassette file, shared by every provider that replays or records into it. */
export class Cassette {
  private dirty = false
  /** Keys recorded in this run, with the call in flight: identical requests make one call. */
  private readonly recording = new Map<string, Promise<CompletionResult>>()

  private constructor(
    /** Repo-relative path, for messages. */
    readonly label: string,
    private readonly path: string,
    private readonly entries: Map<string, CassetteEntry>,
    private readonly files: CassetteFiles
  ) {}

  /** `mustExist`: replaying from a missing file is an error; recording starts a new one. */
  static async load(
    path: string,
    label: string,
    options: { mustExist: boolean; files?: CassetteFiles }
  ): Promise<Cassette> {
    const files = options.files ?? nodeCassetteFiles
    const text = await files.read(path)
    const cassette = new Cassette(label, path, parseCassette(text ?? '', label), files)
    // A missing file only matters to a run that replays through it: say so when one does.
    if (text === undefined && options.mustExist) cassette.missing = missingCassetteMessage(label)
    return cassette
  }

  /** Why this cassette cannot serve a replay (its file is missing), or undefined. */
  missing: string | undefined

  get size(): number {
    return this.entries.size
  }

  get(key: string): CassetteEntry | undefined {
    return this.entries.get(key)
  }

  /** Records through `call` once per key per run; later identical requests share that result. */
  record(
    key: string,
    summary: RequestSummary,
    call: () => Promise<CompletionResult>
  ): Promise<CompletionResult> {
    let pending = this.recording.get(key)
    if (!pending) {
      pending = call().then(result => {
        this.entries.set(key, { key, request: summary, result: storableResult(result) })
        this.dirty = true
        return result
      })
      // A failed call is not recorded; the next identical request tries again.
      pending.catch(() => this.recording.delete(key))
      this.recording.set(key, pending)
    }
    return pending
  }

  /** Writes the cassette when anything was recorded; entries of earlier recordings are kept. */
  async flush(): Promise<void> {
    if (!this.dirty) return
    await Promise.allSettled(this.recording.values())
    await this.files.write(this.path, serializeCassette(this.entries.values()))
    this.dirty = false
  }
}

export interface ReplayOptions {
  /** What a miss does: an error (default) or a call to `passthrough`. */
  onMiss?: 'error' | 'passthrough'
  /** The real provider behind the model, for `onMiss: passthrough`. */
  passthrough?: Provider
}

/** Why a strict replay cannot start: its cassette file does not exist. */
export function missingCassetteMessage(label: string): string {
  return (
    `Cassette ${label} does not exist. Record it with \`promptgate run --record\` (needs the real provider's key), ` +
    'or set onMiss: passthrough on the replay provider.'
  )
}

/** Passthrough can fill in for a missing cassette, and --record writes one: only a strict replay needs the file. */
export function cassetteMustExist(provider: { onMiss?: string | undefined }, record: boolean): boolean {
  return !record && provider.onMiss !== 'passthrough'
}

export class ReplayProvider implements Provider {
  readonly kind = 'replay'

  constructor(
    readonly name: string,
    private readonly cassette: Cassette,
    private readonly options: ReplayOptions = {}
  ) {}

  /** Set when the cassette file is missing: the engine refuses to start a run that replays through it. */
  get unavailable(): string | undefined {
    return this.cassette.missing
  }

  async complete(request: CompletionRequest, options: CallOptions = {}): Promise<CompletionResult> {
    if (this.cassette.missing) throw new ProviderError(this.cassette.missing, undefined, false)
    const repeat = options.repeat ?? 0
    const entry = this.cassette.get(cassetteKey(request, repeat))
    if (entry) {
      return {
        ...entry.result,
        usage: entry.result.usage && { ...entry.result.usage },
        replayedFrom: 'cassette'
      }
    }
    if (this.options.onMiss === 'passthrough' && this.options.passthrough) {
      return this.options.passthrough.complete(request, options)
    }
    const passthroughHint =
      this.options.onMiss === 'passthrough'
        ? ' (onMiss is passthrough, but no other provider serves this model)'
        : `, or set providers.${this.name}.onMiss: passthrough to call the real provider on a miss`
    throw new ProviderError(
      `${this.name}: no recorded response in ${this.cassette.label} for model "${request.model}" ` +
        `(repeat ${repeat}, ${request.messages.length} messages): the prompt, case, parameters or model changed ` +
        `since recording. Re-record with \`promptgate run --record\`${passthroughHint}.`,
      undefined,
      false
    )
  }
}

/**
 * Wraps a real provider and records every successful call into a cassette (`--record`).
 * `close()` writes the cassette; it does not close the inner provider, which the registry owns.
 */
export class CassetteRecorder implements Provider {
  readonly name: string
  readonly kind: string

  constructor(
    private readonly inner: Provider,
    private readonly cassette: Cassette,
    options: { name?: string } = {}
  ) {
    this.name = options.name ?? inner.name
    this.kind = inner.kind
  }

  /** Set when the cassette file is missing: the engine refuses to start a run that replays through it. */
  get unavailable(): string | undefined {
    return this.cassette.missing
  }

  async complete(request: CompletionRequest, options: CallOptions = {}): Promise<CompletionResult> {
    if (this.cassette.missing) throw new ProviderError(this.cassette.missing, undefined, false)
    const repeat = options.repeat ?? 0
    const key = cassetteKey(request, repeat)
    const result = await this.cassette.record(key, summarizeRequest(request, repeat), () =>
      this.inner.complete(request, options)
    )
    return { ...result }
  }

  async close(): Promise<void> {
    await this.cassette.flush()
  }
}
