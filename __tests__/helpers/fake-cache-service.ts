// A local emulation of the GitHub Actions cache service (v2), which @actions/cache 6 talks to:
// twirp JSON calls to ACTIONS_RESULTS_URL (`/twirp/github.actions.results.api.v1.CacheService/
// GetCacheEntryDownloadURL | CreateCacheEntry | FinalizeCacheEntryUpload`, proto field names in
// snake_case, bearer ACTIONS_RUNTIME_TOKEN), an archive upload with Azure's Put Blob (the client
// uses @azure/storage-blob's BlockBlobClient.uploadFile) and a plain GET download of the signed
// URL. Entries are matched like GitHub matches them: same version only, the run's own scope
// first, then the scopes it may read (the base branch, the default branch); within a scope the
// exact key, then each restore key by prefix, newest entry first. The token names the scopes.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
/** Largest archive accepted; the fixture caches are a few kilobytes. */
const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024

export interface CacheScopes {
  /** Where this run's saves land, e.g. `refs/pull/7/merge`. */
  write: string
  /** Where its restores look, in order, the write scope first (GitHub's search order). */
  read: string[]
}

export interface StoredCacheEntry {
  id: number
  key: string
  version: string
  scope: string
  size: number
  archive?: Buffer
  finalized: boolean
}

export interface CacheFaults {
  /** Methods (e.g. `GetCacheEntryDownloadURL`) that never answer: a stalled service. */
  hang?: string[]
  /** Archive downloads answer this status instead of the archive. */
  downloadStatus?: number
  /** CreateCacheEntry answers ok: false with this message (GitHub's reply when saving is refused). */
  refuseCreate?: string
}

export interface FakeCacheService {
  /** For ACTIONS_RESULTS_URL. */
  readonly url: string
  readonly entries: StoredCacheEntry[]
  /** Twirp method names in the order received. */
  readonly calls: string[]
  /** The ACTIONS_RUNTIME_TOKEN of a run with these scopes. */
  tokenFor(scopes: CacheScopes): string
  faults: CacheFaults
  close(): Promise<void>
}

function scopesOf(authorization: string | undefined): CacheScopes | undefined {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
  if (!token) return undefined
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as CacheScopes
  } catch {
    return undefined
  }
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries: StoredCacheEntry[] = []
  const calls: string[] = []
  const sockets = new Set<Socket>()
  let nextId = 1
  let url = ''
  const service: FakeCacheService = {
    get url() {
      return url
    },
    entries,
    calls,
    faults: {},
    tokenFor: scopes => Buffer.from(JSON.stringify(scopes)).toString('base64url'),
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise(resolve => server.close(() => resolve()))
    }
  }

  function lookup(scopes: CacheScopes, body: { key?: string; restore_keys?: string[]; version?: string }) {
    const keys = [body.key ?? '', ...(body.restore_keys ?? [])]
    for (const scope of scopes.read) {
      const candidates = entries
        .filter(e => e.finalized && e.scope === scope && e.version === body.version)
        .reverse()
      const exact = candidates.find(e => e.key === body.key)
      if (exact) return exact
      for (const key of keys) {
        const prefixed = candidates.find(e => e.key.startsWith(key))
        if (prefixed) return prefixed
      }
    }
    return undefined
  }

  function twirp(method: string, scopes: CacheScopes, body: Record<string, unknown>): unknown {
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        const hit = lookup(scopes, body)
        if (!hit) return { ok: false, signed_download_url: '', matched_key: '' }
        return { ok: true, signed_download_url: `${url}/archive/${hit.id}?sig=fake`, matched_key: hit.key }
      }
      case 'CreateCacheEntry': {
        if (service.faults.refuseCreate)
          return { ok: false, signed_upload_url: '', message: service.faults.refuseCreate }
        const key = String(body.key)
        const version = String(body.version)
        if (entries.some(e => e.key === key && e.version === version && e.scope === scopes.write))
          return {
            ok: false,
            signed_upload_url: '',
            message: 'cache entry with the same key, version, and scope already exists'
          }
        const entry: StoredCacheEntry = {
          id: nextId++,
          key,
          version,
          scope: scopes.write,
          size: 0,
          finalized: false
        }
        entries.push(entry)
        return {
          ok: true,
          signed_upload_url: `${url}/devstoreaccount1/cache/${entry.id}?sv=2024-01-01&sig=fake`
        }
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find(
          e => e.key === body.key && e.version === body.version && e.scope === scopes.write && !e.finalized
        )
        if (!entry?.archive) return { ok: false, entry_id: '0', message: 'no upload for this entry' }
        entry.finalized = true
        entry.size = Number(body.size_bytes)
        return { ok: true, entry_id: String(entry.id) }
      }
      default:
        throw new Error(`unknown twirp method ${method}`)
    }
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_ARCHIVE_BYTES) chunks.push(chunk)
    })
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
      const raw = Buffer.concat(chunks)
      if (request.method === 'POST' && path.startsWith(SERVICE)) {
        const method = path.slice(SERVICE.length)
        calls.push(method)
        if (service.faults.hang?.includes(method)) return // never answers
        const scopes = scopesOf(request.headers.authorization)
        if (!scopes) {
          response.writeHead(401, { 'content-type': 'application/json' })
          response.end(JSON.stringify({ code: 'unauthenticated', msg: 'no or bad token' }))
          return
        }
        try {
          const reply = twirp(method, scopes, JSON.parse(raw.toString('utf8')) as Record<string, unknown>)
          response.writeHead(200, { 'content-type': 'application/json' })
          response.end(JSON.stringify(reply))
        } catch (error) {
          response.writeHead(400, { 'content-type': 'application/json' })
          response.end(JSON.stringify({ code: 'malformed', msg: String(error) }))
        }
        return
      }
      const upload = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(path)
      if (request.method === 'PUT' && upload) {
        const entry = entries.find(e => e.id === Number(upload[1]))
        if (!entry || size > MAX_ARCHIVE_BYTES) {
          response.writeHead(404)
          response.end()
          return
        }
        entry.archive = raw
        response.writeHead(201, {
          etag: `"0x${entry.id.toString(16)}"`,
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': `req-${entry.id}`,
          'x-ms-version': '2024-01-01',
          'x-ms-request-server-encrypted': 'true'
        })
        response.end()
        return
      }
      const download = /^\/archive\/(\d+)$/.exec(path)
      if (request.method === 'GET' && download) {
        const entry = entries.find(e => e.id === Number(download[1]))
        if (service.faults.downloadStatus || !entry?.archive) {
          response.writeHead(service.faults.downloadStatus ?? 404)
          response.end()
          return
        }
        response.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(entry.archive.length)
        })
        response.end(entry.archive)
        return
      }
      response.writeHead(404)
      response.end()
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return service
}
