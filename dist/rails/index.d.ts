import type { Severity, Violation } from '../core/types.js';
import { type CustomValidator } from './custom.js';
import { type RailsConfig } from './schema.js';
import { type LanguageDetector, type RailsContext } from './types.js';
export { railsConfigSchema, type RailsConfig } from './schema.js';
export { loadCustomValidators, type CustomValidator, type CustomViolationLike } from './custom.js';
export type { Severity, Violation } from '../core/types.js';
export type { LanguageDetector, RailsContext } from './types.js';
/** Ids of the built-in validators; custom ones add `custom.<name>` or their configured id. */
export declare const railsValidatorIds: readonly string[];
export interface RailsResult {
    /** False when any violation is at or above `failOn`. */
    ok: boolean;
    /** Sorted by start offset. Spans are UTF-16 offsets into the output, end exclusive. */
    violations: Violation[];
    /** The output with PII, secrets, profanity, forbidden terms and foreign links masked. */
    redacted: string;
}
export interface Rails {
    validate(output: string, context?: RailsContext): RailsResult;
    /** Enabled validator ids, built-in and custom. */
    readonly validators: readonly string[];
    readonly failOn: Severity;
}
export interface RailsOptions {
    /** Custom validators from loadCustomValidators (createRailsAsync loads them for you). */
    custom?: CustomValidator[];
    /** Required when the language validator is enabled; createRailsAsync loads eld for you. */
    languageDetector?: LanguageDetector;
}
export interface RailsAsyncOptions {
    /** Directory `rails.custom[].module` paths are relative to (default process.cwd()). */
    rootDir?: string;
    languageDetector?: LanguageDetector;
}
/** Validates the config with the same schema as promptgate.yml; errors name the key and the fix. */
export declare function parseRailsConfig(config: unknown): RailsConfig;
/** Which validator ids are on, from group switches, presence of their settings and per-id overrides. */
export declare function enabledValidatorIds(config: RailsConfig, customIds?: readonly string[]): string[];
/**
 * Builds the validators once (word lists, regexes, compiled schema); validate() then runs in well
 * under a millisecond for a typical answer. Throws on an invalid config, naming the key.
 */
export declare function createRails(config?: RailsConfig, options?: RailsOptions): Rails;
/**
 * createRails plus the slow parts: imports `rails.custom` modules and, when the language validator is
 * enabled, loads eld's language model. Use it once at start-up; validate() stays synchronous.
 */
export declare function createRailsAsync(config?: RailsConfig, options?: RailsAsyncOptions): Promise<Rails>;
/** Masks each violation span as [REDACTED:<validator>]; overlapping spans merge into one mask. */
export declare function redact(output: string, violations: readonly Violation[]): string;
