import type { TokenUsage } from '../core/types.js';
import type { Price, ProviderConfig } from '../config/schema.js';
export declare const PRICE_TABLE_REVIEWED = "2025-08";
/** Vendors with a list price table below. */
export type PriceVendor = 'openai' | 'anthropic' | 'groq' | 'mistral';
/**
 * Whose list prices apply to calls through `provider`. Undefined for local or unknown servers
 * and Azure deployments: their cost is unknown unless `prices:` names the model.
 */
export declare function priceVendorOf(provider: ProviderConfig | undefined): PriceVendor | undefined;
/** Keys are normalised names (see normaliseModelName). */
export declare const PRICE_TABLES: Readonly<Record<PriceVendor, Readonly<Record<string, Price>>>>;
/**
 * Lower-case; drop a `publisher/` prefix (GitHub Models ids, OpenRouter); dots to dashes (`gpt-4.1`
 * and `claude-3.5-sonnet` are spelt both ways); drop a trailing date snapshot (`-2024-08-06`,
 * `-20241022`) or `-latest` alias. Exact matches only afterwards: a prefix match would price
 * `gpt-4o-mini-…` as `gpt-4o`.
 */
export declare function normaliseModelName(model: string): string;
/** Price of a model: config overrides (by exact name, then normalised), then the vendor's table. */
export declare function priceOf(model: string, overrides?: Readonly<Record<string, Price>>, vendor?: PriceVendor): Price | undefined;
/** USD for one call; undefined when the model's price or the call's token counts are unknown. */
export declare function costOf(usage: TokenUsage | undefined, model: string | undefined, overrides?: Readonly<Record<string, Price>>, vendor?: PriceVendor): number | undefined;
/**
 * costOf for a price already looked up (a call log prices thousands of calls of one model: the
 * lookup normalises the name each time). Undefined when the price or the token counts are unknown.
 */
export declare function costAtPrice(usage: TokenUsage | undefined, price: Price | undefined): number | undefined;
