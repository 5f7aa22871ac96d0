// A local forward proxy for tests, as corporate proxies behave: plain HTTP requests in absolute
// form are forwarded, HTTPS goes through a CONNECT tunnel. Every request is recorded, so a test can
// prove which calls went through it. Also a TLS front (a self-signed certificate made with
// openssl for localhost) that terminates TLS and passes the bytes to a plain HTTP server, so an
// https:// endpoint exists for CONNECT without a second server implementation.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net, { type AddressInfo, type Socket } from 'node:net'
import { join } from 'node:path'
import tls from 'node:tls'

export interface ProxiedRequest {
  kind: 'forward' | 'connect'
  /** `host:port` of the origin the client asked for. */
  target: string
  /** For forwarded requests: method and absolute URL. */
  url?: string
}

export interface TestProxy {
  /** For HTTP_PROXY / HTTPS_PROXY. */
  readonly url: string
  readonly requests: ProxiedRequest[]
  close(): Promise<void>
}

function closer(server: net.Server, sockets: Set<Socket>): () => Promise<void> {
  return () => {
    for (const socket of sockets) socket.destroy()
    return new Promise(resolve => server.close(() => resolve()))
  }
}

function track(server: net.Server, sockets: Set<Socket>): void {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
}

export async function startTestProxy(): Promise<TestProxy> {
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const server = http.createServer((request, response) => {
    // A forward proxy receives the absolute URL: http://host:port/path.
    const target = new URL(request.url ?? '')
    requests.push({ kind: 'forward', target: target.host, url: `${request.method} ${target.href}` })
    const upstream = http.request(
      {
        hostname: target.hostname,
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        method: request.method,
        headers: { ...request.headers, host: target.host }
      },
      reply => {
        response.writeHead(reply.statusCode ?? 502, reply.headers)
        reply.pipe(response)
      }
    )
    upstream.on('error', () => {
      response.writeHead(502)
      response.end()
    })
    request.pipe(upstream)
  })
  server.on('connect', (request: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = request.url ?? ''
    requests.push({ kind: 'connect', target })
    const [host, port] = [
      target.slice(0, target.lastIndexOf(':')),
      Number(target.slice(target.lastIndexOf(':') + 1))
    ]
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
  })
  track(server, sockets)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: closer(server, sockets)
  }
}

export interface TlsFront {
  /** https://localhost:<port>, terminating TLS in front of the plain server. */
  readonly origin: string
  /** The certificate, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string
  close(): Promise<void>
}

/** A self-signed certificate for localhost and 127.0.0.1, written into `dir`. */
export function makeLocalCertificate(dir: string): { keyFile: string; certFile: string } {
  const keyFile = join(dir, 'localhost.key')
  const certFile = join(dir, 'localhost.crt')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile
    ],
    { stdio: 'ignore' }
  )
  return { keyFile, certFile }
}

export async function startTlsFront(dir: string, plainPort: number): Promise<TlsFront> {
  const { keyFile, certFile } = makeLocalCertificate(dir)
  const sockets = new Set<Socket>()
  const server = tls.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, secure => {
    const plain = net.connect(plainPort, '127.0.0.1')
    secure.pipe(plain)
    plain.pipe(secure)
    plain.on('error', () => secure.destroy())
    secure.on('error', () => plain.destroy())
    sockets.add(plain)
    plain.on('close', () => sockets.delete(plain))
  })
  track(server, sockets)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `https://localhost:${(server.address() as AddressInfo).port}`,
    caFile: certFile,
    close: closer(server, sockets)
  }
}
