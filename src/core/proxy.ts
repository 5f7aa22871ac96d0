// Which proxy a request goes through: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY, upper or
// lower case, as curl and most tools read them (proxy-from-env, the library axios uses). One
// place decides for model providers (providers/http.ts) and for the GitHub API (github/proxy.ts).
import { getProxyForUrl } from 'proxy-from-env'

/** The proxy URL for `url`, or undefined when it goes direct (no proxy set, or NO_PROXY matches). */
export function proxyUrlFor(url: string): string | undefined {
  const proxy = getProxyForUrl(url)
  return proxy === '' ? undefined : proxy
}

/** A proxy URL for logs: credentials in it (http://user:pass@proxy) are never printed. */
export function describeProxy(proxyUrl: string): string {
  try {
    const url = new URL(proxyUrl)
    return `${url.protocol}//${url.host}`
  } catch {
    return 'an unparsable proxy URL'
  }
}
