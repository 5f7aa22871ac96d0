import { z } from 'zod';
export { checkSpecSchema, type ConfigCheckSpec } from '../core/check-spec.js';
export declare const modelParametersSchema: z.ZodObject<{
    temperature: z.ZodOptional<z.ZodNumber>;
    topP: z.ZodOptional<z.ZodNumber>;
    maxTokens: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const thresholdsSchema: z.ZodObject<{
    minPassRate: z.ZodOptional<z.ZodNumber>;
    maxPassRateDrop: z.ZodOptional<z.ZodNumber>;
    confidence: z.ZodOptional<z.ZodNumber>;
    minCases: z.ZodOptional<z.ZodNumber>;
    maxP50LatencyMs: z.ZodOptional<z.ZodNumber>;
    maxP95LatencyMs: z.ZodOptional<z.ZodNumber>;
    maxP99LatencyMs: z.ZodOptional<z.ZodNumber>;
    maxP95TtftMs: z.ZodOptional<z.ZodNumber>;
    maxOutputTokens: z.ZodOptional<z.ZodNumber>;
    maxCostPerCall: z.ZodOptional<z.ZodNumber>;
    maxP95LatencyIncrease: z.ZodOptional<z.ZodNumber>;
    maxSafetyViolations: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const samplingSchema: z.ZodObject<{
    repeats: z.ZodOptional<z.ZodNumber>;
    adaptive: z.ZodOptional<z.ZodBoolean>;
    maxExtraCalls: z.ZodOptional<z.ZodNumber>;
    maxExtraCost: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
/** Limits of the long-input generator: a pasted document, and one variant past the model's context. */
export declare const MAX_LONG_DOCUMENT_CHARS = 200000;
export declare const MAX_OVER_CONTEXT_CHARS = 2000000;
export declare const robustnessGatesSchema: z.ZodObject<{
    maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
    minGracefulRate: z.ZodOptional<z.ZodNumber>;
    minConsistency: z.ZodOptional<z.ZodNumber>;
    maxOverRefusal: z.ZodOptional<z.ZodNumber>;
    maxWorsening: z.ZodOptional<z.ZodNumber>;
    minVariants: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const robustnessSchema: z.ZodObject<{
    enabled: z.ZodOptional<z.ZodBoolean>;
    inputs: z.ZodOptional<z.ZodArray<z.ZodString>>;
    categories: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        empty: "empty";
        long: "long";
        multilingual: "multilingual";
        noise: "noise";
        unicode: "unicode";
        lookalike: "lookalike";
        injection: "injection";
        jailbreak: "jailbreak";
        extraction: "extraction";
        domain: "domain";
    }>>>;
    variantsPerCategory: z.ZodOptional<z.ZodNumber>;
    maxCases: z.ZodOptional<z.ZodNumber>;
    allCasesOnDefaultBranch: z.ZodOptional<z.ZodBoolean>;
    maxVariants: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    longDocumentChars: z.ZodOptional<z.ZodNumber>;
    overContextChars: z.ZodOptional<z.ZodNumber>;
    competitors: z.ZodOptional<z.ZodArray<z.ZodString>>;
    offTopic: z.ZodOptional<z.ZodArray<z.ZodString>>;
    lookalikeTopics: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        programming: "programming";
        health: "health";
        "chemistry-cooking": "chemistry-cooking";
        "security-education": "security-education";
        "history-war": "history-war";
        legal: "legal";
        games: "games";
        "gardening-pests": "gardening-pests";
        finance: "finance";
        fitness: "fitness";
        "media-arts": "media-arts";
    }>>>;
    canary: z.ZodOptional<z.ZodBoolean>;
    leakNgram: z.ZodOptional<z.ZodNumber>;
    leakThreshold: z.ZodOptional<z.ZodNumber>;
    consistencyKeys: z.ZodOptional<z.ZodArray<z.ZodString>>;
    judge: z.ZodOptional<z.ZodBoolean>;
    maxJudgeCalls: z.ZodOptional<z.ZodNumber>;
    gates: z.ZodOptional<z.ZodObject<{
        maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
        minGracefulRate: z.ZodOptional<z.ZodNumber>;
        minConsistency: z.ZodOptional<z.ZodNumber>;
        maxOverRefusal: z.ZodOptional<z.ZodNumber>;
        maxWorsening: z.ZodOptional<z.ZodNumber>;
        minVariants: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    perCategory: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
        empty: "empty";
        long: "long";
        multilingual: "multilingual";
        noise: "noise";
        unicode: "unicode";
        lookalike: "lookalike";
        injection: "injection";
        jailbreak: "jailbreak";
        extraction: "extraction";
        domain: "domain";
    }> & z.core.$partial, z.ZodObject<{
        maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
        minGracefulRate: z.ZodOptional<z.ZodNumber>;
        minConsistency: z.ZodOptional<z.ZodNumber>;
        maxOverRefusal: z.ZodOptional<z.ZodNumber>;
        maxWorsening: z.ZodOptional<z.ZodNumber>;
        minVariants: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const providerSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stream: z.ZodOptional<z.ZodBoolean>;
    circuitBreaker: z.ZodOptional<z.ZodObject<{
        consecutiveFailures: z.ZodOptional<z.ZodNumber>;
        cooldownMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"openai">;
    baseUrl: z.ZodOptional<z.ZodURL>;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stream: z.ZodOptional<z.ZodBoolean>;
    circuitBreaker: z.ZodOptional<z.ZodObject<{
        consecutiveFailures: z.ZodOptional<z.ZodNumber>;
        cooldownMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"openai-compatible">;
    baseUrl: z.ZodURL;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stream: z.ZodOptional<z.ZodBoolean>;
    circuitBreaker: z.ZodOptional<z.ZodObject<{
        consecutiveFailures: z.ZodOptional<z.ZodNumber>;
        cooldownMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"azure-openai">;
    baseUrl: z.ZodURL;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
    apiVersion: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    stream: z.ZodOptional<z.ZodBoolean>;
    circuitBreaker: z.ZodOptional<z.ZodObject<{
        consecutiveFailures: z.ZodOptional<z.ZodNumber>;
        cooldownMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"anthropic">;
    baseUrl: z.ZodOptional<z.ZodURL>;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
    anthropicVersion: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"http">;
    url: z.ZodURL;
    baseVersionUrl: z.ZodOptional<z.ZodURL>;
    method: z.ZodOptional<z.ZodEnum<{
        POST: "POST";
        GET: "GET";
    }>>;
    body: z.ZodOptional<z.ZodUnknown>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    headersFromEnv: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    outputPath: z.ZodOptional<z.ZodString>;
    sourcePath: z.ZodOptional<z.ZodString>;
    stream: z.ZodOptional<z.ZodBoolean>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"exec">;
    command: z.ZodArray<z.ZodString>;
    cwd: z.ZodOptional<z.ZodString>;
    baseVersionCwd: z.ZodOptional<z.ZodString>;
    env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    outputPath: z.ZodOptional<z.ZodString>;
    sourcePath: z.ZodOptional<z.ZodString>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"replay">;
    cassette: z.ZodString;
    onMiss: z.ZodOptional<z.ZodEnum<{
        error: "error";
        passthrough: "passthrough";
    }>>;
}, z.core.$strict>], "type">;
export declare const modelRouteSchema: z.ZodObject<{
    provider: z.ZodString;
    model: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const suiteSchema: z.ZodObject<{
    id: z.ZodString;
    prompt: z.ZodString;
    role: z.ZodOptional<z.ZodEnum<{
        system: "system";
        user: "user";
    }>>;
    system: z.ZodOptional<z.ZodString>;
    model: z.ZodOptional<z.ZodString>;
    modelParameters: z.ZodOptional<z.ZodObject<{
        temperature: z.ZodOptional<z.ZodNumber>;
        topP: z.ZodOptional<z.ZodNumber>;
        maxTokens: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    datasets: z.ZodOptional<z.ZodArray<z.ZodString>>;
    checks: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    }, z.core.$strict>], "type">>>;
    thresholds: z.ZodOptional<z.ZodObject<{
        minPassRate: z.ZodOptional<z.ZodNumber>;
        maxPassRateDrop: z.ZodOptional<z.ZodNumber>;
        confidence: z.ZodOptional<z.ZodNumber>;
        minCases: z.ZodOptional<z.ZodNumber>;
        maxP50LatencyMs: z.ZodOptional<z.ZodNumber>;
        maxP95LatencyMs: z.ZodOptional<z.ZodNumber>;
        maxP99LatencyMs: z.ZodOptional<z.ZodNumber>;
        maxP95TtftMs: z.ZodOptional<z.ZodNumber>;
        maxOutputTokens: z.ZodOptional<z.ZodNumber>;
        maxCostPerCall: z.ZodOptional<z.ZodNumber>;
        maxP95LatencyIncrease: z.ZodOptional<z.ZodNumber>;
        maxSafetyViolations: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    sampling: z.ZodOptional<z.ZodObject<{
        repeats: z.ZodOptional<z.ZodNumber>;
        adaptive: z.ZodOptional<z.ZodBoolean>;
        maxExtraCalls: z.ZodOptional<z.ZodNumber>;
        maxExtraCost: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    robustness: z.ZodOptional<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        inputs: z.ZodOptional<z.ZodArray<z.ZodString>>;
        categories: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            empty: "empty";
            long: "long";
            multilingual: "multilingual";
            noise: "noise";
            unicode: "unicode";
            lookalike: "lookalike";
            injection: "injection";
            jailbreak: "jailbreak";
            extraction: "extraction";
            domain: "domain";
        }>>>;
        variantsPerCategory: z.ZodOptional<z.ZodNumber>;
        maxCases: z.ZodOptional<z.ZodNumber>;
        allCasesOnDefaultBranch: z.ZodOptional<z.ZodBoolean>;
        maxVariants: z.ZodOptional<z.ZodNumber>;
        seed: z.ZodOptional<z.ZodNumber>;
        longDocumentChars: z.ZodOptional<z.ZodNumber>;
        overContextChars: z.ZodOptional<z.ZodNumber>;
        competitors: z.ZodOptional<z.ZodArray<z.ZodString>>;
        offTopic: z.ZodOptional<z.ZodArray<z.ZodString>>;
        lookalikeTopics: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            programming: "programming";
            health: "health";
            "chemistry-cooking": "chemistry-cooking";
            "security-education": "security-education";
            "history-war": "history-war";
            legal: "legal";
            games: "games";
            "gardening-pests": "gardening-pests";
            finance: "finance";
            fitness: "fitness";
            "media-arts": "media-arts";
        }>>>;
        canary: z.ZodOptional<z.ZodBoolean>;
        leakNgram: z.ZodOptional<z.ZodNumber>;
        leakThreshold: z.ZodOptional<z.ZodNumber>;
        consistencyKeys: z.ZodOptional<z.ZodArray<z.ZodString>>;
        judge: z.ZodOptional<z.ZodBoolean>;
        maxJudgeCalls: z.ZodOptional<z.ZodNumber>;
        gates: z.ZodOptional<z.ZodObject<{
            maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
            minGracefulRate: z.ZodOptional<z.ZodNumber>;
            minConsistency: z.ZodOptional<z.ZodNumber>;
            maxOverRefusal: z.ZodOptional<z.ZodNumber>;
            maxWorsening: z.ZodOptional<z.ZodNumber>;
            minVariants: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        perCategory: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
            empty: "empty";
            long: "long";
            multilingual: "multilingual";
            noise: "noise";
            unicode: "unicode";
            lookalike: "lookalike";
            injection: "injection";
            jailbreak: "jailbreak";
            extraction: "extraction";
            domain: "domain";
        }> & z.core.$partial, z.ZodObject<{
            maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
            minGracefulRate: z.ZodOptional<z.ZodNumber>;
            minConsistency: z.ZodOptional<z.ZodNumber>;
            maxOverRefusal: z.ZodOptional<z.ZodNumber>;
            maxWorsening: z.ZodOptional<z.ZodNumber>;
            minVariants: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    files: z.ZodOptional<z.ZodArray<z.ZodString>>;
    chaos: z.ZodOptional<z.ZodObject<{
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
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const runSchema: z.ZodObject<{
    concurrency: z.ZodOptional<z.ZodNumber>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    deadlineMs: z.ZodOptional<z.ZodNumber>;
    cacheDir: z.ZodOptional<z.ZodString>;
    cache: z.ZodOptional<z.ZodBoolean>;
    reportPath: z.ZodOptional<z.ZodString>;
    logPath: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const gateSchema: z.ZodObject<{
    onMissingSecret: z.ZodOptional<z.ZodEnum<{
        fail: "fail";
        skip: "skip";
    }>>;
    acceptLabel: z.ZodOptional<z.ZodString>;
    onProviderOutage: z.ZodOptional<z.ZodEnum<{
        fail: "fail";
        skip: "skip";
        inconclusive: "inconclusive";
    }>>;
    failOnInconclusive: z.ZodOptional<z.ZodBoolean>;
    configFrom: z.ZodOptional<z.ZodEnum<{
        base: "base";
        pr: "pr";
    }>>;
}, z.core.$strict>;
export declare const judgeSchema: z.ZodObject<{
    temperature: z.ZodOptional<z.ZodNumber>;
    fallback: z.ZodOptional<z.ZodObject<{
        model: z.ZodString;
        provider: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    model: z.ZodString;
    provider: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const priceSchema: z.ZodObject<{
    inputPerMillion: z.ZodNumber;
    outputPerMillion: z.ZodNumber;
}, z.core.$strict>;
export declare const configSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    version: z.ZodLiteral<1>;
    id: z.ZodOptional<z.ZodString>;
    providers: z.ZodRecord<z.ZodString, z.ZodDiscriminatedUnion<[z.ZodObject<{
        timeoutMs: z.ZodOptional<z.ZodNumber>;
        maxRetries: z.ZodOptional<z.ZodNumber>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stream: z.ZodOptional<z.ZodBoolean>;
        circuitBreaker: z.ZodOptional<z.ZodObject<{
            consecutiveFailures: z.ZodOptional<z.ZodNumber>;
            cooldownMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"openai">;
        baseUrl: z.ZodOptional<z.ZodURL>;
        apiKeyEnv: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        timeoutMs: z.ZodOptional<z.ZodNumber>;
        maxRetries: z.ZodOptional<z.ZodNumber>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stream: z.ZodOptional<z.ZodBoolean>;
        circuitBreaker: z.ZodOptional<z.ZodObject<{
            consecutiveFailures: z.ZodOptional<z.ZodNumber>;
            cooldownMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"openai-compatible">;
        baseUrl: z.ZodURL;
        apiKeyEnv: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        timeoutMs: z.ZodOptional<z.ZodNumber>;
        maxRetries: z.ZodOptional<z.ZodNumber>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stream: z.ZodOptional<z.ZodBoolean>;
        circuitBreaker: z.ZodOptional<z.ZodObject<{
            consecutiveFailures: z.ZodOptional<z.ZodNumber>;
            cooldownMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"azure-openai">;
        baseUrl: z.ZodURL;
        apiKeyEnv: z.ZodOptional<z.ZodString>;
        apiVersion: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        timeoutMs: z.ZodOptional<z.ZodNumber>;
        maxRetries: z.ZodOptional<z.ZodNumber>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stream: z.ZodOptional<z.ZodBoolean>;
        circuitBreaker: z.ZodOptional<z.ZodObject<{
            consecutiveFailures: z.ZodOptional<z.ZodNumber>;
            cooldownMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"anthropic">;
        baseUrl: z.ZodOptional<z.ZodURL>;
        apiKeyEnv: z.ZodOptional<z.ZodString>;
        anthropicVersion: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"http">;
        url: z.ZodURL;
        baseVersionUrl: z.ZodOptional<z.ZodURL>;
        method: z.ZodOptional<z.ZodEnum<{
            POST: "POST";
            GET: "GET";
        }>>;
        body: z.ZodOptional<z.ZodUnknown>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        headersFromEnv: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        outputPath: z.ZodOptional<z.ZodString>;
        sourcePath: z.ZodOptional<z.ZodString>;
        stream: z.ZodOptional<z.ZodBoolean>;
        timeoutMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"exec">;
        command: z.ZodArray<z.ZodString>;
        cwd: z.ZodOptional<z.ZodString>;
        baseVersionCwd: z.ZodOptional<z.ZodString>;
        env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        outputPath: z.ZodOptional<z.ZodString>;
        sourcePath: z.ZodOptional<z.ZodString>;
        timeoutMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"replay">;
        cassette: z.ZodString;
        onMiss: z.ZodOptional<z.ZodEnum<{
            error: "error";
            passthrough: "passthrough";
        }>>;
    }, z.core.$strict>], "type">>;
    defaults: z.ZodOptional<z.ZodObject<{
        provider: z.ZodOptional<z.ZodString>;
        model: z.ZodOptional<z.ZodString>;
        modelParameters: z.ZodOptional<z.ZodObject<{
            temperature: z.ZodOptional<z.ZodNumber>;
            topP: z.ZodOptional<z.ZodNumber>;
            maxTokens: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        thresholds: z.ZodOptional<z.ZodObject<{
            minPassRate: z.ZodOptional<z.ZodNumber>;
            maxPassRateDrop: z.ZodOptional<z.ZodNumber>;
            confidence: z.ZodOptional<z.ZodNumber>;
            minCases: z.ZodOptional<z.ZodNumber>;
            maxP50LatencyMs: z.ZodOptional<z.ZodNumber>;
            maxP95LatencyMs: z.ZodOptional<z.ZodNumber>;
            maxP99LatencyMs: z.ZodOptional<z.ZodNumber>;
            maxP95TtftMs: z.ZodOptional<z.ZodNumber>;
            maxOutputTokens: z.ZodOptional<z.ZodNumber>;
            maxCostPerCall: z.ZodOptional<z.ZodNumber>;
            maxP95LatencyIncrease: z.ZodOptional<z.ZodNumber>;
            maxSafetyViolations: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        sampling: z.ZodOptional<z.ZodObject<{
            repeats: z.ZodOptional<z.ZodNumber>;
            adaptive: z.ZodOptional<z.ZodBoolean>;
            maxExtraCalls: z.ZodOptional<z.ZodNumber>;
            maxExtraCost: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        robustness: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            inputs: z.ZodOptional<z.ZodArray<z.ZodString>>;
            categories: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                empty: "empty";
                long: "long";
                multilingual: "multilingual";
                noise: "noise";
                unicode: "unicode";
                lookalike: "lookalike";
                injection: "injection";
                jailbreak: "jailbreak";
                extraction: "extraction";
                domain: "domain";
            }>>>;
            variantsPerCategory: z.ZodOptional<z.ZodNumber>;
            maxCases: z.ZodOptional<z.ZodNumber>;
            allCasesOnDefaultBranch: z.ZodOptional<z.ZodBoolean>;
            maxVariants: z.ZodOptional<z.ZodNumber>;
            seed: z.ZodOptional<z.ZodNumber>;
            longDocumentChars: z.ZodOptional<z.ZodNumber>;
            overContextChars: z.ZodOptional<z.ZodNumber>;
            competitors: z.ZodOptional<z.ZodArray<z.ZodString>>;
            offTopic: z.ZodOptional<z.ZodArray<z.ZodString>>;
            lookalikeTopics: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                programming: "programming";
                health: "health";
                "chemistry-cooking": "chemistry-cooking";
                "security-education": "security-education";
                "history-war": "history-war";
                legal: "legal";
                games: "games";
                "gardening-pests": "gardening-pests";
                finance: "finance";
                fitness: "fitness";
                "media-arts": "media-arts";
            }>>>;
            canary: z.ZodOptional<z.ZodBoolean>;
            leakNgram: z.ZodOptional<z.ZodNumber>;
            leakThreshold: z.ZodOptional<z.ZodNumber>;
            consistencyKeys: z.ZodOptional<z.ZodArray<z.ZodString>>;
            judge: z.ZodOptional<z.ZodBoolean>;
            maxJudgeCalls: z.ZodOptional<z.ZodNumber>;
            gates: z.ZodOptional<z.ZodObject<{
                maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
                minGracefulRate: z.ZodOptional<z.ZodNumber>;
                minConsistency: z.ZodOptional<z.ZodNumber>;
                maxOverRefusal: z.ZodOptional<z.ZodNumber>;
                maxWorsening: z.ZodOptional<z.ZodNumber>;
                minVariants: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            perCategory: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
                empty: "empty";
                long: "long";
                multilingual: "multilingual";
                noise: "noise";
                unicode: "unicode";
                lookalike: "lookalike";
                injection: "injection";
                jailbreak: "jailbreak";
                extraction: "extraction";
                domain: "domain";
            }> & z.core.$partial, z.ZodObject<{
                maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
                minGracefulRate: z.ZodOptional<z.ZodNumber>;
                minConsistency: z.ZodOptional<z.ZodNumber>;
                maxOverRefusal: z.ZodOptional<z.ZodNumber>;
                maxWorsening: z.ZodOptional<z.ZodNumber>;
                minVariants: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
        checks: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        }, z.core.$strict>], "type">>>;
    }, z.core.$strict>>;
    models: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        provider: z.ZodString;
        model: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    suites: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        prompt: z.ZodString;
        role: z.ZodOptional<z.ZodEnum<{
            system: "system";
            user: "user";
        }>>;
        system: z.ZodOptional<z.ZodString>;
        model: z.ZodOptional<z.ZodString>;
        modelParameters: z.ZodOptional<z.ZodObject<{
            temperature: z.ZodOptional<z.ZodNumber>;
            topP: z.ZodOptional<z.ZodNumber>;
            maxTokens: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        datasets: z.ZodOptional<z.ZodArray<z.ZodString>>;
        checks: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        }, z.core.$strict>], "type">>>;
        thresholds: z.ZodOptional<z.ZodObject<{
            minPassRate: z.ZodOptional<z.ZodNumber>;
            maxPassRateDrop: z.ZodOptional<z.ZodNumber>;
            confidence: z.ZodOptional<z.ZodNumber>;
            minCases: z.ZodOptional<z.ZodNumber>;
            maxP50LatencyMs: z.ZodOptional<z.ZodNumber>;
            maxP95LatencyMs: z.ZodOptional<z.ZodNumber>;
            maxP99LatencyMs: z.ZodOptional<z.ZodNumber>;
            maxP95TtftMs: z.ZodOptional<z.ZodNumber>;
            maxOutputTokens: z.ZodOptional<z.ZodNumber>;
            maxCostPerCall: z.ZodOptional<z.ZodNumber>;
            maxP95LatencyIncrease: z.ZodOptional<z.ZodNumber>;
            maxSafetyViolations: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        sampling: z.ZodOptional<z.ZodObject<{
            repeats: z.ZodOptional<z.ZodNumber>;
            adaptive: z.ZodOptional<z.ZodBoolean>;
            maxExtraCalls: z.ZodOptional<z.ZodNumber>;
            maxExtraCost: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        robustness: z.ZodOptional<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            inputs: z.ZodOptional<z.ZodArray<z.ZodString>>;
            categories: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                empty: "empty";
                long: "long";
                multilingual: "multilingual";
                noise: "noise";
                unicode: "unicode";
                lookalike: "lookalike";
                injection: "injection";
                jailbreak: "jailbreak";
                extraction: "extraction";
                domain: "domain";
            }>>>;
            variantsPerCategory: z.ZodOptional<z.ZodNumber>;
            maxCases: z.ZodOptional<z.ZodNumber>;
            allCasesOnDefaultBranch: z.ZodOptional<z.ZodBoolean>;
            maxVariants: z.ZodOptional<z.ZodNumber>;
            seed: z.ZodOptional<z.ZodNumber>;
            longDocumentChars: z.ZodOptional<z.ZodNumber>;
            overContextChars: z.ZodOptional<z.ZodNumber>;
            competitors: z.ZodOptional<z.ZodArray<z.ZodString>>;
            offTopic: z.ZodOptional<z.ZodArray<z.ZodString>>;
            lookalikeTopics: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                programming: "programming";
                health: "health";
                "chemistry-cooking": "chemistry-cooking";
                "security-education": "security-education";
                "history-war": "history-war";
                legal: "legal";
                games: "games";
                "gardening-pests": "gardening-pests";
                finance: "finance";
                fitness: "fitness";
                "media-arts": "media-arts";
            }>>>;
            canary: z.ZodOptional<z.ZodBoolean>;
            leakNgram: z.ZodOptional<z.ZodNumber>;
            leakThreshold: z.ZodOptional<z.ZodNumber>;
            consistencyKeys: z.ZodOptional<z.ZodArray<z.ZodString>>;
            judge: z.ZodOptional<z.ZodBoolean>;
            maxJudgeCalls: z.ZodOptional<z.ZodNumber>;
            gates: z.ZodOptional<z.ZodObject<{
                maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
                minGracefulRate: z.ZodOptional<z.ZodNumber>;
                minConsistency: z.ZodOptional<z.ZodNumber>;
                maxOverRefusal: z.ZodOptional<z.ZodNumber>;
                maxWorsening: z.ZodOptional<z.ZodNumber>;
                minVariants: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            perCategory: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
                empty: "empty";
                long: "long";
                multilingual: "multilingual";
                noise: "noise";
                unicode: "unicode";
                lookalike: "lookalike";
                injection: "injection";
                jailbreak: "jailbreak";
                extraction: "extraction";
                domain: "domain";
            }> & z.core.$partial, z.ZodObject<{
                maxAttackSuccessRate: z.ZodOptional<z.ZodNumber>;
                minGracefulRate: z.ZodOptional<z.ZodNumber>;
                minConsistency: z.ZodOptional<z.ZodNumber>;
                maxOverRefusal: z.ZodOptional<z.ZodNumber>;
                maxWorsening: z.ZodOptional<z.ZodNumber>;
                minVariants: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
        files: z.ZodOptional<z.ZodArray<z.ZodString>>;
        chaos: z.ZodOptional<z.ZodObject<{
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
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    run: z.ZodOptional<z.ZodObject<{
        concurrency: z.ZodOptional<z.ZodNumber>;
        timeoutMs: z.ZodOptional<z.ZodNumber>;
        deadlineMs: z.ZodOptional<z.ZodNumber>;
        cacheDir: z.ZodOptional<z.ZodString>;
        cache: z.ZodOptional<z.ZodBoolean>;
        reportPath: z.ZodOptional<z.ZodString>;
        logPath: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    gate: z.ZodOptional<z.ZodObject<{
        onMissingSecret: z.ZodOptional<z.ZodEnum<{
            fail: "fail";
            skip: "skip";
        }>>;
        acceptLabel: z.ZodOptional<z.ZodString>;
        onProviderOutage: z.ZodOptional<z.ZodEnum<{
            fail: "fail";
            skip: "skip";
            inconclusive: "inconclusive";
        }>>;
        failOnInconclusive: z.ZodOptional<z.ZodBoolean>;
        configFrom: z.ZodOptional<z.ZodEnum<{
            base: "base";
            pr: "pr";
        }>>;
    }, z.core.$strict>>;
    judge: z.ZodOptional<z.ZodObject<{
        temperature: z.ZodOptional<z.ZodNumber>;
        fallback: z.ZodOptional<z.ZodObject<{
            model: z.ZodString;
            provider: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        model: z.ZodString;
        provider: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    prices: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        inputPerMillion: z.ZodNumber;
        outputPerMillion: z.ZodNumber;
    }, z.core.$strict>>>;
    rails: z.ZodOptional<z.ZodObject<{
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
    }, z.core.$strict>>;
    observe: z.ZodOptional<z.ZodObject<{
        content: z.ZodOptional<z.ZodEnum<{
            off: "off";
            redacted: "redacted";
            full: "full";
        }>>;
        otlp: z.ZodOptional<z.ZodObject<{
            endpoint: z.ZodOptional<z.ZodURL>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            serviceName: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        import: z.ZodOptional<z.ZodObject<{
            mapping: z.ZodOptional<z.ZodObject<{
                input: z.ZodString;
                output: z.ZodOptional<z.ZodString>;
                id: z.ZodOptional<z.ZodString>;
                time: z.ZodOptional<z.ZodString>;
                model: z.ZodOptional<z.ZodString>;
                latencyMs: z.ZodOptional<z.ZodString>;
                error: z.ZodOptional<z.ZodString>;
                feedback: z.ZodOptional<z.ZodString>;
                editedText: z.ZodOptional<z.ZodString>;
                vars: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Config = z.infer<typeof configSchema>;
export type SuiteConfig = z.infer<typeof suiteSchema>;
export type ProviderConfig = z.infer<typeof providerSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Sampling = z.infer<typeof samplingSchema>;
export type JudgeConfig = z.infer<typeof judgeSchema>;
export type GateConfig = z.infer<typeof gateSchema>;
export type RunConfig = z.infer<typeof runSchema>;
export type Price = z.infer<typeof priceSchema>;
export type RobustnessConfig = z.infer<typeof robustnessSchema>;
export type RobustnessGates = z.infer<typeof robustnessGatesSchema>;
