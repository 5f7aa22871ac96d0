// Where a provider's HTTP calls go: one rule for the providers' request URLs and for the call log's
// `server.address` / `server.port` (OpenTelemetry's names for the server a client called).
import type { ProviderConfig } from '../config/schema.js'
import type { VersionSide } from '../core/types.js'

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1'
export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com'

type ModelApiConfig = Extract<
  ProviderConfig,
  { type: 'openai' | 'openai-compatible' | 'azure-openai' | 'anthropic' }
>

/** A model API's base URL: the configured one, else the vendor's own. */
export function apiBaseUrl(config: ModelApiConfig): string {
  return (
    config.baseUrl ?? (config.type === 'anthropic' ? ANTHROPIC_DEFAULT_BASE_URL : OPENAI_DEFAULT_BASE_URL)
  )
}

/** A feature endpoint's URL for `side`: the base version may run elsewhere (baseVersionUrl). */
export function featureUrl(config: Extract<ProviderConfig, { type: 'http' }>, side: VersionSide): string {
  return side === 'base' ? (config.baseVersionUrl ?? config.url) : config.url
}

/** The URL a provider's calls for `side` go to; undefined for providers that call no server (exec, replay). */
export function endpointOf(config: ProviderConfig, side: VersionSide): string | undefined {
  switch (config.type) {
    case 'openai':
    case 'openai-compatible':
    case 'azure-openai':
    case 'anthropic':
      return apiBaseUrl(config)
    case 'http':
      return featureUrl(config, side)
    default:
      return undefined
  }
}

/** Host (IPv6 literals without brackets) and port (the scheme's default when none is given) of a URL. */
export function hostAndPort(url: URL): { address: string; port: number } {
  return {
    address: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  }
}

/** The server behind `url`, for server.address and server.port; undefined for a URL that is none. */
export function serverOf(url: string): { address: string; port: number } | undefined {
  try {
    return hostAndPort(new URL(url))
  } catch {
    return undefined
  }
}
