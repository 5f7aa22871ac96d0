export interface RailsWork {
    /** Phone-shaped candidates found by the linear scan. */
    phoneCandidates: number;
    /** Candidates handed to libphonenumber (after the cheap shape checks and the per-text cap). */
    phoneParses: number;
    /** Calls into obscenity's matcher. */
    profanityScans: number;
    /** Characters given to obscenity's matcher, summed over calls. */
    profanityChars: number;
    /** JSON Pointer lookups that place schema errors in the text. */
    schemaLocates: number;
    /** Characters the validators were given (after the maxInputChars cut). */
    checkedChars: number;
}
export declare function newWork(): RailsWork;
/** Adds `from` into `into` (a caller's meter accumulates over validate() calls). */
export declare function addWork(into: RailsWork, from: RailsWork): void;
