import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/constants.ts
var GITHUB_COMMENT_MAX_CHARS = 65536;
var GITHUB_STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
var GITHUB_PAGE_SIZE = 100;
var GITHUB_PR_FILES_CAP = 3e3;
var DEFAULT_CONFIG_PATH = ".github/promptgate.yml";
var DEFAULT_OUTPUT_DIR = ".promptgate";
var DEFAULT_CACHE_DIR = ".promptgate/cache";
var DEFAULT_REPORT_PATH = ".promptgate/report.json";
var DEFAULT_LOG_PATH = ".promptgate/calls.jsonl";
var DEFAULT_CONCURRENCY = 8;
var DEFAULT_TIMEOUT_MS = 6e4;
var DEFAULT_MAX_RETRIES = 3;
var DEFAULT_ACCEPT_LABEL = "promptgate:accept-regression";
var REPORT_SCHEMA_VERSION = 1;
var EXIT_OK = 0;
var EXIT_GATE_FAILED = 1;
var EXIT_CONFIG_ERROR = 2;
var EXIT_RUNTIME_ERROR = 3;
var EXIT_INCONCLUSIVE = 4;
var STORED_FIELD_MAX_CHARS = 64 * 1024;

// src/core/text-file.ts
var TextEncodingError = class extends Error {
  constructor(file, line, reason) {
    super(`${line === void 0 ? file : `${file}:${line}`}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = "TextEncodingError";
  }
  file;
  line;
  reason;
};
var SAVE_AS_UTF8 = "save it as UTF-8 (without a byte-order mark is fine) and commit it again";
var BOM_UTF8 = [239, 187, 191];
var BOM_UTF32LE = [255, 254, 0, 0];
var BOM_UTF32BE = [0, 0, 254, 255];
var BOM_UTF16LE = [255, 254];
var BOM_UTF16BE = [254, 255];
function startsWith(bytes, prefix) {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function swapPairs(bytes) {
  const swapped = new Uint8Array(bytes.length - bytes.length % 2);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return swapped;
}
function decodeUtf32(file, bytes, littleEndian) {
  if (bytes.length % 4 !== 0)
    throw new TextEncodingError(file, void 0, `is cut-off UTF-32; ${SAVE_AS_UTF8}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    if (codePoint > 1114111 || codePoint >= 55296 && codePoint <= 57343)
      throw new TextEncodingError(file, void 0, `is not valid UTF-32; ${SAVE_AS_UTF8}`);
    parts.push(String.fromCodePoint(codePoint));
  }
  return parts.join("");
}
function decodeUtf16(file, bytes, littleEndian) {
  try {
    return utf16le.decode(littleEndian ? bytes : swapPairs(bytes));
  } catch {
    throw new TextEncodingError(file, void 0, `is not valid UTF-16; ${SAVE_AS_UTF8}`);
  }
}
function looksLikeBomlessUtf16(bytes) {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  return pairs >= 4 && Math.max(evenZeros, oddZeros) >= pairs * 0.6 && Math.min(evenZeros, oddZeros) === 0;
}
function decodeTextFile(file, bytes) {
  let text;
  let encoding = "UTF-8";
  if (startsWith(bytes, BOM_UTF32LE) || startsWith(bytes, BOM_UTF32BE)) {
    encoding = "UTF-32";
    text = decodeUtf32(file, bytes.subarray(4), startsWith(bytes, BOM_UTF32LE));
  } else if (startsWith(bytes, BOM_UTF16LE) || startsWith(bytes, BOM_UTF16BE)) {
    encoding = "UTF-16";
    text = decodeUtf16(file, bytes.subarray(2), startsWith(bytes, BOM_UTF16LE));
  } else {
    const body = startsWith(bytes, BOM_UTF8) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) {
      const reason = looksLikeBomlessUtf16(body) ? `looks like UTF-16 without a byte-order mark (every other byte is NUL); ${SAVE_AS_UTF8}` : "is a binary file (it contains NUL bytes), not a text file";
      throw new TextEncodingError(file, void 0, reason);
    }
    try {
      text = utf8.decode(body);
    } catch {
      const lenient = new TextDecoder("utf-8").decode(body);
      const line = lineOf(lenient, lenient.indexOf("\uFFFD"));
      throw new TextEncodingError(
        file,
        line,
        `is not valid UTF-8 (perhaps Latin-1 or Windows-1252); ${SAVE_AS_UTF8}`
      );
    }
  }
  const nul = text.indexOf("\0");
  if (nul >= 0)
    throw new TextEncodingError(
      file,
      lineOf(text, nul),
      `contains a NUL character after decoding it as ${encoding}: a binary file, not a text file`
    );
  return text;
}

// src/core/errors.ts
function formatIssue(issue) {
  let where = issue.file;
  if (issue.line !== void 0) where += `:${issue.line}`;
  if (issue.line !== void 0 && issue.column !== void 0) where += `:${issue.column}`;
  return issue.path === "" ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}
function describeIssues(title, issues) {
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return [`${title} (${count}):`, ...issues.map((i) => `  ${formatIssue(i)}`)].join("\n");
}
var SourceError = class extends Error {
  constructor(title, issues) {
    super(describeIssues(title, issues));
    this.issues = issues;
    this.name = "SourceError";
  }
  issues;
};
var ConfigError = class extends SourceError {
  constructor(issues, title = `Invalid PromptGate config ${issues[0]?.file ?? ""}`) {
    super(title.trim(), issues);
    this.name = "ConfigError";
  }
};
var MissingFileError = class extends SourceError {
  constructor(path, versionLabel, message, referencedFrom) {
    super(`Missing file ${path} in ${versionLabel}`, [
      referencedFrom ? { ...referencedFrom, message } : { file: path, path: "", message }
    ]);
    this.path = path;
    this.versionLabel = versionLabel;
    this.name = "MissingFileError";
  }
  path;
  versionLabel;
};
async function readDecoded(read) {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof TextEncodingError)) throw error;
    throw new SourceError(`Unreadable file ${error.file}`, [
      { file: error.file, line: error.line, path: "", message: `this file ${error.reason}` }
    ]);
  }
}
function combineSourceErrors(errors) {
  if (errors.length === 1 && errors[0]) return errors[0];
  return new SourceError(
    "PromptGate could not load the suites",
    errors.flatMap((e) => e.issues)
  );
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  return bestDistance <= limit ? best : void 0;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key)) out += out === "" ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

export {
  GITHUB_COMMENT_MAX_CHARS,
  GITHUB_STEP_SUMMARY_MAX_BYTES,
  GITHUB_PAGE_SIZE,
  GITHUB_PR_FILES_CAP,
  DEFAULT_CONFIG_PATH,
  DEFAULT_OUTPUT_DIR,
  DEFAULT_CACHE_DIR,
  DEFAULT_REPORT_PATH,
  DEFAULT_LOG_PATH,
  DEFAULT_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_ACCEPT_LABEL,
  REPORT_SCHEMA_VERSION,
  EXIT_OK,
  EXIT_GATE_FAILED,
  EXIT_CONFIG_ERROR,
  EXIT_RUNTIME_ERROR,
  EXIT_INCONCLUSIVE,
  STORED_FIELD_MAX_CHARS,
  decodeTextFile,
  formatIssue,
  SourceError,
  ConfigError,
  MissingFileError,
  readDecoded,
  combineSourceErrors,
  closest,
  formatPath
};
