import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  isRecord
} from "./chunk-LPYLB7X5.js";

// node_modules/@opentelemetry/semantic-conventions/dist/stable_attributes.mjs
var ATTR_ERROR_TYPE = "error.type";
var ATTR_HTTP_RESPONSE_STATUS_CODE = "http.response.status_code";
var ATTR_SERVER_ADDRESS = "server.address";
var ATTR_SERVER_PORT = "server.port";
var ATTR_SERVICE_NAME = "service.name";
var ATTR_SERVICE_VERSION = "service.version";

// node_modules/@opentelemetry/semantic-conventions/dist/experimental_attributes.mjs
var ATTR_GEN_AI_INPUT_MESSAGES = "gen_ai.input.messages";
var ATTR_GEN_AI_OPERATION_NAME = "gen_ai.operation.name";
var GEN_AI_OPERATION_NAME_VALUE_CHAT = "chat";
var ATTR_GEN_AI_OUTPUT_MESSAGES = "gen_ai.output.messages";
var ATTR_GEN_AI_PROMPT_NAME = "gen_ai.prompt.name";
var ATTR_GEN_AI_PROVIDER_NAME = "gen_ai.provider.name";
var GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC = "anthropic";
var GEN_AI_PROVIDER_NAME_VALUE_AZURE_AI_OPENAI = "azure.ai.openai";
var GEN_AI_PROVIDER_NAME_VALUE_GROQ = "groq";
var GEN_AI_PROVIDER_NAME_VALUE_MISTRAL_AI = "mistral_ai";
var GEN_AI_PROVIDER_NAME_VALUE_OPENAI = "openai";
var ATTR_GEN_AI_REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens";
var ATTR_GEN_AI_REQUEST_MODEL = "gen_ai.request.model";
var ATTR_GEN_AI_REQUEST_STREAM = "gen_ai.request.stream";
var ATTR_GEN_AI_REQUEST_TEMPERATURE = "gen_ai.request.temperature";
var ATTR_GEN_AI_REQUEST_TOP_P = "gen_ai.request.top_p";
var ATTR_GEN_AI_RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons";
var ATTR_GEN_AI_RESPONSE_ID = "gen_ai.response.id";
var ATTR_GEN_AI_RESPONSE_MODEL = "gen_ai.response.model";
var ATTR_GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK = "gen_ai.response.time_to_first_chunk";
var ATTR_GEN_AI_SYSTEM_INSTRUCTIONS = "gen_ai.system_instructions";
var ATTR_GEN_AI_USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens";
var ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens";

// src/observe/format.ts
var CALL_RECORD_FORMAT = "promptgate.call/1";
var FEEDBACK_RECORD_FORMAT = "promptgate.feedback/1";
var GENAI = {
  operationName: ATTR_GEN_AI_OPERATION_NAME,
  providerName: ATTR_GEN_AI_PROVIDER_NAME,
  requestModel: ATTR_GEN_AI_REQUEST_MODEL,
  requestTemperature: ATTR_GEN_AI_REQUEST_TEMPERATURE,
  requestTopP: ATTR_GEN_AI_REQUEST_TOP_P,
  requestMaxTokens: ATTR_GEN_AI_REQUEST_MAX_TOKENS,
  requestStream: ATTR_GEN_AI_REQUEST_STREAM,
  responseModel: ATTR_GEN_AI_RESPONSE_MODEL,
  responseId: ATTR_GEN_AI_RESPONSE_ID,
  responseFinishReasons: ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  responseTimeToFirstChunk: ATTR_GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK,
  usageInputTokens: ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  usageOutputTokens: ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  promptName: ATTR_GEN_AI_PROMPT_NAME,
  systemInstructions: ATTR_GEN_AI_SYSTEM_INSTRUCTIONS,
  inputMessages: ATTR_GEN_AI_INPUT_MESSAGES,
  outputMessages: ATTR_GEN_AI_OUTPUT_MESSAGES,
  errorType: ATTR_ERROR_TYPE,
  httpStatus: ATTR_HTTP_RESPONSE_STATUS_CODE,
  serverAddress: ATTR_SERVER_ADDRESS,
  serverPort: ATTR_SERVER_PORT
};
var OPERATION_CHAT = GEN_AI_OPERATION_NAME_VALUE_CHAT;
var PG = {
  callId: "promptgate.call.id",
  /** `eval` (a prompt's own call in a run), `judge` (a model-graded check) or `production`. */
  purpose: "promptgate.purpose",
  suite: "promptgate.suite",
  side: "promptgate.side",
  commit: "promptgate.commit",
  /** The semantic conventions have gen_ai.prompt.name but no version. */
  promptVersion: "promptgate.prompt.version",
  caseId: "promptgate.case.id",
  caseVars: "promptgate.case.vars",
  variant: "promptgate.case.variant",
  repeat: "promptgate.repeat",
  checks: "promptgate.checks",
  checksFailed: "promptgate.checks.failed",
  accepted: "promptgate.accepted",
  cacheHit: "promptgate.cache.hit",
  retries: "promptgate.retries",
  /** Time in failed attempts and backoff sleeps before the answering attempt, ms. */
  retryWaitMs: "promptgate.retry.wait_ms",
  /**
   * A failed call's last attempt, from its request to its failure, ms: with retry.wait_ms before
   * it, the split of the line's durationMs (an answered call's is durationMs − retry.wait_ms).
   */
  lastAttemptMs: "promptgate.retry.last_attempt_ms",
  /** Attempts answered with 429 before the call got through. */
  rateLimited: "promptgate.retry.rate_limited",
  /** What the feature says produced the answer (http/exec providers' `sourcePath`). */
  answerSource: "promptgate.answer.source",
  /**
   * `cache` (the response cache), `baseline` (a stored baseline) or `cassette` (a replay
   * provider's recording): the answer was not asked for now.
   */
  replayedFrom: "promptgate.replayed_from",
  costUsd: "promptgate.cost.usd",
  /** What a replayed answer cost when it was first made (its usage at today's prices). */
  costSavedUsd: "promptgate.cost.saved_usd",
  providerConfig: "promptgate.provider.config",
  providerType: "promptgate.provider.type",
  errorMessage: "promptgate.error.message",
  feedback: "promptgate.feedback",
  feedbackEdited: "promptgate.feedback.edited_text",
  contentCapture: "promptgate.content.capture"
};
var FEEDBACK_SPAN_NAME = "promptgate.feedback";
var FEEDBACK_VERDICTS = ["accepted", "rejected", "edited"];
function contentFilter(mode, redact) {
  if (mode === "off") return () => void 0;
  if (mode === "full") return (text) => text;
  return redact;
}
var PROVIDER_NAMES = {
  openai: GEN_AI_PROVIDER_NAME_VALUE_OPENAI,
  // An OpenAI-compatible server speaks OpenAI's API: the conventions name the flavour of telemetry.
  "openai-compatible": GEN_AI_PROVIDER_NAME_VALUE_OPENAI,
  "azure-openai": GEN_AI_PROVIDER_NAME_VALUE_AZURE_AI_OPENAI,
  anthropic: GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC
};
function put(attributes, key, value) {
  if (value !== void 0) attributes[key] = value;
}
function putServer(attributes, server) {
  if (!server) return;
  attributes[GENAI.serverAddress] = server.address;
  attributes[GENAI.serverPort] = server.port;
}
function genAiProviderName(providerType) {
  return PROVIDER_NAMES[providerType] ?? providerType;
}
var PRICE_VENDORS = {
  [GEN_AI_PROVIDER_NAME_VALUE_OPENAI]: "openai",
  [GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC]: "anthropic",
  [GEN_AI_PROVIDER_NAME_VALUE_GROQ]: "groq",
  [GEN_AI_PROVIDER_NAME_VALUE_MISTRAL_AI]: "mistral"
};
function priceVendorOfProviderName(providerName) {
  return PRICE_VENDORS[providerName];
}
function contentAttributes(messages, output, finishReason, filter, attributes = {}) {
  const text = (content) => {
    const kept = filter(content);
    return kept === void 0 ? void 0 : [{ type: "text", content: kept }];
  };
  const system = [];
  const input = [];
  for (const m of messages) {
    const parts = text(m.content);
    if (parts === void 0) continue;
    if (m.role === "system") system.push(...parts);
    else input.push({ role: m.role, parts });
  }
  if (system.length > 0) attributes[GENAI.systemInstructions] = system;
  if (input.length > 0) attributes[GENAI.inputMessages] = input;
  const outputParts = output === void 0 ? void 0 : text(output);
  if (outputParts) {
    attributes[GENAI.outputMessages] = [
      { role: "assistant", parts: outputParts, finish_reason: finishReason ?? "stop" }
    ];
  }
  return attributes;
}
function messageTexts(value) {
  const parsed = typeof value === "string" ? safeJson(value) : value;
  if (!Array.isArray(parsed)) return [];
  const texts = [];
  for (const entry of parsed) {
    if (!isRecord(entry)) continue;
    if (entry.type === "text" && typeof entry.content === "string") {
      texts.push({ role: "system", text: entry.content });
      continue;
    }
    const role = typeof entry.role === "string" ? entry.role : "user";
    const parts = Array.isArray(entry.parts) ? entry.parts : [];
    const text = parts.filter(isRecord).map((p) => p.type === "text" && typeof p.content === "string" ? p.content : "").join("");
    texts.push({ role, text });
  }
  return texts;
}
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function toSpanAttributes(attributes) {
  const out = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[key] = value;
    else out[key] = JSON.stringify(value);
  }
  return out;
}
var STRUCTURED_ATTRIBUTES = [
  GENAI.systemInstructions,
  GENAI.inputMessages,
  GENAI.outputMessages,
  PG.checks,
  PG.caseVars
];
function fromSpanAttributes(attributes) {
  const out = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (STRUCTURED_ATTRIBUTES.includes(key) && typeof value === "string") {
      const parsed = safeJson(value);
      if (parsed !== void 0) out[key] = parsed;
      continue;
    }
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || Array.isArray(value) && value.every((v) => typeof v === "string"))
      out[key] = value;
  }
  return out;
}
function errorKind(message, httpStatus) {
  if (httpStatus !== void 0 && httpStatus >= 400) return String(httpStatus);
  const status = /\b(4\d\d|5\d\d)\b/.exec(message);
  if (status?.[1]) return status[1];
  if (/not run/i.test(message)) return "not_run";
  if (/timed? ?out|timeout|deadline/i.test(message)) return "timeout";
  if (/circuit/i.test(message)) return "circuit_open";
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|network|socket|fetch failed/i.test(message)) return "network";
  if (/cassette/i.test(message)) return "cassette_miss";
  return "_OTHER";
}

export {
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
  CALL_RECORD_FORMAT,
  FEEDBACK_RECORD_FORMAT,
  GENAI,
  OPERATION_CHAT,
  PG,
  FEEDBACK_SPAN_NAME,
  FEEDBACK_VERDICTS,
  contentFilter,
  put,
  putServer,
  genAiProviderName,
  priceVendorOfProviderName,
  contentAttributes,
  messageTexts,
  toSpanAttributes,
  fromSpanAttributes,
  errorKind
};
