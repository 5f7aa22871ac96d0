import type { RailValidator } from '../types.js';
export declare const FORMAT_ID = "format";
/**
 * Schema errors placed in the text per output. Each placement walks the JSON text, so an unbounded
 * number (allErrors on a 100k-item array) would be quadratic; the rest are counted in one finding.
 */
export declare const MAX_SCHEMA_ERRORS = 20;
export interface FormatOptions {
    /** Config schema, used when the context brings none. */
    schema?: Record<string, unknown>;
    /** Require JSON even without a schema. */
    requireJson: boolean;
}
export declare function createFormatValidator(options: FormatOptions): RailValidator;
/** Span of the value at a JSON Pointer in valid JSON text, walking only the path (no full parse tree). */
export declare function locatePointer(text: string, pointer: string): {
    start: number;
    end: number;
} | undefined;
