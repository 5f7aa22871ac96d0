export interface MappedText {
    /** Normalised text: NFKC, lower case, look-alikes folded, ignorable characters removed. */
    text: string;
    /** For each UTF-16 unit of `text`: the original offset where its source character starts. */
    starts: number[];
    /** ... and where it ends (exclusive). */
    ends: number[];
    /** Set when every unit maps to itself (ASCII input): starts and ends are then left empty. */
    identity?: boolean;
}
/**
 * Unicode's Stream-Safe Text Format (UAX #15, section 13) allows at most 30 combining marks after a
 * base character; more is "zalgo" noise. Marks past it are dropped from the normalised text (their
 * offsets stay inside the cluster's span), so NFKC works on short clusters whatever the input.
 */
export declare const MAX_COMBINING_MARKS = 30;
/** Normalises per character cluster (base + combining marks) so each output unit maps to its source. */
export declare function normalizeForMatching(input: string): MappedText;
/** Normalises a term the same way as text, collapsing inner whitespace. */
export declare function normalizeTerm(term: string): string;
/** Original span of normalised [start, end). */
export declare function mapSpan(mapped: MappedText, start: number, end: number): {
    start: number;
    end: number;
};
export declare function escapeRegExp(text: string): string;
/** Letters, digits and underscore: a term inside such a run is part of another word. */
export declare const WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
export declare const WORD_AFTER = "(?![\\p{L}\\p{N}_])";
