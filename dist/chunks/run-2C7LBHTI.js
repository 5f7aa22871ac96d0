import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  CliPathError,
  cliPath,
  cliRepoPath
} from "./chunk-PEZBGJRO.js";
import {
  BASELINE_FORMAT,
  LineProgress,
  TtyProgress,
  asStoredBase,
  counted,
  createLocalGit,
  fingerprintResolvedSuite,
  parseBaselineFile,
  runSuites,
  silentProgress,
  staleBaselineReason,
  withCallSinks,
  writeJsonReport
} from "./chunk-SV5NOEQH.js";
import {
  RoutingError,
  SuiteSelectionError,
  configuredOutputPaths,
  fsRepoFiles,
  gitRepoFiles,
  ignoreOutputFolder,
  loadProject,
  missingCassetteIssues,
  missingKeyIssues,
  missingKeys,
  renderTerminal,
  selectSuites,
  withBase
} from "./chunk-NZ4RYQQO.js";
import {
  EXIT_CONFIG_ERROR,
  EXIT_GATE_FAILED,
  EXIT_INCONCLUSIVE,
  EXIT_OK,
  EXIT_RUNTIME_ERROR,
  SourceError,
  formatIssue
} from "./chunk-YX3UYC7K.js";
import "./chunk-AR6YXTCE.js";
import "./chunk-MMQNSSPF.js";
import "./chunk-YYGVEAYY.js";
import "./chunk-Z2CHZ2FJ.js";
import "./chunk-NTEYA2XI.js";
import "./chunk-3TCX42GA.js";
import "./chunk-XREXTKX4.js";
import "./chunk-FMOAC3SX.js";
import "./chunk-CF6LOMKI.js";
import {
  errorMessage
} from "./chunk-LPYLB7X5.js";
import "./chunk-IEJME6RR.js";

// src/cli/run.ts
import { execFile } from "node:child_process";
import { readFile, writeFile, mkdir, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { dirname, join, resolve } from "node:path";
var DEFAULT_BASELINE_PATH = ".promptgate/baseline.json";
function isConfigurationError(error) {
  return error instanceof SourceError || error instanceof RoutingError || error instanceof MissingSecretError || error instanceof StaleBaselineError || error instanceof MissingRefError || error instanceof RootFolderError || error instanceof CliPathError || error instanceof SuiteSelectionError;
}
var MissingSecretError = class extends SourceError {
  constructor(issues) {
    super(`Missing API ${issues.length === 1 ? "key" : "keys"}`, issues);
    this.name = "MissingSecretError";
  }
};
var StaleBaselineError = class extends Error {
  name = "StaleBaselineError";
};
var RootFolderError = class extends Error {
  name = "RootFolderError";
};
async function repositoryRoot(options, cwd) {
  if (options.rootGiven) {
    const dir = resolve(cwd, options.rootDir);
    const info = await stat(dir).catch(() => void 0);
    if (!info) throw new RootFolderError(`-C ${options.rootDir}: no such folder (${dir})`);
    if (!info.isDirectory()) throw new RootFolderError(`-C ${options.rootDir}: not a folder (${dir})`);
    return dir;
  }
  for (let dir = resolve(cwd); ; ) {
    if (await stat(join(dir, ".git")).catch(() => void 0)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
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
    const message = errorMessage(error);
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
async function runCommand(given, io) {
  const rootDir = await repositoryRoot(given, io.cwd ?? process.cwd());
  const options = confinedPaths(given, rootDir);
  const head = fsRepoFiles(rootDir, "the working tree");
  const project = await loadProject(
    options.configPath,
    head,
    (issue) => io.stderr(`warning: ${formatIssue(issue)}
`),
    { env: io.env }
  );
  const { config } = project;
  const suites = selectSuites(project.suites, options.suites);
  if (options.command === "validate")
    return validate(options, project.discovered, config, suites, io, rootDir);
  requireMachine(config, suites, options, io, rootDir);
  const notes = project.discovered ? [project.discovered] : [];
  const sides = await baseSide(options, rootDir, config, suites, notes);
  const paths = configuredOutputPaths(rootDir, config, options.configPath);
  await ignoreOutputFolder(rootDir, paths);
  const report = await runLogged(options, io, { config, rootDir, head, sides, notes, paths });
  await writeOutputs(options, io, { report, config, rootDir, toRun: sides.toRun, paths });
  return exitCodeFor(report, config.gate?.failOnInconclusive ?? false);
}
function confinedPaths(options, rootDir) {
  if (options.reportPath) cliPath(rootDir, "--report", options.reportPath);
  if (options.baselinePath) cliPath(rootDir, "--baseline", options.baselinePath);
  return { ...options, configPath: cliRepoPath(rootDir, "--config", options.configPath) };
}
function validate(options, discovered, config, suites, io, rootDir) {
  const keys = requireMachine(config, suites, options, io, rootDir);
  for (const issue of keys) io.stderr(`warning (--offline): ${formatIssue(issue)}
`);
  const cases = suites.reduce((n, s) => n + s.cases.length, 0);
  const what = discovered ? "no config (discovered prompt files)" : options.configPath;
  io.stdout(
    `${what}: valid \u2014 ${counted(suites.length, "suite")}, ${counted(cases, "case")}; no model was called
`
  );
  return EXIT_OK;
}
async function baseSide(options, rootDir, config, suites, notes) {
  const toRun = suites.map((suite) => ({ suite, change: "run" }));
  if (options.baseRef) {
    const git = createLocalGit(rootDir);
    if (!await git.hasCommit(options.baseRef)) {
      throw new MissingRefError(`--base ${options.baseRef}: no such commit in ${rootDir}; fetch it first`);
    }
    const base = gitRepoFiles({ rev: options.baseRef, git, label: `base (${options.baseRef})` });
    return { toRun: await Promise.all(suites.map((suite) => withBase(suite, base))), base };
  }
  if (options.baselinePath && options.command !== "baseline")
    return { toRun: await fromBaseline(options.baselinePath, rootDir, toRun, config, notes) };
  return { toRun };
}
function requireMachine(config, suites, options, io, rootDir) {
  const cassettes = missingCassetteIssues(config, suites, options.configPath, rootDir, options.record);
  const keys = missingKeyIssues(
    config,
    missingKeys(config, suites, io.env, options.record),
    options.configPath
  );
  const warnOnly = options.command === "validate" && options.offline;
  if (cassettes.length > 0)
    throw new SourceError("Missing cassette", [...cassettes, ...warnOnly ? [] : keys]);
  if (keys.length > 0 && !warnOnly) throw new MissingSecretError(keys);
  return keys;
}
function runLogged(options, io, input) {
  const { config, rootDir, sides, paths } = input;
  const sinks = {
    logPath: paths.log,
    config,
    env: io.env,
    runName: options.command,
    warn: (message) => io.stderr(`warning: ${message}
`)
  };
  return withCallSinks(
    sinks,
    (writeCall) => runSuites(
      config,
      sides.toRun,
      [],
      {
        configFile: options.configPath,
        rootDir,
        record: options.record,
        cache: options.cache,
        cacheDir: paths.cache,
        repeats: options.repeats,
        concurrency: options.concurrency,
        notes: input.notes,
        git: options.baseRef ? { baseRef: options.baseRef } : void 0
      },
      {
        head: input.head,
        base: sides.base,
        env: io.env,
        progress: progressFor(options, io),
        log: (line) => io.stderr(`${line}
`),
        now: Date.now,
        onCall: writeCall
      }
    )
  );
}
async function writeOutputs(options, io, out) {
  const { report, paths } = out;
  const reportPath = options.reportPath ? resolve(out.rootDir, options.reportPath) : paths.report;
  await writeJsonReport(reportPath, report);
  if (options.command === "baseline") {
    const baselinePath = resolve(out.rootDir, options.baselinePath ?? DEFAULT_BASELINE_PATH);
    await writeBaseline(baselinePath, report, out.toRun, out.config, out.rootDir);
    io.stderr(`baseline written to ${baselinePath}
`);
  }
  if (options.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else {
    io.stdout(renderTerminal(report) + "\n");
    io.stdout(`Report: ${reportPath}
Call log: ${paths.log}
`);
  }
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
    text = await readFile(resolve(rootDir, path), "utf8");
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
  RootFolderError,
  StaleBaselineError,
  exitCodeFor,
  isConfigurationError,
  repositoryRoot,
  runCli
};
