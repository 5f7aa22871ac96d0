import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/stats/cost.ts
var COMPATIBLE_HOST_VENDORS = {
  "api.groq.com": "groq",
  "api.mistral.ai": "mistral"
};
function priceVendorOf(provider) {
  if (!provider) return void 0;
  if (provider.type === "openai") return "openai";
  if (provider.type === "anthropic") return "anthropic";
  if (provider.type === "openai-compatible") {
    let host;
    try {
      host = new URL(provider.baseUrl).hostname.toLowerCase();
    } catch {
      return void 0;
    }
    return COMPATIBLE_HOST_VENDORS[host];
  }
  return void 0;
}
var PRICE_TABLES = {
  openai: {
    "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
    "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    "gpt-4-1": { inputPerMillion: 2, outputPerMillion: 8 },
    "gpt-4-1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
    "gpt-4-1-nano": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
    "gpt-4-turbo": { inputPerMillion: 10, outputPerMillion: 30 },
    "gpt-3-5-turbo": { inputPerMillion: 0.5, outputPerMillion: 1.5 },
    "gpt-5": { inputPerMillion: 1.25, outputPerMillion: 10 },
    "gpt-5-mini": { inputPerMillion: 0.25, outputPerMillion: 2 },
    "gpt-5-nano": { inputPerMillion: 0.05, outputPerMillion: 0.4 },
    o1: { inputPerMillion: 15, outputPerMillion: 60 },
    "o1-mini": { inputPerMillion: 1.1, outputPerMillion: 4.4 },
    o3: { inputPerMillion: 2, outputPerMillion: 8 },
    "o3-mini": { inputPerMillion: 1.1, outputPerMillion: 4.4 },
    "o4-mini": { inputPerMillion: 1.1, outputPerMillion: 4.4 }
  },
  // Anthropic (both the old "claude-3-5-sonnet" and the new "claude-sonnet-4" word orders occur)
  anthropic: {
    "claude-3-haiku": { inputPerMillion: 0.25, outputPerMillion: 1.25 },
    "claude-3-opus": { inputPerMillion: 15, outputPerMillion: 75 },
    "claude-3-5-haiku": { inputPerMillion: 0.8, outputPerMillion: 4 },
    "claude-3-5-sonnet": { inputPerMillion: 3, outputPerMillion: 15 },
    "claude-3-7-sonnet": { inputPerMillion: 3, outputPerMillion: 15 },
    "claude-sonnet-4": { inputPerMillion: 3, outputPerMillion: 15 },
    "claude-opus-4": { inputPerMillion: 15, outputPerMillion: 75 },
    "claude-opus-4-1": { inputPerMillion: 15, outputPerMillion: 75 }
  },
  // Open-weight models at a well-known host (Groq list prices)
  groq: {
    "llama-3-1-8b-instant": { inputPerMillion: 0.05, outputPerMillion: 0.08 },
    "llama-3-3-70b-versatile": { inputPerMillion: 0.59, outputPerMillion: 0.79 }
  },
  // Mistral La Plateforme
  mistral: {
    "mistral-large-latest": { inputPerMillion: 2, outputPerMillion: 6 }
  }
};
function normaliseModelName(model) {
  let name = model.trim().toLowerCase();
  const slash = name.lastIndexOf("/");
  if (slash >= 0) name = name.slice(slash + 1);
  name = name.replace(/\./g, "-");
  name = name.replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, "");
  return name;
}
function priceOf(model, overrides, vendor) {
  if (overrides?.[model]) return overrides[model];
  const normalised = normaliseModelName(model);
  if (overrides) {
    for (const [key, price] of Object.entries(overrides)) {
      if (normaliseModelName(key) === normalised) return price;
    }
  }
  if (!vendor) return void 0;
  const table = PRICE_TABLES[vendor];
  return table[normalised] ?? table[normalised.replace(/-latest$/, "")];
}
function costOf(usage, model, overrides, vendor) {
  if (model === void 0 || !hasTokenCounts(usage)) return void 0;
  return costAtPrice(usage, priceOf(model, overrides, vendor));
}
function hasTokenCounts(usage) {
  return usage !== void 0 && (usage.inputTokens !== void 0 || usage.outputTokens !== void 0);
}
function costAtPrice(usage, price) {
  if (!price || !hasTokenCounts(usage)) return void 0;
  return ((usage.inputTokens ?? 0) * price.inputPerMillion + (usage.outputTokens ?? 0) * price.outputPerMillion) / 1e6;
}

export {
  priceVendorOf,
  priceOf,
  costOf,
  costAtPrice
};
