// Octokit calls global fetch, which ignores HTTPS_PROXY on Node 20. When a proxy applies to the
// GitHub API URL, requests go through undici's fetch with its EnvHttpProxyAgent (HTTPS_PROXY,
// HTTP_PROXY, NO_PROXY; it tunnels with CONNECT). Without a proxy nothing changes, and undici is
// loaded only on the first proxied request.
import type * as Undici from 'undici'
import { describeProxy, proxyUrlFor } from '../core/proxy.js'

export interface ProxiedFetch {
  fetch: typeof globalThis.fetch
  /** For the log: the proxy's scheme and host, never its credentials. */
  via: string
}

async function loadUndici(): Promise<typeof Undici> {
  // undici is CommonJS: bundled into ESM its exports may sit on `default`.
  const loaded = (await import('undici')) as typeof Undici & { default?: typeof Undici }
  return typeof loaded.EnvHttpProxyAgent === 'function' ? loaded : (loaded.default ?? loaded)
}

/** A fetch through the proxy for `apiUrl`, or undefined when it goes direct. */
export function proxiedFetchFor(apiUrl: string): ProxiedFetch | undefined {
  const proxy = proxyUrlFor(apiUrl)
  if (!proxy) return undefined
  let client: Promise<{ undici: typeof Undici; dispatcher: Undici.Dispatcher }> | undefined
  const fetch = async (
    input: Parameters<typeof Undici.fetch>[0],
    init?: Parameters<typeof Undici.fetch>[1]
  ) => {
    client ??= loadUndici().then(undici => ({ undici, dispatcher: new undici.EnvHttpProxyAgent() }))
    const { undici, dispatcher } = await client
    return undici.fetch(input, { ...init, dispatcher })
  }
  return { fetch: fetch as unknown as typeof globalThis.fetch, via: describeProxy(proxy) }
}
