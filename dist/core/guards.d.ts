/** A plain mapping (not null, not a list): what a parsed YAML/JSON object is before validation. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** Message of anything thrown, without trusting it to be an Error. */
export declare function errorMessage(error: unknown): string;
/** What kind of value was found, in the user's (YAML/JSON) words: `a list`, `a mapping`, `number`… */
export declare function kindOf(value: unknown): string;
/** `a.b.0.c` into parsed JSON (objects and arrays); undefined when any step is missing. */
export declare function readPath(value: unknown, path: string): unknown;
