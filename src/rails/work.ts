// Counters of the steps whose cost is not a simple linear regex pass: parses by libphonenumber, calls
// into obscenity and the characters given to it, JSON Pointer lookups for schema errors. Tests assert
// on these (bounded, linear in the input) instead of timing anything; `npm run bench:rails` times it.

export interface RailsWork {
  /** Phone-shaped candidates found by the linear scan. */
  phoneCandidates: number
  /** Candidates handed to libphonenumber (after the cheap shape checks and the per-text cap). */
  phoneParses: number
  /** Calls into obscenity's matcher. */
  profanityScans: number
  /** Characters given to obscenity's matcher, summed over calls. */
  profanityChars: number
  /** JSON Pointer lookups that place schema errors in the text. */
  schemaLocates: number
  /** Characters the validators were given (after the maxInputChars cut). */
  checkedChars: number
}

export function newWork(): RailsWork {
  return {
    phoneCandidates: 0,
    phoneParses: 0,
    profanityScans: 0,
    profanityChars: 0,
    schemaLocates: 0,
    checkedChars: 0
  }
}

/** Adds `from` into `into` (a caller's meter accumulates over validate() calls). */
export function addWork(into: RailsWork, from: RailsWork): void {
  for (const key of Object.keys(from) as (keyof RailsWork)[]) into[key] += from[key]
}
