import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  CliPathError,
  cliPath
} from "./chunk-PEZBGJRO.js";
import {
  OPTIONS,
  UsageError,
  commandUsage,
  commandWord,
  isObserveCommand,
  rejectMisplaced,
  usageProblem
} from "./chunk-BDKWCEU5.js";
import {
  clusterNearDuplicates,
  codeSpan,
  computeInsights,
  escapeInline,
  markdownTable,
  modelLatencyMs,
  readCallLogs,
  renderInsightsMarkdown,
  renderInsightsTerminal
} from "./chunk-LZ5ATAJL.js";
import {
  SuiteSelectionError,
  canonicalJson,
  configuredOutputPaths,
  datasetFormat,
  fsRepoFiles,
  inertLine,
  loadProject,
  require_dist,
  selectSuites,
  templateVariables
} from "./chunk-NZ4RYQQO.js";
import {
  DEFAULT_IMPORT_CAP,
  DEFAULT_IMPORT_SEED,
  LOG_FORMATS,
  NEAR_DUPLICATE_JACCARD
} from "./chunk-572V3N2L.js";
import {
  DEFAULT_CONFIG_PATH,
  EXIT_CONFIG_ERROR,
  EXIT_OK,
  EXIT_RUNTIME_ERROR,
  SourceError,
  formatIssue
} from "./chunk-YX3UYC7K.js";
import {
  createRedactor
} from "./chunk-MMQNSSPF.js";
import {
  GENAI,
  PG,
  messageTexts
} from "./chunk-YYGVEAYY.js";
import "./chunk-Z2CHZ2FJ.js";
import "./chunk-NTEYA2XI.js";
import {
  mulberry32
} from "./chunk-XREXTKX4.js";
import "./chunk-CF6LOMKI.js";
import {
  errorMessage,
  isRecord
} from "./chunk-LPYLB7X5.js";
import {
  __toESM
} from "./chunk-IEJME6RR.js";

// src/cli/observe-commands.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/observe/dataset-file.ts
var import_yaml = __toESM(require_dist(), 1);
var DatasetOutputError = class extends Error {
  name = "DatasetOutputError";
};
function renderDatasetFile(path, rows, header) {
  const format = datasetFormat(path);
  if (format === "jsonl")
    return rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length > 0 ? "\n" : "");
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  if (format === "yaml") {
    const comment = header.split("\n").map((line) => `# ${line}`).join("\n");
    return `${comment}
${rows.length > 0 ? (0, import_yaml.stringify)(rows, { lineWidth: 0 }) : "[]\n"}`;
  }
  throw new DatasetOutputError(
    `${path}: imported cases are written as .jsonl, .json or .yaml (CSV cannot hold their checks and provenance); pass --out with one of those extensions`
  );
}

// src/observe/import.ts
import { createHash } from "node:crypto";
var MIN_FORBIDDEN_SENTENCE_CHARS = 12;
var MAX_FORBIDDEN_SENTENCES = 2;
var SIGNAL_WEIGHT = {
  rejected: 5,
  edited: 4,
  error: 3,
  failed: 3,
  slow: 2,
  rare: 1
};
function queryText(vars) {
  const values = Object.values(vars);
  if (values.length === 1 && typeof values[0] === "string") return values[0];
  return canonicalJson(vars);
}
function redactVars(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactVars(v, redact));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactVars(v, redact)]));
  return value;
}
function varsOf(call, target) {
  const logged = call.attributes[PG.caseVars];
  if (isRecord(logged) && Object.keys(logged).length > 0) return logged;
  const caseId = call.attributes[PG.caseId];
  if (call.attributes[PG.purpose] === "eval" && typeof caseId === "string") {
    const known = target.cases.find((c) => c.id === caseId);
    if (known) return known.vars;
  }
  const users = messageTexts(call.attributes[GENAI.inputMessages]).filter((m) => m.role === "user");
  const last = users[users.length - 1];
  if (!last || last.text.trim() === "" || !target.varName) return void 0;
  return { [target.varName]: last.text };
}
function outputOf(call) {
  const texts = messageTexts(call.attributes[GENAI.outputMessages]);
  return texts.length > 0 ? texts.map((t) => t.text).join("\n") : void 0;
}
function signalsOf(call, target) {
  const signals = [];
  if (call.feedback?.verdict === "rejected")
    signals.push({ signal: "rejected", reason: "rejected by the user" });
  if (call.feedback?.verdict === "edited") signals.push({ signal: "edited", reason: "edited by the user" });
  const errorType = call.attributes[GENAI.errorType];
  if (errorType !== void 0)
    signals.push({ signal: "error", reason: `the call failed (${String(errorType)})` });
  const checks = call.attributes[PG.checks];
  const failed = Array.isArray(checks) ? checks.filter((c) => isRecord(c) && c.status === "ok" && !c.pass).map((c) => c.id) : [];
  if (failed.length > 0) signals.push({ signal: "failed", reason: `failed ${failed.join(", ")}` });
  else if (call.attributes[PG.accepted] === false)
    signals.push({ signal: "failed", reason: "failed its checks" });
  const latency = modelLatencyMs(call) ?? 0;
  if (target.latencyBudgetMs !== void 0 && latency > target.latencyBudgetMs) {
    signals.push({
      signal: "slow",
      reason: `slow: ${Math.round(latency)} ms > budget ${target.latencyBudgetMs} ms`
    });
  }
  return signals;
}
function forbiddenSentences(answer) {
  return answer.split(/(?<=[.!?。！？])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length >= MIN_FORBIDDEN_SENTENCE_CHARS).sort((a, b) => b.length - a.length).slice(0, MAX_FORBIDDEN_SENTENCES);
}
function rowId(callId) {
  return `log-${createHash("sha256").update(callId).digest("hex").slice(0, 12)}`;
}
function importCalls(calls, target, options) {
  const cap = options.cap ?? DEFAULT_IMPORT_CAP;
  const seed = options.seed ?? DEFAULT_IMPORT_SEED;
  const threshold = options.threshold ?? NEAR_DUPLICATE_JACCARD;
  const dropped = { otherSuite: 0, judge: 0, noInput: 0, nearDuplicates: 0, alreadyInDataset: 0, overCap: 0 };
  const candidates = [];
  for (const call of calls) {
    const suite = call.attributes[PG.suite];
    if (suite !== void 0 && suite !== target.suiteId) {
      dropped.otherSuite++;
      continue;
    }
    if (call.attributes[PG.purpose] === "judge") {
      dropped.judge++;
      continue;
    }
    const raw = varsOf(call, target);
    if (!raw) {
      dropped.noInput++;
      continue;
    }
    const vars = redactVars(raw, options.redact);
    const signals = signalsOf(call, target);
    candidates.push({
      call,
      vars,
      text: queryText(vars),
      signals,
      weight: signals.reduce((sum, s) => sum + SIGNAL_WEIGHT[s.signal], 0)
    });
  }
  const random = mulberry32(seed);
  const tiebreak = new Map(candidates.map((c) => [c, random()]));
  candidates.sort((a, b) => b.weight - a.weight || tiebreak.get(a) - tiebreak.get(b));
  const existing = target.cases.map(
    (c) => queryText(redactVars(c.vars, options.redact))
  );
  const clusterOf = clusterNearDuplicates([...existing, ...candidates.map((c) => c.text)], threshold);
  const groupSize = /* @__PURE__ */ new Map();
  for (const rep of clusterOf) groupSize.set(rep, (groupSize.get(rep) ?? 0) + 1);
  const kept = [];
  candidates.forEach((candidate, i) => {
    const index = existing.length + i;
    const rep = clusterOf[index];
    if (rep < existing.length) dropped.alreadyInDataset++;
    else if (rep !== index) dropped.nearDuplicates++;
    else {
      if (groupSize.get(rep) === 1) {
        candidate.signals.push({ signal: "rare", reason: "a query seen once in the log" });
        candidate.weight += SIGNAL_WEIGHT.rare;
      }
      kept.push(candidate);
    }
  });
  kept.sort((a, b) => b.weight - a.weight || tiebreak.get(a) - tiebreak.get(b));
  dropped.overCap = Math.max(0, kept.length - cap);
  const added = kept.slice(0, cap).map((candidate) => {
    const { call } = candidate;
    const index = existing.length + candidates.indexOf(candidate);
    const row = {
      id: rowId(call.id),
      vars: candidate.vars,
      tags: ["imported", ...candidate.signals.map((s) => s.signal)],
      provenance: {
        callId: call.id,
        source: `${call.source.file}:${call.source.line}`,
        ...call.time ? { time: call.time } : {},
        ...typeof call.attributes[GENAI.responseModel] === "string" ? { model: call.attributes[GENAI.responseModel] } : typeof call.attributes[GENAI.requestModel] === "string" ? { model: call.attributes[GENAI.requestModel] } : {},
        ...call.feedback ? { feedback: call.feedback.verdict } : {},
        signals: candidate.signals.map((s) => s.reason),
        duplicates: (groupSize.get(index) ?? 1) - 1
      }
    };
    if (call.feedback?.verdict === "edited" && call.feedback.editedText !== void 0) {
      row.expected = options.redact(call.feedback.editedText);
    }
    if (call.feedback?.verdict === "rejected") {
      const answer = outputOf(call);
      const forbidden = answer === void 0 ? [] : forbiddenSentences(options.redact(answer));
      if (forbidden.length > 0)
        row.checks = [{ type: "not-contains", value: forbidden, id: "not-the-rejected-answer" }];
    }
    return row;
  });
  return { suiteId: target.suiteId, read: calls.length, added, dropped, threshold, cap, seed };
}

// src/observe/import-report.ts
var PREVIEW_CHARS = 70;
function droppedLines(s) {
  const d = s.dropped;
  const lines = [
    [d.nearDuplicates, `near-duplicates of a kept call (shingle Jaccard \u2265 ${s.threshold})`],
    [d.alreadyInDataset, "already in the dataset (same or near-identical query)"],
    [d.overCap, `over the cap of ${s.cap} (lowest signal first; seed ${s.seed})`],
    [d.otherSuite, "logged for another suite"],
    [d.judge, "judge calls (they grade answers, they are not traffic)"],
    [d.noInput, "no user input to turn into a case"]
  ];
  return lines.filter(([n]) => n > 0).map(([n, why]) => `${n} ${why}`);
}
function renderImportTerminal(s, outPath) {
  const lines = [
    `Imported ${s.added.length} case(s) for suite ${inertLine(s.suiteId, 60)} from ${s.read} logged call(s) \u2192 ${inertLine(outPath, 200)}`
  ];
  for (const why of droppedLines(s)) lines.push(`  dropped: ${why}`);
  for (const row of s.added) {
    lines.push(
      `  + ${row.id}  [${row.provenance.signals.join("; ") || "no signal"}]  ${inertLine(queryText(row.vars), PREVIEW_CHARS)}`
    );
  }
  if (s.added.length > 0) lines.push("Review the file, add it to the suite\u2019s datasets, and commit it.");
  return lines.join("\n");
}
function renderImportMarkdown(s, outPath) {
  const parts = [
    `### Imported ${s.added.length} case(s) for ${codeSpan(s.suiteId)}`,
    "",
    `From ${s.read} logged call(s) into ${codeSpan(outPath)}. PII and secrets were masked by the rails redactor before anything else read the text.`,
    ""
  ];
  const dropped = droppedLines(s);
  if (dropped.length > 0) parts.push(...dropped.map((why) => `- dropped ${escapeInline(why)}`), "");
  if (s.added.length > 0) {
    parts.push(
      markdownTable([
        ["Case", "Why", "Expected", "Query"],
        ...s.added.map((row) => [
          codeSpan(row.id, { inTable: true }),
          escapeInline(row.provenance.signals.join("; ") || "no signal"),
          row.expected !== void 0 ? "edited answer" : row.checks ? "not the rejected answer" : "\u2013",
          codeSpan(inertLine(queryText(row.vars), PREVIEW_CHARS), { inTable: true })
        ])
      ]),
      ""
    );
  }
  return parts.join("\n");
}

// src/cli/observe-commands.ts
function wholeNumber(flag, value, min) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${flag} takes a whole number \u2265 ${min}, got "${value}"`);
  return n;
}
function parseObserveArgs(argv) {
  const command = commandWord(argv);
  if (!isObserveCommand(command))
    throw new UsageError("expected `import` or `insights`; see `promptgate --help`");
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw usageProblem(error, command);
  }
  const { values, positionals } = parsed;
  const logs = positionals.slice(1);
  if (!values.help) rejectMisplaced(command, values);
  const suites = values.suite ?? [];
  if (suites.length > 1) throw new UsageError(`${command} takes one --suite, got ${suites.join(", ")}`);
  const format = values.format;
  if (format !== void 0 && !LOG_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${LOG_FORMATS.join(", ")}, got "${format}"`);
  }
  const threshold = values.threshold === void 0 ? void 0 : Number(values.threshold);
  if (threshold !== void 0 && !(threshold > 0 && threshold <= 1)) {
    throw new UsageError(`--threshold takes a Jaccard similarity in (0, 1], got "${values.threshold}"`);
  }
  const options = {
    command,
    logs,
    configPath: values.config ?? DEFAULT_CONFIG_PATH,
    rootDir: values.root ?? ".",
    suite: suites[0],
    format,
    out: values.out,
    force: values.force ?? false,
    cap: wholeNumber("cap", values.cap, 1),
    seed: wholeNumber("seed", values.seed, 0),
    threshold,
    varName: values.var,
    summaryPath: values.summary,
    help: values.help ?? false
  };
  if (!options.help && command === "import") {
    if (logs.length === 0)
      throw new UsageError("import: name at least one log file; see `promptgate import --help`");
    if (!options.suite) throw new UsageError("import: --suite <id> names the suite the cases are for");
  }
  return options;
}
async function runObserveCommand(argv, io) {
  try {
    const options = parseObserveArgs(argv);
    if (options.help) {
      io.stdout(commandUsage(options.command) + "\n");
      return EXIT_OK;
    }
    return options.command === "import" ? await importCommand(options, io) : await insightsCommand(options, io);
  } catch (error) {
    const message = errorMessage(error);
    io.stderr(`promptgate: ${message}
`);
    const userError = error instanceof UsageError || error instanceof SourceError || error instanceof SuiteSelectionError || error instanceof DatasetOutputError || error instanceof CliPathError;
    return userError ? EXIT_CONFIG_ERROR : EXIT_RUNTIME_ERROR;
  }
}
async function readLogs(paths, options, mapping) {
  const files = await Promise.all(
    paths.map(async (path) => {
      let text;
      try {
        text = await readFile(path, "utf8");
      } catch {
        throw new UsageError(`${path}: no such log file`);
      }
      return { file: path, text, ...options.format ? { format: options.format } : {} };
    })
  );
  return readCallLogs(files, mapping);
}
async function writeSummary(rootDir, path, markdown) {
  if (!path) return;
  const full = cliPath(rootDir, "--summary", path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, markdown);
}
function defaultOutPath(suite) {
  const first = suite.config.datasets?.[0];
  if (!first) return join("datasets", `${suite.id}.imported.jsonl`);
  const ext = extname(first);
  const name = basename(first, ext);
  return join(dirname(first), `${name}.imported${ext === ".csv" ? ".jsonl" : ext}`);
}
function varNameFor(suite, given) {
  if (given) return given;
  const names = templateVariables(suite.prompt);
  return names.length === 1 ? names[0] : void 0;
}
async function importCommand(options, io) {
  const rootDir = resolve(options.rootDir);
  const project = await loadProject(
    options.configPath,
    fsRepoFiles(rootDir, "the working tree"),
    (issue) => io.stderr(`warning: ${formatIssue(issue)}
`)
  );
  const [suite] = selectSuites(project.suites, [options.suite]);
  if (!suite) throw new UsageError(`import: no suite ${options.suite}`);
  const outRel = options.out ?? defaultOutPath(suite);
  const outPath = cliPath(rootDir, "--out", outRel);
  if (existsSync(outPath) && !options.force) {
    throw new UsageError(`import: ${outRel} exists; choose another --out or pass --force to overwrite it`);
  }
  const calls = await readLogs(
    options.logs.map((l) => resolve(l)),
    options,
    project.config.observe?.import?.mapping
  );
  const varName = varNameFor(suite, options.varName);
  const summary = importCalls(
    calls,
    {
      suiteId: suite.id,
      cases: suite.cases,
      ...varName ? { varName } : {},
      ...suite.thresholds.maxP95LatencyMs !== void 0 ? { latencyBudgetMs: suite.thresholds.maxP95LatencyMs } : {}
    },
    {
      redact: createRedactor(project.config.rails),
      ...options.cap !== void 0 ? { cap: options.cap } : {},
      ...options.seed !== void 0 ? { seed: options.seed } : {},
      ...options.threshold !== void 0 ? { threshold: options.threshold } : {}
    }
  );
  if (summary.dropped.noInput > 0 && !varName) {
    const names = templateVariables(suite.prompt);
    io.stderr(
      `warning: ${summary.dropped.noInput} call(s) carry no variables and the prompt has ${names.length === 0 ? "none" : `several (${names.join(", ")})`}: pass --var <name> to say which one a user message fills
`
    );
  }
  const shownPath = relative(rootDir, outPath) || outRel;
  const header = `Imported by promptgate import for suite ${suite.id}: review before committing.`;
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, renderDatasetFile(outPath, summary.added, header));
  io.stdout(renderImportTerminal(summary, shownPath) + "\n");
  await writeSummary(rootDir, options.summaryPath, renderImportMarkdown(summary, shownPath));
  return EXIT_OK;
}
async function insightsCommand(options, io) {
  const rootDir = resolve(options.rootDir);
  let config;
  let budget;
  const configFile = resolve(rootDir, options.configPath);
  if (existsSync(configFile)) {
    const project = await loadProject(options.configPath, fsRepoFiles(rootDir, "the working tree"));
    config = project.config;
    const suite = options.suite ? selectSuites(project.suites, [options.suite])[0] : void 0;
    budget = suite?.thresholds.maxP95LatencyMs ?? config.defaults?.thresholds?.maxP95LatencyMs;
  }
  const logs = options.logs.length > 0 ? options.logs.map((l) => resolve(l)) : config ? [configuredOutputPaths(rootDir, config, options.configPath).log] : [];
  if (logs.length === 0)
    throw new UsageError("insights: name a log file (no config found for the default call log)");
  const calls = await readLogs(logs, options, config?.observe?.import?.mapping);
  const insights = computeInsights(calls, budget !== void 0 ? { latencyBudgetMs: budget } : {});
  io.stdout(renderInsightsTerminal(insights) + "\n");
  await writeSummary(rootDir, options.summaryPath, renderInsightsMarkdown(insights));
  return EXIT_OK;
}
export {
  parseObserveArgs,
  runObserveCommand
};
