import { z } from 'zod';
import type { CheckSpec } from './types.js';
export declare const checkSpecSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"equals">;
    value: z.ZodString;
    trim: z.ZodOptional<z.ZodBoolean>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodEnum<{
        contains: "contains";
        icontains: "icontains";
    }>;
    value: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
    mode: z.ZodOptional<z.ZodEnum<{
        any: "any";
        all: "all";
    }>>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"not-contains">;
    value: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodEnum<{
        "starts-with": "starts-with";
        "ends-with": "ends-with";
    }>;
    value: z.ZodString;
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"regex">;
    pattern: z.ZodString;
    flags: z.ZodOptional<z.ZodString>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"is-json">;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"json-schema">;
    schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    schemaFile: z.ZodOptional<z.ZodString>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"max-length">;
    value: z.ZodNumber;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"max-words">;
    value: z.ZodNumber;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"llm-rubric">;
    rubric: z.ZodString;
    threshold: z.ZodOptional<z.ZodNumber>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"rails">;
    validators: z.ZodOptional<z.ZodArray<z.ZodString>>;
    id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>], "type">;
export type ConfigCheckSpec = z.infer<typeof checkSpecSchema>;
/**
 * Why `pattern` with `flags` is not a JavaScript regular expression, worded for the user; undefined
 * when it compiles. The one wording of a bad pattern: config and dataset loading, preflight and the
 * regex check itself all use it.
 */
export declare function regexProblem(pattern: string, flags?: string): string | undefined;
/** Default name of a config `llm-rubric` check that has no id; reports label rubrics by name. */
export declare const DEFAULT_RUBRIC_NAME = "rubric";
/** A check as written in config or a dataset → the engine's CheckSpec (rubrics get a name). */
export declare function toCheckSpec(spec: ConfigCheckSpec): CheckSpec;
/** Where a check was written: a config key or a prompt file's evaluator, with its line. */
export interface CheckOrigin {
    file: string;
    line?: number;
    column?: number;
    /** The key path in that file, e.g. `suites[0].checks[1]`. */
    path: string;
}
export declare function setCheckOrigin(check: object, origin: CheckOrigin): void;
/** Where `check` was written, when a loader recorded it (checks built in code have none). */
export declare function checkOrigin(check: object): CheckOrigin | undefined;
