import type { Tracer } from '@opentelemetry/api';
import type { Message, VarValue } from '../core/types.js';
import type { Price } from '../config/schema.js';
import type { RailsConfig } from '../rails/index.js';
import { type FeedbackVerdict } from './format.js';
import { type ContentCapture } from '../config/observe.js';
export { CALL_RECORD_FORMAT, FEEDBACK_RECORD_FORMAT, GENAI, PG, type CallLine, type FeedbackLine, type FeedbackVerdict } from './format.js';
export type { ContentCapture } from '../config/observe.js';
export interface ObserverOptions {
    /** Append one JSON line per call and per feedback to this file (created with its folder). */
    file?: string;
    /** Or receive each line yourself (e.g. hand it to the app's logger). */
    write?: (line: string) => void;
    /** The app's tracer (`trace.getTracer('my-app')`): each call becomes a CLIENT span. */
    tracer?: Pick<Tracer, 'startSpan'>;
    /** off | redacted (default: PII and secrets masked by the rails redactor) | full. */
    content?: ContentCapture;
    /** Rails settings that shape redaction (pii.phoneDefaultCountry). */
    rails?: RailsConfig;
    /** The PromptGate suite that gates this feature: `promptgate import --suite` matches it. */
    suite?: string;
    /**
     * Prices by model name, as `prices:` in promptgate.yml (USD per million input and output tokens):
     * they win over the list prices PromptGate knows for the provider (openai, anthropic, groq,
     * mistral_ai). A call with neither has no promptgate.cost.usd: unknown, never 0.
     */
    prices?: Readonly<Record<string, Price>>;
    /** Defaults of every call; a call may override them. */
    provider?: string;
    /** The model API's base URL, e.g. https://api.openai.com/v1: server.address and server.port. */
    baseUrl?: string;
    promptName?: string;
    promptVersion?: string;
    /** Injectable for tests. */
    now?: () => number;
    newId?: () => string;
}
export interface ObservedCall {
    /** The user's input, or the whole conversation sent to the model. */
    input: string | Message[];
    output?: string;
    /** Requested model. */
    model: string;
    /** The model version the API answered with. */
    responseModel?: string;
    /** gen_ai.provider.name, e.g. openai, anthropic, azure.ai.openai. */
    provider?: string;
    /** The model API's base URL when not the observer's `baseUrl`. */
    baseUrl?: string;
    /** Whether the request asked for a streamed answer (gen_ai.request.stream). */
    stream?: boolean;
    /** The call's wall time, retries and backoff included. */
    latencyMs?: number;
    /** Retries the app's client made, and the time they and their backoff took (part of latencyMs). */
    retries?: number;
    retryWaitMs?: number;
    /** When the call started (default: now − latencyMs). */
    startTime?: Date | number;
    error?: unknown;
    usage?: {
        inputTokens?: number;
        outputTokens?: number;
    };
    responseId?: string;
    finishReason?: string;
    parameters?: {
        temperature?: number;
        topP?: number;
        maxTokens?: number;
    };
    /** Template variables, when the app renders a PromptGate prompt: imported cases keep them. */
    vars?: Record<string, VarValue>;
    promptName?: string;
    promptVersion?: string;
    /** Extra span/line attributes (primitives). */
    attributes?: Record<string, string | number | boolean>;
}
export interface Observer {
    /** Records a call; returns its id for feedback(). Synchronous and never throws on I/O. */
    record(call: ObservedCall): string;
    /** What the user did with the answer. `edited` takes the text as the user left it. */
    feedback(callId: string, verdict: FeedbackVerdict, editedText?: string): void;
    /** Flushes and closes the file; resolves once every line is on disk. */
    close(): Promise<void>;
}
export declare function createObserver(options?: ObserverOptions): Observer;
