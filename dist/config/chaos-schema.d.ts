import { z } from 'zod';
/** Every fault the chaos proxy can inject; src/chaos/faults.ts documents each one. */
export declare const FAULT_KINDS: readonly ["rate-limit", "insufficient-quota", "server-error", "unavailable", "overloaded", "unauthorized", "context-length", "connection-reset", "hang", "slow-first-byte", "stream-stall", "stream-break", "malformed-json", "empty-completion", "truncated"];
export declare const faultSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        "rate-limit": "rate-limit";
        "context-length": "context-length";
        overloaded: "overloaded";
        "insufficient-quota": "insufficient-quota";
        "server-error": "server-error";
        unavailable: "unavailable";
        unauthorized: "unauthorized";
        "connection-reset": "connection-reset";
        hang: "hang";
        "slow-first-byte": "slow-first-byte";
        "stream-stall": "stream-stall";
        "stream-break": "stream-break";
        "malformed-json": "malformed-json";
        "empty-completion": "empty-completion";
        truncated: "truncated";
    }>;
    rate: z.ZodOptional<z.ZodNumber>;
    retryAfterS: z.ZodOptional<z.ZodNumber>;
    delayMs: z.ZodOptional<z.ZodNumber>;
    times: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const chaosScenarioSchema: z.ZodObject<{
    name: z.ZodString;
    faults: z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            "rate-limit": "rate-limit";
            "context-length": "context-length";
            overloaded: "overloaded";
            "insufficient-quota": "insufficient-quota";
            "server-error": "server-error";
            unavailable: "unavailable";
            unauthorized: "unauthorized";
            "connection-reset": "connection-reset";
            hang: "hang";
            "slow-first-byte": "slow-first-byte";
            "stream-stall": "stream-stall";
            "stream-break": "stream-break";
            "malformed-json": "malformed-json";
            "empty-completion": "empty-completion";
            truncated: "truncated";
        }>;
        rate: z.ZodOptional<z.ZodNumber>;
        retryAfterS: z.ZodOptional<z.ZodNumber>;
        delayMs: z.ZodOptional<z.ZodNumber>;
        times: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    seed: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const chaosSchema: z.ZodObject<{
    wire: z.ZodEnum<{
        openai: "openai";
        anthropic: "anthropic";
    }>;
    port: z.ZodNumber;
    upstream: z.ZodString;
    scenarios: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        faults: z.ZodArray<z.ZodObject<{
            kind: z.ZodEnum<{
                "rate-limit": "rate-limit";
                "context-length": "context-length";
                overloaded: "overloaded";
                "insufficient-quota": "insufficient-quota";
                "server-error": "server-error";
                unavailable: "unavailable";
                unauthorized: "unauthorized";
                "connection-reset": "connection-reset";
                hang: "hang";
                "slow-first-byte": "slow-first-byte";
                "stream-stall": "stream-stall";
                "stream-break": "stream-break";
                "malformed-json": "malformed-json";
                "empty-completion": "empty-completion";
                truncated: "truncated";
            }>;
            rate: z.ZodOptional<z.ZodNumber>;
            retryAfterS: z.ZodOptional<z.ZodNumber>;
            delayMs: z.ZodOptional<z.ZodNumber>;
            times: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        seed: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    unavailablePattern: z.ZodOptional<z.ZodString>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type ChaosConfig = z.infer<typeof chaosSchema>;
export type FaultConfig = z.infer<typeof faultSchema>;
