#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  PROMPTGATE_VERSION
} from "./chunks/chunk-NNGKFGBS.js";
import "./chunks/chunk-JQO23VV7.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: promptgate <command> [options]

Commands:
  run        Evaluate the configured prompt suites and write a report (default)
  baseline   Evaluate and store per-suite baseline results (run on the default branch)
  validate   Check the config, prompts and datasets without calling any model

Options:
  -c, --config <path>      Config file (default ${DEFAULT_CONFIG_PATH})
  -C, --root <dir>         Repository root that paths in the config are relative to (default .)
  -s, --suite <id>         Only this suite (repeatable)
      --base <git-ref>     Compare against this git ref (base vs head, like the PR bot)
      --baseline <path>    Compare against a stored baseline file instead of re-running base
      --record             Call the real provider behind the replay provider and (re)write its cassette
      --no-cache           Neither read nor write the response cache
      --repeats <n>        Samples per case and version (overrides config)
      --concurrency <n>    Model calls in flight (overrides config)
      --report <path>      JSON report path (default .promptgate/report.json)
      --json               Print the JSON report to stdout instead of the summary
  -q, --quiet              No progress output (the summary is still printed)
  -h, --help               This help
  -v, --version            Print the version

Exit codes: 0 pass, 1 gate failed (threshold, budget or regression), 2 configuration error, 3 runtime error,
4 inconclusive (the evidence could not decide; gate.failOnInconclusive turns it into 1).`;
var UsageError = class extends Error {
  name = "UsageError";
};
function positiveInteger(flag, value, max = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return void 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? "\u2265 1" : `from 1 to ${max}`;
    throw new UsageError(`--${flag} takes a whole number ${range}, got "${value}"`);
  }
  return parsed;
}
var MAX_REPEATS = 50;
var MAX_CONCURRENCY = 1e3;
var COMMANDS = ["run", "baseline", "validate"];
function parseCliArgs(argv2) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv2,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        root: { type: "string", short: "C" },
        suite: { type: "string", short: "s", multiple: true },
        base: { type: "string" },
        baseline: { type: "string" },
        record: { type: "boolean" },
        "no-cache": { type: "boolean" },
        repeats: { type: "string" },
        concurrency: { type: "string" },
        report: { type: "string" },
        json: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}

${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`one command at a time, got: ${positionals.join(" ")}

${USAGE}`);
  const word = positionals[0] ?? "run";
  let command;
  if (values.version) command = "version";
  else if (values.help) command = "help";
  else if (COMMANDS.includes(word)) command = word;
  else throw new UsageError(`unknown command "${word}"; valid commands: ${COMMANDS.join(", ")}

${USAGE}`);
  if (values.base && values.baseline) throw new UsageError("--base and --baseline are alternatives: give one");
  return {
    command,
    configPath: values.config ?? DEFAULT_CONFIG_PATH,
    rootDir: values.root ?? ".",
    suites: values.suite ?? [],
    baseRef: values.base,
    baselinePath: values.baseline,
    record: values.record ?? false,
    cache: !values["no-cache"],
    repeats: positiveInteger("repeats", values.repeats, MAX_REPEATS),
    concurrency: positiveInteger("concurrency", values.concurrency, MAX_CONCURRENCY),
    reportPath: values.report,
    json: values.json ?? false,
    quiet: values.quiet ?? false
  };
}

// src/cli/main.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  console.log(PROMPTGATE_VERSION);
} else {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`promptgate: ${error.message}`);
    process.exit(2);
  }
  if (options.command === "help") console.log(USAGE);
  else if (options.command === "version") console.log(PROMPTGATE_VERSION);
  else {
    const { runCli } = await import("./chunks/run-UJQQVW6I.js");
    process.exitCode = await runCli(options, {
      env: process.env,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      isTty: Boolean(process.stderr.isTTY)
    });
  }
}
