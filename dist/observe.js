import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_CONTENT_CAPTURE,
  createRedactor,
  serverOf
} from "./chunks/chunk-MMQNSSPF.js";
import {
  CALL_RECORD_FORMAT,
  FEEDBACK_RECORD_FORMAT,
  FEEDBACK_SPAN_NAME,
  FEEDBACK_VERDICTS,
  GENAI,
  OPERATION_CHAT,
  PG,
  contentAttributes,
  contentFilter,
  errorKind,
  genAiProviderName,
  priceVendorOfProviderName,
  put,
  putServer,
  toSpanAttributes
} from "./chunks/chunk-YYGVEAYY.js";
import "./chunks/chunk-Z2CHZ2FJ.js";
import {
  costOf
} from "./chunks/chunk-FMOAC3SX.js";
import "./chunks/chunk-CF6LOMKI.js";
import "./chunks/chunk-LPYLB7X5.js";
import "./chunks/chunk-IEJME6RR.js";

// src/observe/index.ts
import { randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var SPAN_KIND_CLIENT = 2;
var SPAN_KIND_INTERNAL = 0;
var SPAN_STATUS_ERROR = 2;
function observedAttributes(call, id, options, capture, filter) {
  const messages = typeof call.input === "string" ? [{ role: "user", content: call.input }] : call.input;
  const provider = genAiProviderName(call.provider ?? options.provider ?? "_OTHER");
  const a = {
    [GENAI.operationName]: OPERATION_CHAT,
    [GENAI.providerName]: provider,
    [GENAI.requestModel]: call.model
  };
  const baseUrl = call.baseUrl ?? options.baseUrl;
  putServer(a, baseUrl === void 0 ? void 0 : serverOf(baseUrl));
  put(a, GENAI.requestTemperature, call.parameters?.temperature);
  put(a, GENAI.requestTopP, call.parameters?.topP);
  put(a, GENAI.requestMaxTokens, call.parameters?.maxTokens);
  put(a, GENAI.requestStream, call.stream);
  put(a, GENAI.responseModel, call.responseModel);
  put(a, GENAI.responseId, call.responseId);
  if (call.finishReason) a[GENAI.responseFinishReasons] = [call.finishReason];
  put(a, GENAI.usageInputTokens, call.usage?.inputTokens);
  put(a, GENAI.usageOutputTokens, call.usage?.outputTokens);
  put(a, GENAI.promptName, call.promptName ?? options.promptName);
  put(a, PG.promptVersion, call.promptVersion ?? options.promptVersion);
  a[PG.callId] = id;
  a[PG.purpose] = "production";
  put(a, PG.suite, options.suite);
  put(a, PG.retries, call.retries);
  if ((call.retryWaitMs ?? 0) > 0) a[PG.retryWaitMs] = call.retryWaitMs;
  put(
    a,
    PG.costUsd,
    costOf(call.usage, call.responseModel ?? call.model, options.prices, priceVendorOfProviderName(provider))
  );
  a[PG.contentCapture] = capture;
  if (call.error !== void 0) {
    const message = call.error instanceof Error ? call.error.message : String(call.error);
    a[GENAI.errorType] = errorKind(message);
    a[PG.errorMessage] = filter(message) ?? "";
  }
  if (call.vars && capture !== "off") {
    a[PG.caseVars] = Object.fromEntries(
      Object.entries(call.vars).map(([k, v]) => [k, typeof v === "string" ? filter(v) ?? "" : v])
    );
  }
  contentAttributes(messages, call.output, call.finishReason, filter, a);
  for (const [key, value] of Object.entries(call.attributes ?? {})) a[key] ??= value;
  return a;
}
function traceCall(tracer, call, a, startMs, endMs) {
  const span = tracer.startSpan(`${OPERATION_CHAT} ${call.model}`, {
    kind: SPAN_KIND_CLIENT,
    startTime: startMs,
    attributes: toSpanAttributes(a)
  });
  if (call.error !== void 0)
    span.setStatus({ code: SPAN_STATUS_ERROR, message: String(a[PG.errorMessage]) });
  span.end(call.latencyMs !== void 0 ? startMs + call.latencyMs : endMs);
}
function createObserver(options = {}) {
  if (!options.file && !options.write && !options.tracer) {
    throw new TypeError("createObserver: give at least one of file, write or tracer");
  }
  const capture = options.content ?? DEFAULT_CONTENT_CAPTURE;
  if (!["off", "redacted", "full"].includes(capture)) {
    throw new TypeError(
      `createObserver: content must be off, redacted or full, got ${JSON.stringify(capture)}`
    );
  }
  const filter = contentFilter(capture, capture === "redacted" ? createRedactor(options.rails) : (text) => text);
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomUUID;
  let stream;
  let writeFailure;
  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true });
    stream = createWriteStream(options.file, { flags: "a" });
    stream.on("error", (error) => {
      writeFailure ??= error;
    });
  }
  const emit = (line) => {
    const text = JSON.stringify(line);
    if (stream && !writeFailure) stream.write(text + "\n");
    options.write?.(text);
  };
  return {
    record(call) {
      const id = newId();
      const endMs = now();
      const startMs = call.startTime !== void 0 ? Number(call.startTime) : endMs - (call.latencyMs ?? 0);
      const a = observedAttributes(call, id, options, capture, filter);
      const line = {
        format: CALL_RECORD_FORMAT,
        id,
        time: new Date(startMs).toISOString(),
        ...call.latencyMs !== void 0 ? { durationMs: call.latencyMs } : {},
        // A fast-properties copy (see callLineFromRun): the keyed stores leave `a` in dictionary mode.
        attributes: { ...a }
      };
      emit(line);
      if (options.tracer) traceCall(options.tracer, call, a, startMs, endMs);
      return id;
    },
    feedback(callId, verdict, editedText) {
      if (!FEEDBACK_VERDICTS.includes(verdict)) {
        throw new TypeError(
          `feedback: verdict must be accepted, rejected or edited, got ${JSON.stringify(verdict)}`
        );
      }
      const kept = editedText === void 0 ? void 0 : filter(editedText);
      const line = {
        format: FEEDBACK_RECORD_FORMAT,
        callId,
        time: new Date(now()).toISOString(),
        verdict,
        ...kept !== void 0 ? { editedText: kept } : {}
      };
      emit(line);
      if (options.tracer) {
        const attributes = { [PG.callId]: callId, [PG.feedback]: verdict };
        if (kept !== void 0) attributes[PG.feedbackEdited] = kept;
        options.tracer.startSpan(FEEDBACK_SPAN_NAME, { kind: SPAN_KIND_INTERNAL, attributes }).end();
      }
    },
    async close() {
      if (stream) {
        const open = stream;
        await new Promise((resolve) => open.end(() => resolve()));
      }
      if (writeFailure)
        throw new Error(`promptgate/observe could not write ${options.file}: ${writeFailure.message}`);
    }
  };
}
export {
  CALL_RECORD_FORMAT,
  FEEDBACK_RECORD_FORMAT,
  GENAI,
  PG,
  createObserver
};
