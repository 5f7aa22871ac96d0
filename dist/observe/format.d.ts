import type { Message } from '../core/types.js';
import type { ContentCapture } from '../config/observe.js';
import type { PriceVendor } from '../stats/cost.js';
export declare const CALL_RECORD_FORMAT = "promptgate.call/1";
export declare const FEEDBACK_RECORD_FORMAT = "promptgate.feedback/1";
/** Re-exported so readers of the format import every name from one place. */
export declare const GENAI: {
    readonly operationName: "gen_ai.operation.name";
    readonly providerName: "gen_ai.provider.name";
    readonly requestModel: "gen_ai.request.model";
    readonly requestTemperature: "gen_ai.request.temperature";
    readonly requestTopP: "gen_ai.request.top_p";
    readonly requestMaxTokens: "gen_ai.request.max_tokens";
    readonly requestStream: "gen_ai.request.stream";
    readonly responseModel: "gen_ai.response.model";
    readonly responseId: "gen_ai.response.id";
    readonly responseFinishReasons: "gen_ai.response.finish_reasons";
    readonly responseTimeToFirstChunk: "gen_ai.response.time_to_first_chunk";
    readonly usageInputTokens: "gen_ai.usage.input_tokens";
    readonly usageOutputTokens: "gen_ai.usage.output_tokens";
    readonly promptName: "gen_ai.prompt.name";
    readonly systemInstructions: "gen_ai.system_instructions";
    readonly inputMessages: "gen_ai.input.messages";
    readonly outputMessages: "gen_ai.output.messages";
    readonly errorType: "error.type";
    readonly httpStatus: "http.response.status_code";
    readonly serverAddress: "server.address";
    readonly serverPort: "server.port";
};
export declare const OPERATION_CHAT: "chat";
/** PromptGate's own attributes: what the conventions have no name for. */
export declare const PG: {
    readonly callId: "promptgate.call.id";
    /** `eval` (a prompt's own call in a run), `judge` (a model-graded check) or `production`. */
    readonly purpose: "promptgate.purpose";
    readonly suite: "promptgate.suite";
    readonly side: "promptgate.side";
    readonly commit: "promptgate.commit";
    /** The semantic conventions have gen_ai.prompt.name but no version. */
    readonly promptVersion: "promptgate.prompt.version";
    readonly caseId: "promptgate.case.id";
    readonly caseVars: "promptgate.case.vars";
    readonly variant: "promptgate.case.variant";
    readonly repeat: "promptgate.repeat";
    readonly checks: "promptgate.checks";
    readonly checksFailed: "promptgate.checks.failed";
    readonly accepted: "promptgate.accepted";
    readonly cacheHit: "promptgate.cache.hit";
    readonly retries: "promptgate.retries";
    /** Time in failed attempts and backoff sleeps before the answering attempt, ms. */
    readonly retryWaitMs: "promptgate.retry.wait_ms";
    /**
     * A failed call's last attempt, from its request to its failure, ms: with retry.wait_ms before
     * it, the split of the line's durationMs (an answered call's is durationMs − retry.wait_ms).
     */
    readonly lastAttemptMs: "promptgate.retry.last_attempt_ms";
    /** Attempts answered with 429 before the call got through. */
    readonly rateLimited: "promptgate.retry.rate_limited";
    /** What the feature says produced the answer (http/exec providers' `sourcePath`). */
    readonly answerSource: "promptgate.answer.source";
    /**
     * `cache` (the response cache), `baseline` (a stored baseline) or `cassette` (a replay
     * provider's recording): the answer was not asked for now.
     */
    readonly replayedFrom: "promptgate.replayed_from";
    readonly costUsd: "promptgate.cost.usd";
    /** What a replayed answer cost when it was first made (its usage at today's prices). */
    readonly costSavedUsd: "promptgate.cost.saved_usd";
    readonly providerConfig: "promptgate.provider.config";
    readonly providerType: "promptgate.provider.type";
    readonly errorMessage: "promptgate.error.message";
    readonly feedback: "promptgate.feedback";
    readonly feedbackEdited: "promptgate.feedback.edited_text";
    readonly contentCapture: "promptgate.content.capture";
};
/** Values of promptgate.replayed_from. */
export type ReplaySource = 'cache' | 'baseline' | 'cassette';
/** The span a feedback() through a tracer records (see src/observe/index.ts). */
export declare const FEEDBACK_SPAN_NAME = "promptgate.feedback";
export type FeedbackVerdict = 'accepted' | 'rejected' | 'edited';
export declare const FEEDBACK_VERDICTS: readonly FeedbackVerdict[];
/** GenAI message parts (gen-ai-input-messages.json / gen-ai-output-messages.json): text only here. */
export interface TextPart {
    type: 'text';
    content: string;
}
export interface InputMessage {
    role: string;
    parts: TextPart[];
}
export interface OutputMessage {
    role: 'assistant';
    parts: TextPart[];
    finish_reason: string;
}
export interface CheckOutcome {
    id: string;
    pass: boolean;
    status: string;
}
/** Attribute values: what an OTel span attribute can hold, plus the structured content shapes. */
export type AttributeValue = string | number | boolean | string[] | InputMessage[] | OutputMessage[] | TextPart[] | CheckOutcome[] | Record<string, unknown>;
export type CallAttributes = Record<string, AttributeValue>;
export interface CallLine {
    format: typeof CALL_RECORD_FORMAT;
    /** Unique per call; `feedback` lines refer to it. */
    id: string;
    /** When the call started, ISO 8601. */
    time: string;
    durationMs?: number;
    attributes: CallAttributes;
}
export interface FeedbackLine {
    format: typeof FEEDBACK_RECORD_FORMAT;
    callId: string;
    time: string;
    verdict: FeedbackVerdict;
    editedText?: string;
}
export type LogLine = CallLine | FeedbackLine;
/** What content capture does to one text: drop it, mask PII and secrets, or keep it. */
export type TextFilter = (text: string) => string | undefined;
export declare function contentFilter(mode: ContentCapture, redact: (text: string) => string): TextFilter;
/** Sets the key only when the value is known: a line never carries `undefined` or `null`. */
export declare function put(attributes: CallAttributes, key: string, value: CallAttributes[string] | undefined): void;
/** server.address and server.port together: the conventions ask for the port whenever the address is set. */
export declare function putServer(attributes: CallAttributes, server: {
    address: string;
    port: number;
} | undefined): void;
export declare function genAiProviderName(providerType: string): string;
export declare function priceVendorOfProviderName(providerName: string): PriceVendor | undefined;
/**
 * Messages in the conventions' shapes: system messages become gen_ai.system_instructions, the rest
 * gen_ai.input.messages. Texts go through `filter`; with capture off nothing is returned.
 */
export declare function contentAttributes(messages: readonly Message[], output: string | undefined, finishReason: string | undefined, filter: TextFilter, 
/** Set the attributes on this object (a call line's, built once) instead of a new one. */
attributes?: CallAttributes): CallAttributes;
/** The texts of a content attribute, whichever of the three shapes it has. */
export declare function messageTexts(value: AttributeValue | undefined): {
    role: string;
    text: string;
}[];
/**
 * Span attributes are primitives or arrays of primitives: structured values travel as JSON strings,
 * as the conventions say for content attributes on spans.
 */
export declare function toSpanAttributes(attributes: CallAttributes): Record<string, string | number | boolean | string[]>;
export declare function fromSpanAttributes(attributes: Record<string, unknown>): CallAttributes;
/**
 * error.type: a low-cardinality kind, as the conventions ask (the message stays in
 * promptgate.error.message). HTTP statuses are kinds of their own.
 */
export declare function errorKind(message: string, httpStatus?: number): string;
