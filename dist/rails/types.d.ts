import type { Severity, Violation } from '../core/types.js';
import type { RailsWork } from './work.js';
export type { Severity, Violation };
/** What validate() may know besides the output. Everything is optional: the runtime library has less. */
export interface RailsContext {
    /** The user's input; the language validator detects the expected language from it. */
    input?: string;
    /** ISO 639-1 code (en, de, pt-BR); wins over detection from input. */
    expectedLanguage?: string;
    /** JSON Schema the output must satisfy (e.g. the prompt's own response schema); wins over config. */
    jsonSchema?: object;
    /** Run only these validator ids; a group prefix (pii, secret, custom) selects all of its ids. */
    validators?: string[];
}
/** A finding before the engine stamps validator id and severity on it. */
export interface Finding {
    validator: string;
    start: number;
    end: number;
    message: string;
    /** Only custom validators set this; built-ins take the configured severity. */
    severity?: Severity;
}
/** One built-in or custom check. `ids` are every validator id it can report. */
export interface RailValidator {
    ids: readonly string[];
    /** Whether spans name a piece of text worth masking (PII, secrets), not the whole output (format). */
    redact: boolean;
    /** Must be linear in output.length; `work` counts the steps that are not plain regex passes. */
    run(output: string, context: RailsContext, active: ReadonlySet<string>, work: RailsWork): Finding[];
}
/** Language identification behind an interface so tests and the sync path need no model. */
export interface LanguageDetector {
    /** ISO 639-1 code, or undefined when the text gives no reliable verdict. */
    detect(text: string): string | undefined;
}
/** Rendered severities in order, for failOn comparisons. */
export declare const severityRank: Record<Severity, number>;
