// A local OTLP/HTTP trace receiver for tests: node:http on 127.0.0.1, POST /v1/traces. It decodes
// what it gets by its Content-Type, as a collector does: application/json is OTLP's JSON encoding
// (ExportTraceServiceRequest with camelCase fields, hex trace/span ids, int64 as strings, AnyValue
// wrappers); anything else is refused with 415 so a change of the exporter's encoding fails loudly.
// The decoder is written here from the OTLP specification, independent of src/observe/read.ts.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface ReceivedSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  name: string
  /** OTLP's enum: 1 internal, 2 server, 3 client. */
  kind: number
  startMs: number
  endMs: number
  status?: { code?: number; message?: string }
  attributes: Record<string, unknown>
  resource: Record<string, unknown>
  scope: string
}

export interface OtlpReceiver {
  url: string
  spans: ReceivedSpan[]
  /** Raw request bodies, as an exporter file would hold them. */
  bodies: string[]
  contentTypes: string[]
  close(): Promise<void>
}

type Json = Record<string, unknown>

function anyValue(value: unknown): unknown {
  const v = (value ?? {}) as Json
  if ('stringValue' in v) return v.stringValue
  if ('boolValue' in v) return v.boolValue
  if ('intValue' in v) return Number(v.intValue)
  if ('doubleValue' in v) return v.doubleValue
  if ('arrayValue' in v) return (((v.arrayValue as Json).values as unknown[]) ?? []).map(anyValue)
  if ('kvlistValue' in v) return keyValues(((v.kvlistValue as Json).values as unknown[]) ?? [])
  throw new Error(`unknown OTLP AnyValue ${JSON.stringify(value)}`)
}

function keyValues(list: unknown[]): Record<string, unknown> {
  return Object.fromEntries((list as Json[]).map(kv => [kv.key as string, anyValue(kv.value)]))
}

const nanosToMs = (value: unknown) => Number(BigInt(String(value)) / 1_000_000n)

function decode(body: string): ReceivedSpan[] {
  const request = JSON.parse(body) as Json
  const spans: ReceivedSpan[] = []
  for (const rs of (request.resourceSpans as Json[]) ?? []) {
    const resource = keyValues(((rs.resource as Json | undefined)?.attributes as unknown[]) ?? [])
    for (const ss of (rs.scopeSpans as Json[]) ?? []) {
      const scope = String((ss.scope as Json | undefined)?.name ?? '')
      for (const s of (ss.spans as Json[]) ?? []) {
        spans.push({
          traceId: String(s.traceId),
          spanId: String(s.spanId),
          ...(s.parentSpanId ? { parentSpanId: String(s.parentSpanId) } : {}),
          name: String(s.name),
          kind: Number(s.kind),
          startMs: nanosToMs(s.startTimeUnixNano),
          endMs: nanosToMs(s.endTimeUnixNano),
          ...(s.status ? { status: s.status as ReceivedSpan['status'] } : {}),
          attributes: keyValues((s.attributes as unknown[]) ?? []),
          resource,
          scope
        })
      }
    }
  }
  return spans
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = []
  const bodies: string[] = []
  const contentTypes: string[] = []
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk as Buffer))
    req.on('end', () => {
      const type = String(req.headers['content-type'] ?? '')
      contentTypes.push(type)
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end()
        return
      }
      if (!type.startsWith('application/json')) {
        res.writeHead(415).end()
        return
      }
      const body = Buffer.concat(chunks).toString('utf8')
      bodies.push(body)
      spans.push(...decode(body))
      // ExportTraceServiceResponse: an empty object means every span was accepted.
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    bodies,
    contentTypes,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
