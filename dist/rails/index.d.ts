import type { Severity, Violation } from '../core/types.js';
import { type CustomValidator } from './custom.js';
import { type RailsConfig } from './schema.js';
import { type LanguageDetector, type RailsContext } from './types.js';
import { type RailsWork } from './work.js';
export { DEFAULT_MAX_INPUT_CHARS, railsConfigSchema, type RailsConfig } from './schema.js';
export type { RailsWork } from './work.js';
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
    /** Validates an answer as it streams; see RailsStream. */
    stream(context?: RailsContext): RailsStream;
    /** Enabled validator ids, built-in and custom. */
    readonly validators: readonly string[];
    readonly failOn: Severity;
}
/**
 * Streaming validation. push() returns the violations that became final with this chunk, each once;
 * end() returns exactly what validate() returns for the whole text (including the violations push()
 * already returned), so production code can stop a leaking stream early and still get one verdict.
 */
export interface RailsStream {
    push(chunk: string): Violation[];
    end(): RailsResult;
}
export interface RailsOptions {
    /**
     * Diagnostics: counts of the expensive steps (phone parses, profanity scans…), accumulated over
     * every validate() and stream. Tests use it to prove bounded work without timing anything.
     */
    work?: RailsWork;
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
 * Builds the validators once (word lists, regexes, compiled schema); validate() then costs time
 * linear in the output (about 2 ms of CPU for a 2 KB answer, see bench:rails). Throws on an
 * invalid config, naming the key.
 */
export declare function createRails(config?: RailsConfig, options?: RailsOptions): Rails;
/**
 * createRails plus the slow parts: imports `rails.custom` modules and, when the language validator is
 * enabled, loads eld's language model. Use it once at start-up; validate() stays synchronous.
 */
export declare function createRailsAsync(config?: RailsConfig, options?: RailsAsyncOptions): Promise<Rails>;
/** Masks each violation span as [REDACTED:<validator>]; overlapping spans merge into one mask. */
export declare function redact(output: string, violations: readonly Violation[]): string;
