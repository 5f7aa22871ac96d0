import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_INPUT_CHARS,
  createRails,
  external_exports,
  mayHoldPii,
  mayHoldSecret
} from "./chunk-Z2CHZ2FJ.js";

// src/config/observe.ts
var nonEmpty = external_exports.string().min(1);
var CONTENT_CAPTURE_MODES = ["off", "redacted", "full"];
var DEFAULT_CONTENT_CAPTURE = "redacted";
var fieldPath = nonEmpty.describe("Dot path of a field in each JSON line, e.g. request.messages.0.content");
var importMappingSchema = external_exports.strictObject({
  input: fieldPath.describe("The user input (a string, or a list of {role, content} messages)."),
  output: fieldPath.optional().describe("The model's answer."),
  id: fieldPath.optional().describe("A stable id of the logged call (default: the line number)."),
  time: fieldPath.optional().describe("When the call happened (ISO 8601 or epoch ms)."),
  model: fieldPath.optional().describe("The model version that answered."),
  latencyMs: fieldPath.optional().describe("Latency of the call, ms."),
  error: fieldPath.optional().describe("An error message; present means the call failed."),
  feedback: fieldPath.optional().describe("What the user did with the answer: accepted, rejected or edited (true/false also read)."),
  editedText: fieldPath.optional().describe("The answer as the user edited it."),
  vars: fieldPath.optional().describe("A mapping of template variables, when the log has them.")
}).describe("Field mapping for `promptgate import --format generic`.");
var observeConfigSchema = external_exports.strictObject({
  content: external_exports.enum(CONTENT_CAPTURE_MODES).optional().describe(
    "What of the prompts and answers the call log and spans keep: off (none), redacted (default: PII and secrets masked by the rails redactor) or full."
  ),
  otlp: external_exports.strictObject({
    endpoint: external_exports.url().optional().describe(
      "OTLP/HTTP base URL, e.g. http://localhost:4318 (spans go to <endpoint>/v1/traces). Default: OTEL_EXPORTER_OTLP_ENDPOINT; unset = no export."
    ),
    headers: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Extra headers (also read from OTEL_EXPORTER_OTLP_HEADERS)."),
    serviceName: nonEmpty.optional().describe("service.name of the exported spans (default promptgate).")
  }).optional().describe("Export one span per model call, under a span per suite and one per run."),
  import: external_exports.strictObject({ mapping: importMappingSchema.optional() }).optional().describe("How `promptgate import` reads logs that are not PromptGate or OTLP JSON.")
}).describe("Call logging, OpenTelemetry export and log import.");

// src/providers/endpoint.ts
var OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
var ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com";
function apiBaseUrl(config) {
  return config.baseUrl ?? (config.type === "anthropic" ? ANTHROPIC_DEFAULT_BASE_URL : OPENAI_DEFAULT_BASE_URL);
}
function featureUrl(config, side) {
  return side === "base" ? config.baseVersionUrl ?? config.url : config.url;
}
function endpointOf(config, side) {
  switch (config.type) {
    case "openai":
    case "openai-compatible":
    case "azure-openai":
    case "anthropic":
      return apiBaseUrl(config);
    case "http":
      return featureUrl(config, side);
    default:
      return void 0;
  }
}
function hostAndPort(url) {
  return {
    address: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80
  };
}
function serverOf(url) {
  try {
    return hostAndPort(new URL(url));
  } catch {
    return void 0;
  }
}

// src/observe/redact.ts
var MEMO_MAX_ENTRIES = 4096;
function createRedactor(config) {
  const country = config?.pii?.phoneDefaultCountry;
  const rails = createRails({
    format: { enabled: false },
    content: { enabled: false },
    links: { enabled: false },
    ...country ? { pii: { phoneDefaultCountry: country } } : {}
  });
  const memo = /* @__PURE__ */ new Map();
  return (text) => {
    if (text.length === 0) return text;
    const checked = text.length > DEFAULT_MAX_INPUT_CHARS ? text.slice(0, DEFAULT_MAX_INPUT_CHARS) : text;
    const unchecked = checked.length < text.length ? `[REDACTED:unchecked ${text.length - checked.length} characters]` : "";
    if (!mayHoldPii(checked) && !mayHoldSecret(checked)) return checked + unchecked;
    const known = memo.get(text);
    if (known !== void 0) return known;
    const redacted = rails.validate(checked).redacted + unchecked;
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, redacted);
    return redacted;
  };
}

export {
  DEFAULT_CONTENT_CAPTURE,
  observeConfigSchema,
  apiBaseUrl,
  featureUrl,
  endpointOf,
  hostAndPort,
  serverOf,
  createRedactor
};
