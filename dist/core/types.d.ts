export type Role = 'system' | 'user' | 'assistant';
export interface Message {
    role: Role;
    content: string;
}
/** Where a value came from, so every error and report row can point at file and line. */
export interface SourceLocation {
    file: string;
    line?: number;
    column?: number;
}
export interface ModelParameters {
    temperature?: number;
    topP?: number;
    maxTokens?: number;
}
export type ResponseFormat = {
    type: 'text';
} | {
    type: 'json_object';
} | {
    type: 'json_schema';
    name: string;
    schema: Record<string, unknown>;
    strict?: boolean;
};
/** Which side of a pull request a prompt version comes from. A plain CLI run only has `head`. */
export type VersionSide = 'base' | 'head';
/** A loaded prompt: messages still hold `{{var}}` placeholders; rendering happens per case. */
export interface PromptDefinition {
    /** Repo-relative path of the prompt file (the head path for a renamed prompt). */
    file: string;
    format: 'gh-models' | 'template';
    name?: string;
    description?: string;
    /** The model id as written in the prompt or config, e.g. `openai/gpt-4o-mini`. */
    model?: string;
    modelParameters: ModelParameters;
    messages: Message[];
    responseFormat?: ResponseFormat;
    /** Cases embedded in the prompt file (GitHub Models `testData`). */
    testData: TestCase[];
    /** Checks declared by the prompt file itself (GitHub Models `evaluators`). */
    checks: CheckSpec[];
}
export type VarValue = string | number | boolean | null | VarValue[] | {
    [key: string]: VarValue;
};
export interface TestCase {
    /** Stable id: given in the dataset, or derived from the case's content. */
    id: string;
    vars: Record<string, VarValue>;
    expected?: string;
    /** Checks that apply to this case only, on top of the suite's. */
    checks: CheckSpec[];
    source: SourceLocation;
    /** Robustness variants and other generated cases name the case they were made from. */
    derivedFrom?: {
        caseId: string;
        variant: string;
    };
    tags?: string[];
}
export type MatchMode = 'any' | 'all';
export type CheckSpec = {
    type: 'equals';
    value: string;
    trim?: boolean;
    id?: string;
} | {
    type: 'contains' | 'icontains';
    value: string | string[];
    mode?: MatchMode;
    id?: string;
} | {
    type: 'not-contains';
    value: string | string[];
    caseSensitive?: boolean;
    id?: string;
} | {
    type: 'starts-with' | 'ends-with';
    value: string;
    caseSensitive?: boolean;
    id?: string;
} | {
    type: 'regex';
    pattern: string;
    flags?: string;
    id?: string;
} | {
    type: 'is-json';
    id?: string;
} | {
    type: 'json-schema';
    schema?: Record<string, unknown>;
    schemaFile?: string;
    id?: string;
} | {
    type: 'max-length';
    value: number;
    id?: string;
} | {
    type: 'max-words';
    value: number;
    id?: string;
}
/** GitHub Models `string` evaluator: trimmed output, equals exact, the others case-insensitive. */
 | {
    type: 'gh-string';
    name: string;
    op: 'equals' | 'contains' | 'startsWith' | 'endsWith';
    value: string;
    id?: string;
}
/** Model-graded rubric (own form or a GitHub Models `llm` evaluator). */
 | {
    type: 'llm-rubric';
    name: string;
    rubric?: string;
    /** GitHub Models llm evaluator form: a prompt plus scored choices. */
    llm?: {
        modelId?: string;
        systemPrompt?: string;
        prompt: string;
        choices: {
            choice: string;
            score: number;
        }[];
    };
    threshold?: number;
    id?: string;
}
/** GitHub Models built-in evaluators (`uses: github/...`). */
 | {
    type: 'gh-builtin';
    name: string;
    uses: string;
    threshold?: number;
    id?: string;
}
/** Safety rails validators, see src/rails. */
 | {
    type: 'rails';
    validators?: string[];
    id?: string;
};
export type CheckStatus = 'ok' | 'error' | 'unsupported';
export interface CheckResult {
    /** Stable id for flip statistics across base and head: explicit id or type + index. */
    id: string;
    type: CheckSpec['type'];
    /** `status` other than ok never counts as a pass: a check that could not decide says so. */
    status: CheckStatus;
    pass: boolean;
    /** In [0, 1]; 1 or 0 for binary checks, graded for rubrics. */
    score: number;
    reason: string;
    /** Safety violations found by rails checks, for the comment and the report. */
    violations?: Violation[];
}
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export interface Violation {
    validator: string;
    severity: Severity;
    /** Offsets into the output, UTF-16 code units, end exclusive. */
    span: {
        start: number;
        end: number;
    };
    /** The offending text; untrusted, escape before display. */
    text: string;
    message: string;
}
/** What a check needs besides the output. Anything with side effects comes through here. */
export interface CheckContext {
    testCase: TestCase;
    prompt: PromptDefinition;
    /** The fully rendered messages sent to the model. */
    messages: Message[];
    /** Repo root for files a check names (schemaFile, custom validators). */
    rootDir: string;
    /** Judge for model-graded checks; absent when no judge is configured. */
    judge?: Judge;
}
export interface Judge {
    /** Sends judge messages through the provider path, cached like any other call. */
    complete(messages: Message[], params?: ModelParameters): Promise<CompletionResult>;
    model: string;
}
export interface CompletionRequest {
    /** The provider's own model name (after mapping `publisher/model`). */
    model: string;
    messages: Message[];
    parameters: ModelParameters;
    responseFormat?: ResponseFormat;
    stream?: boolean;
}
export interface TokenUsage {
    inputTokens?: number;
    outputTokens?: number;
    totalTokens?: number;
}
export interface CompletionResult {
    text: string;
    /**
     * The model's own time for the attempt that answered, ms. Time spent in failed attempts and
     * backoff sleeps is `retryWaitMs`, so a 429 storm does not read as a slow model.
     */
    latencyMs: number;
    /** Time to first token when streaming, ms, from the start of the answering attempt. */
    ttftMs?: number;
    /** Time spent in failed attempts and backoff before the answering attempt, ms (retries only). */
    retryWaitMs?: number;
    /** Attempts answered with a 429 rate limit before this call got through. */
    rateLimited?: number;
    /** The exec provider's exit code (its httpStatus is 0). */
    exitCode?: number;
    /**
     * What the feature says produced the answer (the http provider's `sourcePath`), e.g. `model`,
     * `cache`, `rules`, `unavailable`: chaos suites tell a real answer from a fallback by it.
     */
    answerSource?: string;
    /** The model version the API reports (`model` field of the response). */
    modelVersion?: string;
    /** The provider's id of the response (`id` of the body or stream), for gen_ai.response.id. */
    responseId?: string;
    /** `cassette`: a replay provider answered from its recording; no model was asked in this run. */
    replayedFrom?: 'cassette';
    usage?: TokenUsage;
    finishReason?: string;
    httpStatus: number;
    retries: number;
}
export interface CallOptions {
    signal?: AbortSignal;
    /** Repeat index of this sample: the replay provider keys recorded responses by it. */
    repeat?: number;
    /** Which prompt version the call is for: a feature provider calls the base or head deployment. */
    side?: VersionSide;
    /** The case's variables: feature providers (http, exec) send them instead of rendered messages. */
    vars?: Record<string, VarValue>;
}
export interface Provider {
    /** The config name of this provider, e.g. `openai`. */
    readonly name: string;
    readonly kind: string;
    /**
     * Why this provider cannot serve any call (a replay cassette that is missing), so the engine
     * refuses to start a run through it; undefined when it can.
     */
    readonly unavailable?: string;
    complete(request: CompletionRequest, options?: CallOptions): Promise<CompletionResult>;
    close?(): Promise<void>;
    /** The circuit breaker's account of the run, for providers that send requests. */
    health?(): ProviderHealthSnapshot;
}
/** Structurally core/report.ts's ProviderHealth; declared here so types.ts imports nothing. */
export interface ProviderHealthSnapshot {
    state: 'closed' | 'open' | 'half-open';
    opened: number;
    attempts: number;
    failedAttempts: number;
    rejectedCalls: number;
    lastError?: {
        message: string;
        httpStatus?: number;
        kind: ProviderErrorKind;
    };
}
/**
 * Why a call failed, as the providers document their errors. It decides what happens next:
 * `auth` and `quota` fail every later call the same way (the circuit opens at once);
 * `server`, `overloaded`, `network`, `timeout` and `malformed` count towards the circuit
 * breaker; `rate-limit`, `bad-request` and `context-length` are about one request, not the
 * provider's health. `circuit-open`, `deadline` (aborted in flight), `not-run` (the deadline had
 * passed before the call started) and `aborted` are the gate's own decisions.
 */
export type ProviderErrorKind = 'auth' | 'quota' | 'rate-limit' | 'bad-request' | 'context-length' | 'overloaded' | 'server' | 'network' | 'timeout' | 'malformed' | 'missing-key' | 'circuit-open' | 'deadline' | 'not-run' | 'aborted';
/** The kind an HTTP status implies when the body says nothing more specific. */
export declare function errorKindOfStatus(status: number | undefined, retryable: boolean): ProviderErrorKind;
/** A failed call's time, split as for an answer: attempts and backoff before the last attempt, and that attempt's own. */
export interface AttemptTiming {
    /** Failed attempts and backoff sleeps before the last attempt, ms (0 without retries). */
    retryWaitMs: number;
    /** The last attempt, from its request to its failure, ms. */
    lastAttemptMs: number;
}
export declare class ProviderError extends Error {
    readonly httpStatus: number | undefined;
    readonly retryable: boolean;
    readonly retries: number;
    readonly kind: ProviderErrorKind;
    /** Set by the HTTP client on the error it throws after attempting (absent when no attempt was made). */
    attempts?: AttemptTiming;
    constructor(message: string, httpStatus: number | undefined, retryable: boolean, retries?: number, kind?: ProviderErrorKind);
}
/** A provider error's last HTTP status (if any), the retries made and, from the HTTP client, its timing. */
export interface ErrorStatus {
    httpStatus?: number;
    retries: number;
    /** Failed attempts and backoff before the last attempt, ms (see AttemptTiming). */
    retryWaitMs?: number;
    /** The last attempt's own time, ms. */
    lastAttemptMs?: number;
}
/** One model call for one case, one prompt version, one repeat. */
export interface SampleResult {
    caseId: string;
    side: VersionSide;
    repeat: number;
    output?: string;
    /** Set when the call failed after retries; the sample then neither passes nor fails. */
    error?: string;
    /** With `error` from a provider: the HTTP status of the last answer (if any) and the retries made. */
    errorStatus?: ErrorStatus;
    /** With `error` from a provider: why it failed (see ProviderErrorKind). */
    errorKind?: ProviderErrorKind;
    /**
     * Set when the call answered but no check could decide (a judge error, only unsupported
     * checks) and none failed: the sample neither passes nor fails, and says why.
     */
    undecided?: string;
    call?: Omit<CompletionResult, 'text'>;
    cacheHit: boolean;
    checks: CheckResult[];
    /** True when every check with status ok passed and none errored. */
    pass: boolean;
    /** Mean of the check scores. */
    score: number;
    messages: Message[];
}
export interface SystemClock {
    now(): number;
}
/** Read access to one version of the repo: the working tree for head, a git commit for base. */
export interface RepoFiles {
    /** Describes this version in messages, e.g. `head` or `base (abc1234)`. */
    readonly label: string;
    /** Contents of a repo-relative path, or undefined when the file does not exist in this version. */
    readText(path: string): Promise<string | undefined>;
    /** Every file path of this version, repo-relative with `/` (for prompt globs); absent when unknown. */
    listFiles?(): Promise<string[]>;
}
/** One line of the JSONL call log: enough to audit a call and to feed the eval dataset. */
export interface CallRecord {
    time: string;
    /** `judge` for model-graded check calls; absent for the evaluated prompt's own calls. */
    purpose?: 'judge';
    suite: string;
    caseId: string;
    side: VersionSide;
    repeat: number;
    provider: string;
    /** The provider's type (`openai`, `anthropic`, `replay`…): what telemetry names the provider by. */
    providerKind: string;
    model: string;
    /** Repo-relative prompt file of the side that made the call. */
    promptFile: string;
    parameters: ModelParameters;
    /** The case's variables: what an imported production log maps back onto. */
    vars: TestCase['vars'];
    /** Robustness variants name the variant. */
    variant?: string;
    messages: Message[];
    output?: string;
    error?: string;
    /** With `error`: the provider's HTTP status and retries, and the error class (see ProviderErrorKind). */
    errorStatus?: ErrorStatus;
    errorKind?: ProviderErrorKind;
    /** With `error`: the call's time from its start to the final error (attempts, backoff, timeout). */
    failedAfterMs?: number;
    cacheHit: boolean;
    /**
     * Not asked for in this run: a stored baseline's sample logged for the record, or a replay
     * provider's recorded answer (a cache hit is `cacheHit`).
     */
    replayedFrom?: 'baseline' | 'cassette';
    /** The request asked for a streamed answer (the suite's `stream`; judge calls never stream). */
    stream?: boolean;
    latencyMs?: number;
    ttftMs?: number;
    /** Time in failed attempts and backoff before the answer, excluded from latencyMs. */
    retryWaitMs?: number;
    /** Attempts answered with 429 before the call got through. */
    rateLimited?: number;
    /** What the feature says produced the answer (see CompletionResult.answerSource). */
    answerSource?: string;
    modelVersion?: string;
    responseId?: string;
    usage?: CompletionResult['usage'];
    finishReason?: string;
    httpStatus?: number;
    retries?: number;
    accepted?: boolean;
    /** Each check's outcome; absent for failed calls and the judge's own calls. */
    checks?: {
        id: string;
        pass: boolean;
        status: CheckResult['status'];
    }[];
}
/** Where call records go on their way to the log: one sink per run (engine/pipeline.ts). */
export type CallRecordSink = (record: CallRecord) => void;
/** A repository on GitHub: `owner/repo`. */
export interface RepoRef {
    owner: string;
    repo: string;
}
