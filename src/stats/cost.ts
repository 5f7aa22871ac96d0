// What a call costs. Prices are the vendors' published list prices for standard (non-batch,
// non-cached-input) text tokens, in USD per million tokens.
//
// Last reviewed: 2025-08, from the vendors' public pricing pages. Prices change: a repo's config
// `prices:` (keyed by the provider's model name) always wins over this table, and a model missing
// from both has an UNKNOWN cost — reported as "unknown price", never as 0, because a gate on
// `maxCostPerCall` must not pass on a made-up zero.
//
// A list price applies only where that vendor serves the call: `gpt-4o-mini` on OpenAI's API is
// priced, the same name on an Ollama or vLLM server (openai-compatible), or an Azure deployment
// (priced per region and deployment type), is not. So the table is keyed by vendor, and the vendor
// comes from the provider's type (and, for openai-compatible, the host it calls).
import type { TokenUsage } from '../core/types.js'
import type { Price, ProviderConfig } from '../config/schema.js'

export const PRICE_TABLE_REVIEWED = '2025-08'

/** Vendors with a list price table below. */
export type PriceVendor = 'openai' | 'anthropic' | 'groq' | 'mistral'

/** OpenAI-compatible hosts whose list prices are in the table (their public pricing pages). */
const COMPATIBLE_HOST_VENDORS: Readonly<Record<string, PriceVendor>> = {
  'api.groq.com': 'groq',
  'api.mistral.ai': 'mistral'
}

/**
 * Whose list prices apply to calls through `provider`. Undefined for local or unknown servers
 * and Azure deployments: their cost is unknown unless `prices:` names the model.
 */
export function priceVendorOf(provider: ProviderConfig | undefined): PriceVendor | undefined {
  if (!provider) return undefined
  if (provider.type === 'openai') return 'openai'
  if (provider.type === 'anthropic') return 'anthropic'
  if (provider.type === 'openai-compatible') {
    let host: string
    try {
      host = new URL(provider.baseUrl).hostname.toLowerCase()
    } catch {
      return undefined
    }
    return COMPATIBLE_HOST_VENDORS[host]
  }
  return undefined
}

/** Keys are normalised names (see normaliseModelName). */
export const PRICE_TABLES: Readonly<Record<PriceVendor, Readonly<Record<string, Price>>>> = {
  openai: {
    'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
    'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    'gpt-4-1': { inputPerMillion: 2, outputPerMillion: 8 },
    'gpt-4-1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
    'gpt-4-1-nano': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
    'gpt-4-turbo': { inputPerMillion: 10, outputPerMillion: 30 },
    'gpt-3-5-turbo': { inputPerMillion: 0.5, outputPerMillion: 1.5 },
    'gpt-5': { inputPerMillion: 1.25, outputPerMillion: 10 },
    'gpt-5-mini': { inputPerMillion: 0.25, outputPerMillion: 2 },
    'gpt-5-nano': { inputPerMillion: 0.05, outputPerMillion: 0.4 },
    o1: { inputPerMillion: 15, outputPerMillion: 60 },
    'o1-mini': { inputPerMillion: 1.1, outputPerMillion: 4.4 },
    o3: { inputPerMillion: 2, outputPerMillion: 8 },
    'o3-mini': { inputPerMillion: 1.1, outputPerMillion: 4.4 },
    'o4-mini': { inputPerMillion: 1.1, outputPerMillion: 4.4 }
  },
  // Anthropic (both the old "claude-3-5-sonnet" and the new "claude-sonnet-4" word orders occur)
  anthropic: {
    'claude-3-haiku': { inputPerMillion: 0.25, outputPerMillion: 1.25 },
    'claude-3-opus': { inputPerMillion: 15, outputPerMillion: 75 },
    'claude-3-5-haiku': { inputPerMillion: 0.8, outputPerMillion: 4 },
    'claude-3-5-sonnet': { inputPerMillion: 3, outputPerMillion: 15 },
    'claude-3-7-sonnet': { inputPerMillion: 3, outputPerMillion: 15 },
    'claude-sonnet-4': { inputPerMillion: 3, outputPerMillion: 15 },
    'claude-opus-4': { inputPerMillion: 15, outputPerMillion: 75 },
    'claude-opus-4-1': { inputPerMillion: 15, outputPerMillion: 75 }
  },
  // Open-weight models at a well-known host (Groq list prices)
  groq: {
    'llama-3-1-8b-instant': { inputPerMillion: 0.05, outputPerMillion: 0.08 },
    'llama-3-3-70b-versatile': { inputPerMillion: 0.59, outputPerMillion: 0.79 }
  },
  // Mistral La Plateforme
  mistral: {
    'mistral-large-latest': { inputPerMillion: 2, outputPerMillion: 6 }
  }
}

/**
 * Lower-case; drop a `publisher/` prefix (GitHub Models ids, OpenRouter); dots to dashes (`gpt-4.1`
 * and `claude-3.5-sonnet` are spelt both ways); drop a trailing date snapshot (`-2024-08-06`,
 * `-20241022`) or `-latest` alias. Exact matches only afterwards: a prefix match would price
 * `gpt-4o-mini-…` as `gpt-4o`.
 */
export function normaliseModelName(model: string): string {
  let name = model.trim().toLowerCase()
  const slash = name.lastIndexOf('/')
  if (slash >= 0) name = name.slice(slash + 1)
  name = name.replace(/\./g, '-')
  name = name.replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '')
  return name
}

/** Price of a model: config overrides (by exact name, then normalised), then the vendor's table. */
export function priceOf(
  model: string,
  overrides?: Readonly<Record<string, Price>>,
  vendor?: PriceVendor
): Price | undefined {
  if (overrides?.[model]) return overrides[model]
  const normalised = normaliseModelName(model)
  if (overrides) {
    for (const [key, price] of Object.entries(overrides)) {
      if (normaliseModelName(key) === normalised) return price
    }
  }
  if (!vendor) return undefined
  const table = PRICE_TABLES[vendor]
  return table[normalised] ?? table[normalised.replace(/-latest$/, '')]
}

/** USD for one call; undefined when the model's price or the call's token counts are unknown. */
export function costOf(
  usage: TokenUsage | undefined,
  model: string | undefined,
  overrides?: Readonly<Record<string, Price>>,
  vendor?: PriceVendor
): number | undefined {
  if (model === undefined || !hasTokenCounts(usage)) return undefined
  return costAtPrice(usage, priceOf(model, overrides, vendor))
}

function hasTokenCounts(usage: TokenUsage | undefined): usage is TokenUsage {
  return usage !== undefined && (usage.inputTokens !== undefined || usage.outputTokens !== undefined)
}

/**
 * costOf for a price already looked up (a call log prices thousands of calls of one model: the
 * lookup normalises the name each time). Undefined when the price or the token counts are unknown.
 */
export function costAtPrice(usage: TokenUsage | undefined, price: Price | undefined): number | undefined {
  if (!price || !hasTokenCounts(usage)) return undefined
  return (
    ((usage.inputTokens ?? 0) * price.inputPerMillion + (usage.outputTokens ?? 0) * price.outputPerMillion) /
    1_000_000
  )
}
