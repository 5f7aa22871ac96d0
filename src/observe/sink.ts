// Where every CallRecord of a run goes on its way out: converted once into the versioned call line
// (content captured as configured), appended to the JSONL call log, and, when an OTLP endpoint is
// configured, exported as a span. The action and the CLI both open their log through here.
import { randomUUID } from 'node:crypto'
import type { Config } from '../config/schema.js'
import type { CallRecord } from '../core/types.js'
import { CallLog } from '../report/json.js'
import { priceVendorOf, type PriceVendor } from '../stats/cost.js'
import { endpointOf, serverOf } from '../providers/endpoint.js'
import { contentFilter, PG, type CallLine } from './format.js'
import { callLineFromRun } from './from-run.js'
import { createRedactor } from './redact.js'
import { DEFAULT_CONTENT_CAPTURE } from '../config/observe.js'

/** The SDK's default export timeout is 30 s; a gate should not wait that long for telemetry. */
export const DEFAULT_OTLP_TIMEOUT_MS = 10_000
/** The OTLP/HTTP path for traces (OTLP specification, "OTLP/HTTP Request"). */
export const OTLP_TRACES_PATH = '/v1/traces'

export interface OtlpTarget {
  url: string
  headers: Record<string, string>
  timeoutMs: number
  serviceName: string
  runName: string
  runAttributes: Record<string, string>
  warn(message: string): void
}

/** What the lazily loaded exporter offers. */
export interface SpanSink {
  write(line: CallLine): void
  close(): Promise<void>
}

export interface CallSinkOptions {
  logPath: string
  config: Config
  env: Readonly<Record<string, string | undefined>>
  /** `run`, `baseline` or `gate`: names the run span. */
  runName: string
  commits?: { base?: string; head?: string }
  warn(message: string): void
  /** Header values are credentials: the action masks them. */
  onSecret?(secret: string): void
}

/** `k1=v1,k2=v2`, values URL-encoded, as OTEL_EXPORTER_OTLP_HEADERS is specified. */
export function parseOtlpHeaders(text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const pair of (text ?? '').split(',')) {
    const at = pair.indexOf('=')
    if (at <= 0) continue
    const key = pair.slice(0, at).trim()
    const raw = pair.slice(at + 1).trim()
    let value = raw
    try {
      value = decodeURIComponent(raw)
    } catch {
      // Not URL-encoded after all: keep it as written.
    }
    if (key) headers[key] = value
  }
  return headers
}

function positiveMs(text: string | undefined): number | undefined {
  const value = Number(text)
  return text !== undefined && Number.isFinite(value) && value > 0 ? value : undefined
}

/** The export target from config and the standard OTEL_* variables; undefined when export is off. */
export function resolveOtlpTarget(
  options: Pick<CallSinkOptions, 'config' | 'env' | 'runName' | 'warn'>
): OtlpTarget | undefined {
  const { env } = options
  const otlp = options.config.observe?.otlp
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined
  const base = otlp?.endpoint ?? env.OTEL_EXPORTER_OTLP_ENDPOINT
  const url =
    otlp?.endpoint === undefined && env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
      ? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
      : base
        ? base.replace(/\/+$/, '') + OTLP_TRACES_PATH
        : undefined
  if (!url) return undefined
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL
  if (protocol === 'grpc') {
    options.warn(
      'OTEL_EXPORTER_OTLP_PROTOCOL=grpc is not supported: PromptGate exports OTLP/HTTP (JSON); point the endpoint at the collector’s HTTP port (4318).'
    )
  }
  return {
    url,
    headers: {
      ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
      ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS),
      ...otlp?.headers
    },
    timeoutMs:
      positiveMs(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT) ??
      positiveMs(env.OTEL_EXPORTER_OTLP_TIMEOUT) ??
      DEFAULT_OTLP_TIMEOUT_MS,
    serviceName: otlp?.serviceName ?? env.OTEL_SERVICE_NAME ?? 'promptgate',
    runName: options.runName,
    runAttributes: {},
    warn: options.warn
  }
}

/**
 * Call ids: one random UUID per run with a counter in its last 12 hex digits, unique per call and
 * across runs (a fresh UUID per line cost more than the rest of its identity).
 */
function callIds(): () => string {
  const prefix = randomUUID().slice(0, -12)
  let next = 0
  return () => prefix + (next++).toString(16).padStart(12, '0')
}

/** The server of each provider's calls per side, decided once: it parses the provider's URL. */
function serversByProvider(
  config: Config
): (providerName: string, side: CallRecord['side']) => { address: string; port: number } | undefined {
  const known = new Map<string, { address: string; port: number } | undefined>()
  return (providerName, side) => {
    const key = `${side} ${providerName}`
    if (!known.has(key)) {
      const provider = config.providers[providerName]
      const url = provider && endpointOf(provider, side)
      known.set(key, url === undefined ? undefined : serverOf(url))
    }
    return known.get(key)
  }
}

/** priceVendorOf per provider name, decided once: it parses the provider's base URL. */
function vendorsByProvider(config: Config): (providerName: string) => PriceVendor | undefined {
  const known = new Map<string, PriceVendor | undefined>()
  return providerName => {
    if (!known.has(providerName)) known.set(providerName, priceVendorOf(config.providers[providerName]))
    return known.get(providerName)
  }
}

/** Opens the call log (and the exporter), hands `run` the one writer, and closes both after it. */
export async function withCallSinks<T>(
  options: CallSinkOptions,
  run: (write: (record: CallRecord) => void) => Promise<T>
): Promise<T> {
  const { config } = options
  const capture = config.observe?.content ?? DEFAULT_CONTENT_CAPTURE
  const filter = contentFilter(capture, capture === 'redacted' ? createRedactor(config.rails) : text => text)
  const log = await CallLog.open(options.logPath)
  let spans: SpanSink | undefined
  try {
    const target = resolveOtlpTarget(options)
    if (target) {
      for (const value of Object.values(target.headers)) options.onSecret?.(value)
      if (options.commits?.head) target.runAttributes[PG.commit] = options.commits.head
      // The SDK is loaded only now: a run without export never parses it.
      const { createOtlpSpanSink } = await import('./otlp.js')
      spans = createOtlpSpanSink(target)
    }
    const context = {
      filter,
      capture,
      commits: options.commits,
      prices: config.prices,
      // A replayed call's vendor depends on its suite's model id, which a call record lacks: its
      // cost in the log is unknown (the report still prices it like the recorded provider).
      priceVendor: vendorsByProvider(config),
      priceMemo: new Map(),
      server: serversByProvider(config),
      newId: callIds()
    }
    return await run(record => {
      const line = callLineFromRun(record, context)
      log.write(line)
      spans?.write(line)
    })
  } finally {
    await spans?.close()
    await log.close()
  }
}
