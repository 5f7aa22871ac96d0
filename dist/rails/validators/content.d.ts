import type { RailValidator } from '../types.js';
export declare const CONTENT_ID = "content";
export interface ContentOptions {
    allow?: readonly string[];
    deny?: readonly string[];
}
export declare function createContentValidator(options?: ContentOptions): RailValidator;
/**
 * The profane word a masked token spells, when the asterisks stand for its letters one for one:
 * the whole token ("c*nt") or its start or end ("a**hole", "bulls**t").
 */
export declare function maskedWord(token: string, words: readonly string[]): string | undefined;
