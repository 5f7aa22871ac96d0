import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  BASELINE_FORMAT,
  LineProgress,
  RoutingError,
  SourceError,
  SuiteSelectionError,
  TtyProgress,
  asStoredBase,
  configuredOutputPaths,
  createLocalGit,
  describeMissingKeys,
  fingerprintResolvedSuite,
  formatIssue,
  fsRepoFiles,
  gitRepoFiles,
  loadProject,
  missingKeys,
  parseBaselineFile,
  routeModel,
  runSuites,
  selectSuites,
  silentProgress,
  staleBaselineReason,
  withBase,
  withCallLog,
  writeJsonReport
} from "./chunk-ATSXHDNO.js";
import {
  EXIT_CONFIG_ERROR,
  EXIT_GATE_FAILED,
  EXIT_INCONCLUSIVE,
  EXIT_OK,
  EXIT_RUNTIME_ERROR
} from "./chunk-NNGKFGBS.js";
import "./chunk-4K5GFZDU.js";
import "./chunk-JQO23VV7.js";

// src/cli/run.ts
import { execFile } from "node:child_process";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { promisify } from "node:util";
import { dirname, isAbsolute, join, resolve } from "node:path";

// src/report/terminal.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function inertLine(text, max = 160) {
  let line = text.replace(/\r?\n/g, " \u23CE ").replace(CONTROL_CHARS, "\uFFFD");
  if (line.startsWith("::")) line = ` ${line}`;
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
var VERDICT_LABEL = {
  pass: "PASS",
  improvement: "IMPROVED",
  regression: "REGRESSION",
  fail: "FAIL",
  inconclusive: "INCONCLUSIVE",
  skipped: "SKIPPED",
  error: "ERROR"
};
function percent(value) {
  return value === void 0 || Number.isNaN(value) ? "\u2013" : `${(value * 100).toFixed(1)}%`;
}
function ms(value) {
  return value === void 0 ? "\u2013" : `${Math.round(value)} ms`;
}
function versionLine(label, stats) {
  if (!stats) return `  ${label}: \u2013`;
  const parts = [
    `pass ${percent(stats.passRate)} (${stats.passedSamples}/${stats.passedSamples + stats.failedSamples} samples`,
    stats.errorSamples > 0 ? `, ${stats.errorSamples} errors)` : ")",
    `  p50 ${ms(stats.latencyMs?.p50)} p95 ${ms(stats.latencyMs?.p95)}`,
    `  tokens in ${stats.tokens.input} out ${stats.tokens.output}`,
    stats.cost ? `  cost $${stats.cost.totalUsd.toFixed(4)}` : stats.tokens.input > 0 ? "  cost unknown (no price for this model; see prices:)" : "",
    stats.cacheHits > 0 ? `  cached ${stats.cacheHits}` : "",
    stats.safetyViolations > 0 ? `  safety violations ${stats.safetyViolations}` : ""
  ];
  return `  ${label}: ${parts.join("")}`;
}
function failingSample(samples) {
  return samples?.find((s) => !s.pass);
}
function caseLines(testCase) {
  const sample = failingSample(testCase.head);
  if (!sample) return [];
  const lines = [
    `    \u2717 ${inertLine(testCase.id, 60)} (${inertLine(testCase.source.file, 80)}:${testCase.source.line ?? "?"})`
  ];
  if (sample.error) {
    lines.push(`      error: ${inertLine(sample.error)}`);
    return lines;
  }
  for (const check of sample.checks.filter((c) => !c.pass)) {
    lines.push(
      `      ${check.id} [${check.status === "ok" ? "fail" : check.status}]: ${inertLine(check.reason)}`
    );
  }
  lines.push(`      output: ${inertLine(sample.output ?? "", 200)}`);
  return lines;
}
function renderTerminal(report, options = {}) {
  const maxCases = options.maxCases ?? 5;
  const lines = [];
  for (const suite of report.suites) {
    lines.push(
      `${VERDICT_LABEL[suite.verdict]}  ${suite.id}  (${inertLine(suite.promptFile, 100)}, ${suite.model} via ${suite.provider})`
    );
    lines.push(`  ${inertLine(suite.reason, 400)}`);
    if (suite.base) lines.push(versionLine("base", suite.base));
    lines.push(versionLine(suite.base ? "head" : "result", suite.head));
    for (const budget of suite.budgets.filter((b) => b.status !== "pass")) {
      lines.push(`  budget ${budget.id}: ${budget.status} \u2014 ${inertLine(budget.message, 300)}`);
    }
    for (const unsupported of suite.unsupportedChecks) {
      lines.push(`  not evaluated: ${unsupported.id} \u2014 ${inertLine(unsupported.reason, 300)}`);
    }
    const failing = suite.cases.filter((c) => failingSample(c.head));
    for (const testCase of failing.slice(0, maxCases)) lines.push(...caseLines(testCase));
    if (failing.length > maxCases)
      lines.push(`    \u2026 and ${failing.length - maxCases} more failing cases (see the JSON report)`);
    lines.push("");
  }
  for (const note of report.notes) lines.push(`note: ${inertLine(note, 400)}`);
  lines.push(`Verdict: ${report.verdict.toUpperCase()} \u2014 ${inertLine(report.reason, 400)}`);
  return lines.join("\n");
}

// src/cli/run.ts
var DEFAULT_BASELINE_PATH = ".promptgate/baseline.json";
function isConfigurationError(error) {
  return error instanceof SourceError || error instanceof RoutingError || error instanceof MissingSecretError || error instanceof StaleBaselineError || error instanceof MissingRefError || error instanceof SuiteSelectionError;
}
var MissingSecretError = class extends Error {
  name = "MissingSecretError";
};
var StaleBaselineError = class extends Error {
  name = "StaleBaselineError";
};
var MissingRefError = class extends Error {
  name = "MissingRefError";
};
function exitCodeFor(report, failOnInconclusive) {
  if (report.verdict === "fail") return EXIT_GATE_FAILED;
  if (report.verdict === "inconclusive") return failOnInconclusive ? EXIT_GATE_FAILED : EXIT_INCONCLUSIVE;
  return EXIT_OK;
}
async function runCli(options, io) {
  try {
    return await runCommand(options, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`promptgate: ${message}
`);
    if (isConfigurationError(error)) return EXIT_CONFIG_ERROR;
    if (!(error instanceof Error)) return EXIT_RUNTIME_ERROR;
    if (io.env.PROMPTGATE_DEBUG) io.stderr(`${error.stack ?? ""}
`);
    return EXIT_RUNTIME_ERROR;
  }
}
function progressFor(options, io) {
  if (options.quiet || options.json) return silentProgress;
  if (io.isTty) return new TtyProgress({ write: io.stderr });
  return new LineProgress((line) => io.stderr(`${line}
`));
}
async function runCommand(options, io) {
  const rootDir = resolve(options.rootDir);
  const head = fsRepoFiles(rootDir, "the working tree");
  const project = await loadProject(
    options.configPath,
    head,
    (issue) => io.stderr(`warning: ${formatIssue(issue)}
`)
  );
  const { config } = project;
  const suites = selectSuites(project.suites, options.suites);
  if (options.command === "validate") {
    for (const suite of suites) routeModel(suite.modelId, config, { promptFile: suite.prompt.file });
    const cases = suites.reduce((n, s) => n + s.cases.length, 0);
    io.stdout(
      `${options.configPath}: valid \u2014 ${suites.length} suite(s), ${cases} case(s); no model was called
`
    );
    return EXIT_OK;
  }
  let toRun = suites.map((suite) => ({ suite, change: "run" }));
  let base;
  const notes = [];
  if (options.baseRef) {
    const git = createLocalGit(rootDir);
    if (!await git.hasCommit(options.baseRef)) {
      throw new MissingRefError(`--base ${options.baseRef}: no such commit in ${rootDir}; fetch it first`);
    }
    base = gitRepoFiles({ rev: options.baseRef, git, label: `base (${options.baseRef})` });
    const baseFiles = base;
    toRun = await Promise.all(suites.map((suite) => withBase(suite, baseFiles)));
  } else if (options.baselinePath) {
    toRun = await fromBaseline(options.baselinePath, rootDir, toRun, config, notes);
  }
  const missing = missingKeys(
    config,
    toRun.map((s) => s.suite),
    io.env,
    options.record
  );
  if (missing.length > 0) {
    throw new MissingSecretError(
      `missing API key(s): ${describeMissingKeys(missing)}; export the variable, or use a replay provider to run offline`
    );
  }
  const paths = configuredOutputPaths(rootDir, config, options.configPath);
  const logPath = paths.log;
  const report = await withCallLog(
    logPath,
    (writeCall) => runSuites(
      config,
      toRun,
      [],
      {
        configFile: options.configPath,
        rootDir,
        record: options.record,
        cache: options.cache,
        cacheDir: paths.cache,
        repeats: options.repeats,
        concurrency: options.concurrency,
        notes,
        git: options.baseRef ? { baseRef: options.baseRef } : void 0
      },
      {
        head,
        base,
        env: io.env,
        progress: progressFor(options, io),
        now: Date.now,
        onCall: writeCall
      }
    )
  );
  const reportPath = options.reportPath ? resolve(options.reportPath) : paths.report;
  await writeJsonReport(reportPath, report);
  if (options.command === "baseline") {
    const baselinePath = resolveIn(rootDir, options.baselinePath ?? DEFAULT_BASELINE_PATH);
    await writeBaseline(baselinePath, report, toRun, config, rootDir);
    io.stderr(`baseline written to ${baselinePath}
`);
  }
  if (options.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else {
    io.stdout(renderTerminal(report) + "\n");
    io.stdout(`Report: ${reportPath}
Call log: ${logPath}
`);
  }
  return exitCodeFor(report, config.gate?.failOnInconclusive ?? false);
}
function resolveIn(rootDir, path) {
  return isAbsolute(path) ? path : join(rootDir, path);
}
async function headCommit(cwd) {
  try {
    const { stdout } = await promisify(execFile)("git", ["rev-parse", "HEAD"], { cwd });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
async function writeBaseline(path, report, toRun, config, rootDir) {
  const baseline = {
    format: BASELINE_FORMAT,
    createdAt: report.finishedAt,
    commit: report.git?.headSha ?? await headCommit(rootDir),
    suites: toRun.map(({ suite }) => ({
      id: suite.id,
      fingerprint: fingerprintResolvedSuite(suite, config),
      samples: report.suites.find((s) => s.id === suite.id)?.cases.flatMap((c) => c.head) ?? []
    }))
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(baseline) + "\n");
}
async function fromBaseline(path, rootDir, toRun, config, notes) {
  let text;
  try {
    text = await readFile(resolveIn(rootDir, path), "utf8");
  } catch {
    throw new StaleBaselineError(
      `--baseline ${path}: no such file; write one with \`promptgate baseline\` first`
    );
  }
  const baseline = parseBaselineFile(path, text);
  return toRun.map((entry) => {
    const stored = baseline.suites.find((s) => s.id === entry.suite.id);
    if (!stored) {
      notes.push(
        `No baseline stored for suite ${entry.suite.id} in ${path}: judged on absolute thresholds only.`
      );
      return { ...entry, change: "added" };
    }
    const current = fingerprintResolvedSuite(entry.suite, config);
    const stale = staleBaselineReason({ ...stored.fingerprint, prompt: current.prompt }, current);
    if (stale) throw new StaleBaselineError(`suite ${entry.suite.id}: ${stale}`);
    return {
      ...entry,
      change: "modified",
      baseSamples: asStoredBase(stored.samples)
    };
  });
}
export {
  DEFAULT_BASELINE_PATH,
  MissingRefError,
  MissingSecretError,
  StaleBaselineError,
  exitCodeFor,
  isConfigurationError,
  runCli
};
