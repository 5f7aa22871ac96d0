import { z } from 'zod';
/** The PII validators' ids, in report order (validators/pii.ts reports under them). */
export declare const PII_IDS: readonly ["pii.email", "pii.phone", "pii.credit-card", "pii.iban", "pii.ssn", "pii.ip"];
/** The secret validators' ids, in report order (validators/secrets.ts reports under them). */
export declare const SECRET_IDS: readonly ["secret.github", "secret.openai", "secret.anthropic", "secret.aws", "secret.slack", "secret.private-key", "secret.stripe", "secret.google", "secret.jwt"];
/** Every built-in validator id; custom validators add their own (`custom.<name>` by default). */
export declare const builtinValidatorIds: readonly ["format", "content", "forbidden-terms", "pii.email", "pii.phone", "pii.credit-card", "pii.iban", "pii.ssn", "pii.ip", "secret.github", "secret.openai", "secret.anthropic", "secret.aws", "secret.slack", "secret.private-key", "secret.stripe", "secret.google", "secret.jwt", "links", "language", "length", "unchecked"];
/**
 * Characters validate() checks by default (≈ 50k tokens, above the output limit of current models).
 * The rest of a longer output is reported as an `unchecked` violation, never passed silently.
 */
export declare const DEFAULT_MAX_INPUT_CHARS = 200000;
export type BuiltinValidatorId = (typeof builtinValidatorIds)[number];
export declare const piiKinds: readonly ["email", "phone", "credit-card", "iban", "ssn", "ip"];
export declare const secretKinds: readonly ["github", "openai", "anthropic", "aws", "slack", "private-key", "stripe", "google", "jwt"];
declare const termSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    name: z.ZodString;
    aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>]>;
export declare const railsConfigSchema: z.ZodObject<{
    failOn: z.ZodOptional<z.ZodEnum<{
        low: "low";
        medium: "medium";
        high: "high";
        critical: "critical";
    }>>;
    maxInputChars: z.ZodOptional<z.ZodNumber>;
    validators: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        severity: z.ZodOptional<z.ZodEnum<{
            low: "low";
            medium: "medium";
            high: "high";
            critical: "critical";
        }>>;
    }, z.core.$strict>>>;
    format: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>>;
    content: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        allow: z.ZodOptional<z.ZodArray<z.ZodString>>;
        deny: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    forbiddenTerms: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        name: z.ZodString;
        aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>>;
    competitors: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        name: z.ZodString;
        aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>>;
    pii: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        kinds: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            email: "email";
            phone: "phone";
            "credit-card": "credit-card";
            iban: "iban";
            ssn: "ssn";
            ip: "ip";
        }>>>;
        phoneDefaultCountry: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    secrets: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        kinds: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            github: "github";
            openai: "openai";
            anthropic: "anthropic";
            aws: "aws";
            slack: "slack";
            "private-key": "private-key";
            stripe: "stripe";
            google: "google";
            jwt: "jwt";
        }>>>;
    }, z.core.$strict>>;
    links: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        allowedDomains: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    language: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        expected: z.ZodOptional<z.ZodString>;
        minLetters: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    length: z.ZodOptional<z.ZodObject<{
        maxChars: z.ZodOptional<z.ZodNumber>;
        maxWords: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    custom: z.ZodOptional<z.ZodArray<z.ZodObject<{
        module: z.ZodString;
        id: z.ZodOptional<z.ZodString>;
        severity: z.ZodOptional<z.ZodEnum<{
            low: "low";
            medium: "medium";
            high: "high";
            critical: "critical";
        }>>;
        redact: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type RailsConfig = z.infer<typeof railsConfigSchema>;
export type RailsTerm = z.infer<typeof termSchema>;
export type CustomValidatorConfig = NonNullable<RailsConfig['custom']>[number];
/** `custom.<file name>` unless an id is given, so the same module always reports under the same id. */
export declare function customValidatorId(entry: {
    module: string;
    id?: string | undefined;
}): string;
export {};
