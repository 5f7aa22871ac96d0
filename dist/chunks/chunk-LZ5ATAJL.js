import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  inertLine
} from "./chunk-NZ4RYQQO.js";
import {
  NEAR_DUPLICATE_JACCARD
} from "./chunk-572V3N2L.js";
import {
  SourceError
} from "./chunk-YX3UYC7K.js";
import {
  CALL_RECORD_FORMAT,
  FEEDBACK_RECORD_FORMAT,
  FEEDBACK_SPAN_NAME,
  FEEDBACK_VERDICTS,
  GENAI,
  OPERATION_CHAT,
  PG,
  contentAttributes,
  fromSpanAttributes,
  messageTexts
} from "./chunk-YYGVEAYY.js";
import {
  dollars,
  percent,
  plural,
  quantileSorted
} from "./chunk-XREXTKX4.js";
import {
  errorMessage,
  isRecord,
  readPath
} from "./chunk-LPYLB7X5.js";

// src/observe/read.ts
var MAX_LISTED_ISSUES = 20;
function replaySourceOf(call) {
  const from = call.attributes[PG.replayedFrom];
  if (typeof from === "string") return from;
  return call.attributes[PG.cacheHit] === true ? "cache" : void 0;
}
function modelLatencyMs(call) {
  if (call.durationMs === void 0 || replaySourceOf(call) !== void 0) return void 0;
  const wait = call.attributes[PG.retryWaitMs];
  return Math.max(0, call.durationMs - (typeof wait === "number" && Number.isFinite(wait) ? wait : 0));
}
var LogFormatError = class extends SourceError {
  name = "LogFormatError";
};
function issue(c, file, line, path, message) {
  c.issues.push({ file, line, path, message });
}
function jsonLines(file, text, c) {
  const out = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    try {
      out.push({ line: index + 1, value: JSON.parse(raw) });
    } catch (error) {
      issue(c, file, index + 1, "", `not JSON: ${errorMessage(error)}`);
    }
  });
  return out;
}
function asFeedbackVerdict(value) {
  if (value === true) return "accepted";
  if (value === false) return "rejected";
  return typeof value === "string" && FEEDBACK_VERDICTS.includes(value) ? value : void 0;
}
function readPromptGate(file, text, c) {
  for (const { line, value } of jsonLines(file, text, c)) {
    if (!isRecord(value)) {
      issue(c, file, line, "", "a line must be a JSON object");
      continue;
    }
    if (value.format === CALL_RECORD_FORMAT) {
      if (typeof value.id !== "string" || value.id === "") issue(c, file, line, "id", "missing call id");
      else if (!isRecord(value.attributes)) issue(c, file, line, "attributes", "must be an object");
      else
        c.calls.push({
          id: value.id,
          time: typeof value.time === "string" ? value.time : void 0,
          durationMs: typeof value.durationMs === "number" ? value.durationMs : void 0,
          attributes: value.attributes,
          source: { file, line }
        });
    } else if (value.format === FEEDBACK_RECORD_FORMAT) {
      const verdict = asFeedbackVerdict(value.verdict);
      if (typeof value.callId !== "string") issue(c, file, line, "callId", "missing the call id");
      else if (!verdict) issue(c, file, line, "verdict", `must be one of ${FEEDBACK_VERDICTS.join(", ")}`);
      else
        c.feedback.set(value.callId, {
          verdict,
          ...typeof value.editedText === "string" ? { editedText: value.editedText } : {},
          ...typeof value.time === "string" ? { time: value.time } : {}
        });
    } else {
      issue(
        c,
        file,
        line,
        "format",
        `unknown line format ${JSON.stringify(value.format)}; expected ${CALL_RECORD_FORMAT} or ${FEEDBACK_RECORD_FORMAT} (for other logs use --format otlp or generic)`
      );
    }
  }
}
function decodeAnyValue(value) {
  if (!isRecord(value)) return void 0;
  if ("stringValue" in value) return value.stringValue;
  if ("boolValue" in value) return value.boolValue;
  if ("intValue" in value) return Number(value.intValue);
  if ("doubleValue" in value) return Number(value.doubleValue);
  if ("arrayValue" in value) {
    const values = isRecord(value.arrayValue) && Array.isArray(value.arrayValue.values) ? value.arrayValue.values : [];
    return values.map(decodeAnyValue);
  }
  if ("kvlistValue" in value) {
    const values = isRecord(value.kvlistValue) && Array.isArray(value.kvlistValue.values) ? value.kvlistValue.values : [];
    return decodeKeyValues(values);
  }
  return void 0;
}
function decodeKeyValues(list) {
  const out = {};
  for (const kv of list)
    if (isRecord(kv) && typeof kv.key === "string") out[kv.key] = decodeAnyValue(kv.value);
  return out;
}
function nanosToMs(value) {
  if (typeof value === "number") return value / 1e6;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(BigInt(value) / 1000n) / 1e3;
  return void 0;
}
function readOtlp(file, text, c) {
  const trimmed = text.trim();
  let documents;
  try {
    documents = [{ line: 1, value: JSON.parse(trimmed) }];
  } catch {
    documents = jsonLines(file, text, c);
  }
  for (const { line, value } of documents) {
    if (!isRecord(value) || !Array.isArray(value.resourceSpans)) {
      issue(c, file, line, "resourceSpans", "not an OTLP JSON trace export (no resourceSpans list)");
      continue;
    }
    for (const resource of value.resourceSpans) {
      const scopes = isRecord(resource) && Array.isArray(resource.scopeSpans) ? resource.scopeSpans : [];
      for (const scope of scopes) {
        const spans = isRecord(scope) && Array.isArray(scope.spans) ? scope.spans : [];
        for (const span of spans) readSpan(file, line, span, c);
      }
    }
  }
}
function readSpan(file, line, span, c) {
  if (!isRecord(span)) return;
  const raw = decodeKeyValues(Array.isArray(span.attributes) ? span.attributes : []);
  const rawId = raw[PG.callId];
  const callId = typeof rawId === "string" ? rawId : void 0;
  if (span.name === FEEDBACK_SPAN_NAME) {
    const verdict = asFeedbackVerdict(raw[PG.feedback]);
    if (callId && verdict) {
      const edited = raw[PG.feedbackEdited];
      c.feedback.set(callId, { verdict, ...typeof edited === "string" ? { editedText: edited } : {} });
    }
    return;
  }
  if (raw[GENAI.operationName] === void 0) return;
  const startMs = nanosToMs(span.startTimeUnixNano);
  const endMs = nanosToMs(span.endTimeUnixNano);
  c.calls.push({
    id: callId ?? (typeof span.spanId === "string" ? span.spanId : `${file}:${line}`),
    time: startMs === void 0 ? void 0 : new Date(startMs).toISOString(),
    durationMs: startMs !== void 0 && endMs !== void 0 ? endMs - startMs : void 0,
    attributes: fromSpanAttributes(raw),
    source: { file, line }
  });
}
function asRole(value) {
  return value === "system" || value === "assistant" ? value : "user";
}
function readGeneric(file, text, mapping, c) {
  if (!mapping) {
    issue(
      c,
      file,
      1,
      "observe.import.mapping",
      "a generic log needs a field mapping: set observe.import.mapping.input (and output, feedback\u2026) in the config"
    );
    return;
  }
  for (const { line, value } of jsonLines(file, text, c)) {
    const messages = genericMessages(readPath(value, mapping.input));
    if (!messages) {
      issue(c, file, line, mapping.input, "no input at this path (a string or a list of {role, content})");
      continue;
    }
    c.calls.push(genericCall(value, mapping, messages, { file, line }));
  }
}
function genericMessages(input) {
  if (typeof input === "string") return [{ role: "user", content: input }];
  if (Array.isArray(input))
    return input.filter(isRecord).map((m) => ({ role: asRole(m.role), content: String(m.content ?? "") }));
  return void 0;
}
function genericCall(value, mapping, messages, source) {
  const at = (path) => path === void 0 ? void 0 : readPath(value, path);
  const text = (path) => {
    const picked = at(path);
    return typeof picked === "string" ? picked : void 0;
  };
  const attributes = genericAttributes(messages, mapping, at, text);
  const rawTime = at(mapping.time);
  const time = typeof rawTime === "number" ? new Date(rawTime).toISOString() : typeof rawTime === "string" ? rawTime : void 0;
  const latency = mapping.latencyMs === void 0 ? void 0 : Number(readPath(value, mapping.latencyMs));
  const rawId = at(mapping.id);
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : `${source.file}:${source.line}`;
  const verdict = asFeedbackVerdict(at(mapping.feedback));
  const edited = text(mapping.editedText);
  return {
    id,
    ...time ? { time } : {},
    ...Number.isFinite(latency) ? { durationMs: latency } : {},
    attributes,
    source,
    ...verdict ? { feedback: { verdict, ...edited !== void 0 ? { editedText: edited } : {} } } : {}
  };
}
function genericAttributes(messages, mapping, at, text) {
  const attributes = {
    [GENAI.operationName]: OPERATION_CHAT,
    [PG.purpose]: "production",
    ...contentAttributes(messages, text(mapping.output), void 0, (kept) => kept)
  };
  const model = text(mapping.model);
  if (model) attributes[GENAI.responseModel] = model;
  const error = text(mapping.error);
  if (error) {
    attributes[GENAI.errorType] = "_OTHER";
    attributes[PG.errorMessage] = error;
  }
  const vars = at(mapping.vars);
  if (isRecord(vars)) attributes[PG.caseVars] = vars;
  return attributes;
}
function detectLogFormat(text) {
  const first = text.split("\n").find((l) => l.trim() !== "") ?? "";
  if (/"resourceSpans"/.test(first) || /^\s*\{\s*$/.test(first)) return "otlp";
  if (first.includes(CALL_RECORD_FORMAT) || first.includes(FEEDBACK_RECORD_FORMAT)) return "promptgate";
  return "generic";
}
function readCallLogs(files, mapping) {
  const c = { calls: [], feedback: /* @__PURE__ */ new Map(), issues: [] };
  for (const { file, text, format } of files) {
    const kind = format ?? detectLogFormat(text);
    if (kind === "promptgate") readPromptGate(file, text, c);
    else if (kind === "otlp") readOtlp(file, text, c);
    else readGeneric(file, text, mapping, c);
  }
  if (c.issues.length > 0) {
    const ordered = c.issues.map((found, index) => ({ found, index })).sort(
      (a, b) => a.found.file === b.found.file ? (a.found.line ?? 0) - (b.found.line ?? 0) : a.index - b.index
    ).map(({ found }) => found);
    const listed = ordered.slice(0, MAX_LISTED_ISSUES);
    const more = ordered.length - listed.length;
    throw new LogFormatError(
      `Cannot read the call log${more > 0 ? ` (${more} more problems not listed)` : ""}`,
      listed
    );
  }
  return c.calls.map((call) => {
    const feedback = c.feedback.get(call.id) ?? call.feedback;
    return feedback ? { ...call, feedback } : call;
  });
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/escape.ts
var ZWJ = "\u200D";
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
function cleanControls(text) {
  return text.replace(/\r\n?/g, "\n").replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`).replace(CONTROL_CHARS, "\uFFFD");
}
function neutralizeReferences(text) {
  return text.replace(/@/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`).replace(/:\/\//g, `:${ZWJ}//`).replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
var MARKDOWN_PUNCTUATION = /[\\`*_[\]#|<>~&$]/g;
function escapeInline(text) {
  const oneLine = neutralizeReferences(cleanControls(text).replace(/\s*\n\s*/g, " "));
  const escaped = oneLine.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  return escaped.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
function escapeHtml(text) {
  const oneLine = neutralizeReferences(cleanControls(text).replace(/\s*\n\s*/g, " "));
  return oneLine.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
function codeSpan(text, options = {}) {
  let content = cleanControls(text).replace(/\n/g, " ");
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  if (content === "") return "` `";
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || /^ .* $/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function fencedCode(text, info = "text") {
  const content = cleanControls(text);
  const fence = "`".repeat(Math.max(3, longestRun(content, "`") + 1));
  const body = content.endsWith("\n") ? content : `${content}
`;
  return `${fence}${info}
${body}${fence}
`;
}
function truncateText(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text.slice(0, end)}
\u2026 [${(text.length - end).toLocaleString("en-US")} more characters cut]`;
}
function singleLine(text, max = 500) {
  const line = cleanControls(text).replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
var INVISIBLES = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/g;
function revealInvisibles(text) {
  return text.replace(INVISIBLES, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}

// src/observe/similar.ts
var SHINGLE_CHARS = 5;
var LSH_BANDS = 16;
var LSH_ROWS = 4;
function normaliseQuery(text) {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
function mix(value) {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function shingleSet(normalised) {
  if (normalised.length <= SHINGLE_CHARS) return Uint32Array.of(fnv1a(normalised));
  const hashes = new Uint32Array(normalised.length - SHINGLE_CHARS + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = fnv1a(normalised.slice(i, i + SHINGLE_CHARS));
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i];
  return hashes.subarray(0, unique);
}
function jaccard(a, b) {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
var SIGNATURE_SEEDS = Uint32Array.from(
  { length: LSH_BANDS * LSH_ROWS },
  (_, k) => Math.imul(k + 1, 2654435769) >>> 0
);
function bandKeys(set) {
  const signature = new Uint32Array(SIGNATURE_SEEDS.length).fill(4294967295);
  for (let s = 0; s < set.length; s++) {
    const shingle = set[s];
    for (let k = 0; k < signature.length; k++) {
      const h = mix(shingle ^ SIGNATURE_SEEDS[k]);
      if (h < signature[k]) signature[k] = h;
    }
  }
  const keys = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let folded = b;
    for (let r = 0; r < LSH_ROWS; r++) folded = mix(folded ^ signature[b * LSH_ROWS + r]);
    keys.push(`${b}:${folded}`);
  }
  return keys;
}
function clusterNearDuplicates(texts, threshold = NEAR_DUPLICATE_JACCARD) {
  const exact = /* @__PURE__ */ new Map();
  const buckets = /* @__PURE__ */ new Map();
  const sets = [];
  const representative = [];
  texts.forEach((text, index) => {
    const normalised = normaliseQuery(text);
    const set = shingleSet(normalised);
    sets.push(set);
    const same = exact.get(normalised);
    if (same !== void 0) {
      representative.push(same);
      return;
    }
    const keys = bandKeys(set);
    let match;
    for (const key of keys) {
      for (const candidate of buckets.get(key) ?? []) {
        if (jaccard(set, sets[candidate]) >= threshold) {
          match = candidate;
          break;
        }
      }
      if (match !== void 0) break;
    }
    if (match !== void 0) {
      representative.push(match);
      return;
    }
    exact.set(normalised, index);
    representative.push(index);
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  return representative;
}

// src/observe/insights.ts
var LATENCY_BUCKET_EDGES_MS = [250, 500, 1e3, 2e3, 5e3, 1e4];
var TOP_ROWS = 5;
var QUERY_PREVIEW_CHARS = 80;
function counts(values) {
  const map = /* @__PURE__ */ new Map();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return [...map.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
function queryOf(call) {
  const users = messageTexts(call.attributes[GENAI.inputMessages]).filter((m) => m.role === "user");
  return users[users.length - 1]?.text ?? "";
}
function numberAttribute(call, key) {
  const value = call.attributes[key];
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function backoffOf(calls) {
  const backoff = {
    retriedCalls: 0,
    rateLimitedCalls: 0,
    waitMs: 0,
    maxWaitMs: 0,
    failedCalls: 0,
    failedMs: 0
  };
  for (const call of calls) {
    if (call.attributes[GENAI.errorType] !== void 0 && call.durationMs !== void 0) {
      backoff.failedCalls++;
      backoff.failedMs += call.durationMs;
    }
    if ((numberAttribute(call, PG.retries) ?? 0) > 0) backoff.retriedCalls++;
    if ((numberAttribute(call, PG.rateLimited) ?? 0) > 0) backoff.rateLimitedCalls++;
    const wait = numberAttribute(call, PG.retryWaitMs) ?? 0;
    backoff.waitMs += wait;
    backoff.maxWaitMs = Math.max(backoff.maxWaitMs, wait);
  }
  return backoff;
}
function costOfCalls(all) {
  const cost = {
    replayed: 0,
    fromCache: 0,
    fromBaseline: 0,
    fromCassette: 0,
    savedUsd: 0,
    priced: 0,
    made: 0,
    spentUsd: 0,
    spentPriced: 0
  };
  for (const call of all) {
    const from = replaySourceOf(call);
    if (from === void 0) {
      cost.made++;
      const spent = numberAttribute(call, PG.costUsd);
      if (spent !== void 0) {
        cost.spentUsd += spent;
        cost.spentPriced++;
      }
      continue;
    }
    cost.replayed++;
    if (from === "baseline") cost.fromBaseline++;
    else if (from === "cassette") cost.fromCassette++;
    else cost.fromCache++;
    const saved = numberAttribute(call, PG.costSavedUsd);
    if (saved !== void 0) {
      cost.savedUsd += saved;
      cost.priced++;
    }
  }
  return cost;
}
function bucketLabel(index) {
  const edge = (ms2) => ms2 >= 1e3 ? `${ms2 / 1e3}s` : `${ms2}ms`;
  const upper = LATENCY_BUCKET_EDGES_MS[index];
  if (upper === void 0)
    return `>${edge(LATENCY_BUCKET_EDGES_MS[LATENCY_BUCKET_EDGES_MS.length - 1])}`;
  return `\u2264${edge(upper)}`;
}
function verdictOf(call) {
  if (call.feedback) return call.feedback.verdict;
  const accepted = call.attributes[PG.accepted];
  return accepted === true ? "accepted" : accepted === false ? "rejected" : void 0;
}
function computeInsights(all, options = {}) {
  const calls = all.filter((c) => c.attributes[PG.purpose] !== "judge");
  const timed = calls.flatMap((call) => {
    const ms2 = modelLatencyMs(call);
    return ms2 === void 0 ? [] : [{ call, ms: ms2 }];
  });
  const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
  const latency = latencyOf(sorted, options.latencyBudgetMs);
  const errorKinds = calls.flatMap(
    (c) => c.attributes[GENAI.errorType] === void 0 ? [] : [String(c.attributes[GENAI.errorType])]
  );
  const models = calls.flatMap((c) => {
    const model = c.attributes[GENAI.responseModel] ?? c.attributes[GENAI.requestModel];
    return model === void 0 ? [] : [String(model)];
  });
  return {
    calls: calls.length,
    ...latency ? { latency } : {},
    histogram: histogramOf(sorted),
    slowest: [...timed].sort((a, b) => b.ms - a.ms).slice(0, TOP_ROWS).map((t) => ({ id: t.call.id, durationMs: t.ms, query: queryOf(t.call) })),
    failureModes: counts(failedCheckIds(calls)).slice(0, TOP_ROWS * 2).map(({ key, count }) => ({ id: key, count })),
    errors: counts(errorKinds).map(({ key, count }) => ({ kind: key, count })),
    errorRate: calls.length === 0 ? 0 : errorKinds.length / calls.length,
    models: counts(models).map(({ key, count }) => ({ model: key, count })),
    repeats: repeatsOf(calls),
    acceptance: acceptanceOf(calls),
    backoff: backoffOf(calls),
    // The judge's calls cost money too: cost counts every line.
    cost: costOfCalls(all)
  };
}
function histogramOf(sorted) {
  const histogram = [...LATENCY_BUCKET_EDGES_MS, Infinity].map((_, i) => ({
    label: bucketLabel(i),
    count: 0
  }));
  for (const ms2 of sorted) {
    const index = LATENCY_BUCKET_EDGES_MS.findIndex((edge) => ms2 <= edge);
    const bucket = histogram[index === -1 ? histogram.length - 1 : index];
    if (bucket) bucket.count++;
  }
  return histogram;
}
function latencyOf(sorted, budget) {
  if (sorted.length === 0) return void 0;
  return {
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    max: sorted[sorted.length - 1],
    ...budget !== void 0 ? { budgetMs: budget } : {},
    overBudget: budget === void 0 ? 0 : sorted.filter((ms2) => ms2 > budget).length
  };
}
function failedCheckIds(calls) {
  const failed = [];
  for (const call of calls) {
    const checks = call.attributes[PG.checks];
    if (Array.isArray(checks)) {
      for (const c of checks)
        if (isRecord(c) && c.status === "ok" && !c.pass) failed.push(c.id);
    }
  }
  return failed;
}
function repeatsOf(calls) {
  const queries = calls.filter((c) => replaySourceOf(c) === void 0).map(queryOf).filter((q) => q !== "");
  const normalised = queries.map(normaliseQuery);
  const firstSeen = /* @__PURE__ */ new Set();
  let exact = 0;
  for (const q of normalised) {
    if (firstSeen.has(q)) exact++;
    else firstSeen.add(q);
  }
  const reps = clusterNearDuplicates(queries);
  const near = reps.filter((rep, i) => rep !== i).length;
  return { exact, near, queries: queries.length };
}
function acceptanceOf(calls) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const call of calls) {
    const version = String(
      call.attributes[PG.promptVersion] ?? call.attributes[GENAI.promptName] ?? "unversioned"
    );
    const entry = byVersion.get(version) ?? { accepted: 0, rejected: 0, edited: 0, total: 0 };
    const verdict = verdictOf(call);
    if (verdict) {
      entry[verdict]++;
      entry.total++;
    }
    byVersion.set(version, entry);
  }
  return [...byVersion.entries()].filter(([, v]) => v.total > 0).map(([version, v]) => ({ version, ...v })).sort((a, b) => a.version.localeCompare(b.version));
}
var ms = (value) => `${Math.round(value).toLocaleString("en-US")} ms`;
var share = (part, whole) => whole === 0 ? "\u2013" : percent(part / whole);
function latencyLine(i) {
  if (!i.latency) return "no timed calls (replayed answers and failed calls have no latency)";
  const budget = i.latency.budgetMs === void 0 ? "" : `, budget ${ms(i.latency.budgetMs)}: ${i.latency.overBudget} over (${share(
    i.latency.overBudget,
    i.histogram.reduce((n, b) => n + b.count, 0)
  )})`;
  return `p50 ${ms(i.latency.p50)}, p95 ${ms(i.latency.p95)}, p99 ${ms(i.latency.p99)}, max ${ms(i.latency.max)}${budget}`;
}
function repeatLine(i) {
  return `${share(i.repeats.exact, i.repeats.queries)} of ${i.repeats.queries} queries repeat an earlier one exactly, ${share(i.repeats.near, i.repeats.queries)} near-identically: what a response cache would answer without a model call`;
}
function backoffLine(i) {
  const b = i.backoff;
  const failed = b.failedCalls === 0 ? "" : `; ${plural(b.failedCalls, "failed call")} took ${ms(b.failedMs)} before giving up`;
  if (b.retriedCalls === 0 && b.waitMs === 0) return `no answered call was retried${failed}`;
  return `${plural(b.retriedCalls, "call")} retried (${b.rateLimitedCalls} rate-limited), ${ms(b.waitMs)} lost to failed attempts and backoff (longest ${ms(b.maxWaitMs)}), not counted in latency${failed}`;
}
function costLine(i) {
  const c = i.cost;
  const spent = c.made === 0 ? "no call made" : c.spentPriced === 0 ? `${c.made} made, cost unknown (no price for their models)` : `${c.made} made, ${dollars(c.spentUsd)}${c.spentPriced < c.made ? ` (${c.made - c.spentPriced} unpriced)` : ""}`;
  if (c.replayed === 0) return `${spent}; none replayed`;
  const sources = [
    c.fromCache > 0 ? `${c.fromCache} from the response cache` : "",
    c.fromBaseline > 0 ? `${c.fromBaseline} from a stored baseline` : "",
    c.fromCassette > 0 ? `${c.fromCassette} from a cassette` : ""
  ].filter(Boolean).join(", ");
  const unpriced = c.priced < c.replayed ? ` (${c.replayed - c.priced} unpriced)` : "";
  return `${spent}; ${c.replayed} replayed (${sources}), saving ${dollars(c.savedUsd)} of what they cost when first made${unpriced}`;
}
function padTable(rows) {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? "").length))) ?? [];
  return rows.map(
    (r) => r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join("  ").trimEnd()
  ).join("\n");
}
function renderInsightsTerminal(i) {
  const lines = [`Insights from ${i.calls} call(s)`, `Latency: ${latencyLine(i)}`];
  const maxCount = Math.max(1, ...i.histogram.map((b) => b.count));
  for (const b of i.histogram)
    lines.push(`  ${b.label.padStart(7)} ${"\u2588".repeat(Math.round(b.count / maxCount * 30))} ${b.count}`);
  if (i.slowest.length > 0) {
    lines.push("Slowest queries:");
    lines.push(
      padTable([
        ["latency", "call", "query"],
        ...i.slowest.map((s) => [
          ms(s.durationMs),
          inertLine(s.id, 40),
          inertLine(s.query, QUERY_PREVIEW_CHARS)
        ])
      ])
    );
  }
  if (i.failureModes.length > 0)
    lines.push(`Failure modes: ${i.failureModes.map((f) => `${inertLine(f.id, 40)} ${f.count}`).join(", ")}`);
  lines.push(
    `Errors: ${i.errors.length === 0 ? "none" : i.errors.map((e) => `${inertLine(e.kind, 40)} ${e.count}`).join(", ")} (${percent(i.errorRate)} of calls)`
  );
  lines.push(
    `Model versions: ${i.models.map((m) => `${inertLine(m.model, 60)} ${m.count}`).join(", ") || "none reported"}`
  );
  lines.push(`Repeats: ${repeatLine(i)}`);
  lines.push(`Backoff: ${backoffLine(i)}`);
  lines.push(`Calls and cost: ${costLine(i)}`);
  if (i.acceptance.length > 0) {
    lines.push("Acceptance by prompt version:");
    lines.push(
      padTable([
        ["version", "accepted", "rejected", "edited"],
        ...i.acceptance.map((a) => [
          inertLine(a.version, 60),
          share(a.accepted, a.total),
          share(a.rejected, a.total),
          share(a.edited, a.total)
        ])
      ])
    );
  }
  return lines.join("\n");
}
function mermaidHistogram(i) {
  const labels = i.histogram.map((b) => `"${b.label}"`).join(", ");
  const max = Math.max(1, ...i.histogram.map((b) => b.count));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Latency per call"',
    `  x-axis [${labels}]`,
    `  y-axis "calls" 0 --> ${max}`,
    `  bar [${i.histogram.map((b) => b.count).join(", ")}]`,
    "```"
  ].join("\n");
}
function renderInsightsMarkdown(i, heading = "### Call log insights") {
  const parts = [heading, "", `${i.calls} call(s). **Latency:** ${escapeInline(latencyLine(i))}.`, ""];
  if (i.latency) parts.push(mermaidHistogram(i), "");
  if (i.slowest.length > 0) {
    parts.push(
      markdownTable([
        ["Slowest", "Call", "Query"],
        ...i.slowest.map((s) => [
          ms(s.durationMs),
          codeSpan(s.id, { inTable: true }),
          codeSpan(inertLine(s.query, QUERY_PREVIEW_CHARS), { inTable: true })
        ])
      ]),
      ""
    );
  }
  const rows = [["Signal", "Count"]];
  for (const f of i.failureModes) rows.push([`failed ${codeSpan(f.id, { inTable: true })}`, String(f.count)]);
  for (const e of i.errors) rows.push([`error ${codeSpan(e.kind, { inTable: true })}`, String(e.count)]);
  for (const m of i.models) rows.push([`model ${codeSpan(m.model, { inTable: true })}`, String(m.count)]);
  if (rows.length > 1) parts.push(markdownTable(rows), "");
  parts.push(`**Repeats:** ${escapeInline(repeatLine(i))}.`, "");
  parts.push(`**Backoff:** ${escapeInline(backoffLine(i))}.`, "");
  parts.push(`**Calls and cost:** ${escapeInline(costLine(i))}.`, "");
  if (i.acceptance.length > 0) {
    parts.push(
      markdownTable([
        ["Prompt version", "Accepted", "Rejected", "Edited", "Judged"],
        ...i.acceptance.map((a) => [
          codeSpan(a.version, { inTable: true }),
          share(a.accepted, a.total),
          share(a.rejected, a.total),
          share(a.edited, a.total),
          String(a.total)
        ])
      ]),
      ""
    );
  }
  return parts.join("\n");
}

export {
  markdownTable,
  escapeInline,
  escapeHtml,
  codeSpan,
  fencedCode,
  truncateText,
  singleLine,
  revealInvisibles,
  modelLatencyMs,
  readCallLogs,
  clusterNearDuplicates,
  computeInsights,
  renderInsightsTerminal,
  renderInsightsMarkdown
};
