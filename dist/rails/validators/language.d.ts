import type { LanguageDetector, RailValidator } from '../types.js';
export declare const LANGUAGE_ID = "language";
export declare const DEFAULT_MIN_LETTERS = 20;
export interface LanguageOptions {
    detector: LanguageDetector;
    expected?: string;
    minLetters?: number;
}
export declare function createLanguageValidator(options: LanguageOptions): RailValidator;
interface EldLike {
    detect(text: string): {
        language: string;
        isReliable(): boolean;
    };
}
/** Wraps eld: only reliable verdicts count, so mixed or ambiguous text never fails an output. */
export declare function eldDetector(eld: EldLike): LanguageDetector;
/** Loads eld's smallest database (~1 MB, ~130 ms) only when the language validator is enabled. */
export declare function loadEldDetector(): Promise<LanguageDetector>;
export {};
