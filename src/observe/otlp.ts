// OTLP/HTTP export of a run's calls with the official OpenTelemetry JS SDK: one span per call, under
// one span per suite, under one span for the run. Loaded with import() only when an endpoint is
// configured, so the CLI's start-up and a run without export never pay for the SDK.
// The exporter is @opentelemetry/exporter-trace-otlp-http, which sends OTLP's JSON encoding
// (Content-Type: application/json) to <endpoint>/v1/traces; every OTLP/HTTP receiver accepts it.
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type Tracer
} from '@opentelemetry/api'
import { ExportResultCode, type ExportResult } from '@opentelemetry/core'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type ReadableSpan,
  type SpanExporter
} from '@opentelemetry/sdk-trace-base'
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions'
import { PROMPTGATE_VERSION } from '../version.js'
import { GENAI, PG, toSpanAttributes, type CallLine } from './format.js'
import type { SpanSink, OtlpTarget } from './sink.js'

/** Spans per export request; the SDK's default (512) suits a run of thousands of calls. */
const MAX_EXPORT_BATCH_SIZE = 512
/** Spans held while the collector is slow; past it the SDK drops spans (never blocks the gate). */
const MAX_QUEUE_SIZE = 4096

/** Beyond the export timeout, what shutdown may take to give up its last request. */
const SHUTDOWN_GRACE_MS = 1000

/** The span name the conventions ask for: `{gen_ai.operation.name} {gen_ai.request.model}`. */
function callSpanName(line: CallLine): string {
  const operation = String(line.attributes[GENAI.operationName] ?? 'chat')
  const model = line.attributes[GENAI.requestModel]
  return model === undefined ? operation : `${operation} ${String(model)}`
}

/** Tells the sink about the first failed export; the gate's verdict never depends on it. */
class ReportingExporter implements SpanExporter {
  constructor(
    private readonly inner: SpanExporter,
    private readonly onFailure: (error: Error | undefined) => void
  ) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans, result => {
      if (result.code !== ExportResultCode.SUCCESS) this.onFailure(result.error)
      done(result)
    })
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown()
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve()
  }
}

interface SuiteSpan {
  span: Span
  context: Context
  endMs: number
}

export function createOtlpSpanSink(target: OtlpTarget): SpanSink {
  let warned = false
  const warnOnce = (what: string) => {
    if (warned) return
    warned = true
    target.warn(
      `OpenTelemetry export to ${target.url} ${what}; the run goes on and its verdict is unaffected. Later export errors are not repeated.`
    )
  }
  const exporter = new ReportingExporter(
    new OTLPTraceExporter({ url: target.url, headers: target.headers, timeoutMillis: target.timeoutMs }),
    error => warnOnce(`failed (${error?.message ?? 'no details'})`)
  )
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: target.serviceName,
      [ATTR_SERVICE_VERSION]: PROMPTGATE_VERSION
    }),
    spanProcessors: [
      new BatchSpanProcessor(exporter, {
        maxExportBatchSize: MAX_EXPORT_BATCH_SIZE,
        maxQueueSize: MAX_QUEUE_SIZE,
        exportTimeoutMillis: target.timeoutMs
      })
    ]
  })
  const tracer: Tracer = provider.getTracer('promptgate', PROMPTGATE_VERSION)
  const runStartMs = Date.now()
  const runSpan = tracer.startSpan(
    `promptgate ${target.runName}`,
    { kind: SpanKind.INTERNAL, startTime: runStartMs, attributes: target.runAttributes },
    ROOT_CONTEXT
  )
  const runContext = trace.setSpan(ROOT_CONTEXT, runSpan)
  const suites = new Map<string, SuiteSpan>()

  const suiteFor = (suite: string, startMs: number): SuiteSpan => {
    let entry = suites.get(suite)
    if (!entry) {
      // Suites run interleaved from the start of the run (base and head, case by case), and a call
      // finished first may have started later than one still in flight: the suite spans the run.
      const span = tracer.startSpan(
        `promptgate suite ${suite}`,
        { kind: SpanKind.INTERNAL, startTime: runStartMs, attributes: { [PG.suite]: suite } },
        runContext
      )
      entry = { span, context: trace.setSpan(runContext, span), endMs: startMs }
      suites.set(suite, entry)
    }
    return entry
  }

  return {
    write(line: CallLine): void {
      // A child never starts before its parent, whatever clock skew the record carries.
      const startMs = Math.max(runStartMs, Date.parse(line.time))
      const endMs = startMs + (line.durationMs ?? 0)
      const suite = suiteFor(String(line.attributes[PG.suite] ?? 'calls'), startMs)
      suite.endMs = Math.max(suite.endMs, endMs)
      const span = tracer.startSpan(
        callSpanName(line),
        { kind: SpanKind.CLIENT, startTime: startMs, attributes: toSpanAttributes(line.attributes) },
        suite.context
      )
      if (line.attributes[GENAI.errorType] !== undefined) {
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: String(line.attributes[PG.errorMessage] ?? '')
        })
      }
      span.end(endMs)
    },
    async close(): Promise<void> {
      const endMs = Date.now()
      for (const suite of suites.values()) suite.span.end(suite.endMs)
      runSpan.end(endMs)
      // Bounded: a collector that never answers must not hold the gate past the export timeout.
      let timer: NodeJS.Timeout | undefined
      const finished = await Promise.race([
        provider.shutdown().then(
          () => true,
          () => true
        ),
        new Promise<boolean>(resolve => {
          timer = setTimeout(() => resolve(false), target.timeoutMs + SHUTDOWN_GRACE_MS)
          timer.unref()
        })
      ])
      clearTimeout(timer)
      if (!finished) warnOnce(`did not finish within ${target.timeoutMs + SHUTDOWN_GRACE_MS} ms`)
    }
  }
}
