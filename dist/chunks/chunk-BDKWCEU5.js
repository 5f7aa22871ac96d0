import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_IMPORT_CAP,
  DEFAULT_IMPORT_SEED,
  LOG_FORMATS,
  NEAR_DUPLICATE_JACCARD
} from "./chunk-572V3N2L.js";
import {
  DEFAULT_CONFIG_PATH,
  closest
} from "./chunk-YX3UYC7K.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var EXIT_CODES_TEXT = `Exit codes: 0 pass; 1 gate failed (threshold, budget, regression, or a suite whose every call
failed); 2 configuration error (config, prompt, dataset, routing, missing key or cassette, stale or
missing baseline, bad option or path); 3 runtime error (e.g. a report that cannot be written); 4
inconclusive (gate.failOnInconclusive: true turns it into 1).`;
var PATHS_TEXT = `Paths (--config, --report, --baseline, --out, --summary) are relative to the repository root and
must stay inside it (exit code 2 otherwise); log files given to import and insights are relative to
the current folder and may be anywhere.`;
var OBSERVE_EXIT_CODES_TEXT = `Exit codes: 0 done; 2 configuration or usage error (config, suite, log file, existing --out,
bad option); 3 runtime error.`;
var OPTION_HELP = {
  config: {
    flag: "-c, --config <path>",
    text: `Config file (default ${DEFAULT_CONFIG_PATH}; missing: prompt files are discovered)`
  },
  root: {
    flag: "-C, --root <dir>",
    text: "Repository root (default: the git repository around the current folder)"
  },
  suite: { flag: "-s, --suite <id>", text: "Only this suite (repeatable)" },
  base: {
    flag: "    --base <git-ref>",
    text: "Compare against this git ref (base vs head, like the PR bot)"
  },
  baseline: {
    flag: "    --baseline <path>",
    text: "run: compare with this stored baseline; baseline: where to write it"
  },
  record: {
    flag: "    --record",
    text: "Call the real provider behind the replay provider and (re)write its cassette"
  },
  "no-cache": { flag: "    --no-cache", text: "Neither read nor write the response cache" },
  offline: {
    flag: "    --offline",
    text: "validate: a missing API key is a warning, not an error (for where no keys are set)"
  },
  repeats: { flag: "    --repeats <n>", text: "Samples per case and version, 1 to 50 (overrides config)" },
  concurrency: { flag: "    --concurrency <n>", text: "Model calls in flight (overrides config)" },
  report: { flag: "    --report <path>", text: "JSON report path (default .promptgate/report.json)" },
  json: { flag: "    --json", text: "Print the JSON report to stdout instead of the summary" },
  quiet: { flag: "-q, --quiet", text: "No progress output (the summary is still printed)" },
  format: {
    flag: "    --format <f>",
    text: `Log format: ${LOG_FORMATS.join(" | ")} (default: detected per file)`
  },
  out: {
    flag: "    --out <path>",
    text: "Dataset file to write (default <first dataset>.imported.jsonl)"
  },
  force: { flag: "    --force", text: "Overwrite --out when it exists" },
  cap: { flag: "    --cap <n>", text: `At most n new cases (default ${DEFAULT_IMPORT_CAP})` },
  seed: {
    flag: "    --seed <n>",
    text: `Seed of the tie-break among equal signals (default ${DEFAULT_IMPORT_SEED})`
  },
  threshold: {
    flag: "    --threshold <j>",
    text: `Near-duplicate Jaccard threshold in (0, 1] (default ${NEAR_DUPLICATE_JACCARD})`
  },
  var: { flag: "    --var <name>", text: "The prompt variable a logged user message fills" },
  summary: {
    flag: "    --summary <path>",
    text: "Also write the summary as markdown (for the PR description)"
  },
  help: { flag: "-h, --help", text: "Help (for a command: promptgate <command> --help)" },
  version: { flag: "-v, --version", text: "Print the version" }
};
var OBSERVE_LOGS_TEXT = `Logs: PromptGate JSONL (runs and promptgate/observe), OTLP JSON trace exports, or any JSONL
with observe.import.mapping in the config (--format generic).`;
var OBSERVE_OPTION_TEXT = {
  config: `Config file (default ${DEFAULT_CONFIG_PATH})`,
  root: "Repository root that paths in the config are relative to (default .)"
};
var COMMAND_HELP = {
  run: {
    summary: "Evaluate the configured prompt suites and write a report (the default command)",
    options: [
      "config",
      "root",
      "suite",
      "base",
      "baseline",
      "record",
      "no-cache",
      "repeats",
      "concurrency",
      "report",
      "json",
      "quiet"
    ]
  },
  baseline: {
    summary: "Evaluate and store per-suite baseline results (run it on the default branch)",
    options: [
      "config",
      "root",
      "suite",
      "baseline",
      "record",
      "no-cache",
      "repeats",
      "concurrency",
      "report",
      "json",
      "quiet"
    ]
  },
  validate: {
    summary: "Find everything run would stop on (config, prompts, datasets, keys) without calling any model",
    details: `Reports everything run would stop on before its first call (config, prompts, datasets,
regexes, schemas, judge, routing, template variables, API keys), each with file:line.`,
    options: ["config", "root", "suite", "offline", "quiet"]
  },
  import: {
    summary: "Turn production call logs into dataset cases for review",
    synopsis: "<log>... --suite <id> [options]",
    details: OBSERVE_LOGS_TEXT,
    options: [
      "config",
      "root",
      "suite",
      "format",
      "out",
      "force",
      "cap",
      "seed",
      "threshold",
      "var",
      "summary"
    ],
    optionText: { ...OBSERVE_OPTION_TEXT, suite: "The suite the cases are for (required)" },
    exitCodes: OBSERVE_EXIT_CODES_TEXT
  },
  insights: {
    summary: "Latency, failures, repeats, backoff, cost and acceptance from call logs (default: the run.logPath log)",
    synopsis: "[<log>...] [options]",
    details: OBSERVE_LOGS_TEXT,
    options: ["config", "root", "suite", "format", "summary"],
    optionText: { ...OBSERVE_OPTION_TEXT, suite: "The suite whose latency budget applies" },
    exitCodes: OBSERVE_EXIT_CODES_TEXT
  }
};
var GLOBAL_OPTIONS = ["help", "version"];
function optionLines(names, texts = {}) {
  return names.map((name) => `  ${OPTION_HELP[name].flag.padEnd(24)} ${texts[name] ?? OPTION_HELP[name].text}`).join("\n");
}
var USAGE = `Usage: promptgate <command> [options]
       promptgate help [command]

Commands:
${Object.keys(COMMAND_HELP).map((c) => `  ${c.padEnd(10)} ${COMMAND_HELP[c].summary}`).join("\n")}

Options (see promptgate <command> --help for which apply):
${optionLines([.../* @__PURE__ */ new Set([...COMMAND_HELP.run.options, ...COMMAND_HELP.validate.options, ...GLOBAL_OPTIONS])])}

${PATHS_TEXT}

${EXIT_CODES_TEXT}`;
function commandUsage(command) {
  const help = COMMAND_HELP[command];
  return `Usage: promptgate ${command} ${help.synopsis ?? "[options]"}

${help.summary}.${help.details ? `

${help.details}` : ""}

Options:
${optionLines([...help.options, ...GLOBAL_OPTIONS], help.optionText)}

${PATHS_TEXT}

${help.exitCodes ?? EXIT_CODES_TEXT}`;
}
var OPTIONS = {
  config: { type: "string", short: "c" },
  root: { type: "string", short: "C" },
  suite: { type: "string", short: "s", multiple: true },
  base: { type: "string" },
  baseline: { type: "string" },
  record: { type: "boolean" },
  "no-cache": { type: "boolean" },
  offline: { type: "boolean" },
  repeats: { type: "string" },
  concurrency: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  format: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  cap: { type: "string" },
  seed: { type: "string" },
  threshold: { type: "string" },
  var: { type: "string" },
  summary: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
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
function usageProblem(error, command) {
  const text = error instanceof Error ? error.message : String(error);
  const help = command === "help" ? "promptgate --help" : `promptgate ${command} --help`;
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) {
    const flag = unknown[1] ?? "";
    const meant = flag.startsWith("--") ? closest(flag.slice(2), Object.keys(OPTIONS)) : void 0;
    const hint = meant ? ` (did you mean --${meant}?)` : "";
    return new UsageError(`unknown option ${flag}${hint}; see \`${help}\``);
  }
  const missing = /Option '([^']+)' argument missing/.exec(text);
  if (missing)
    return new UsageError(
      `${/--[\w-]+/.exec(missing[1] ?? "")?.[0] ?? missing[1]} needs a value; see \`${help}\``
    );
  return new UsageError(`${text.split(". ")[0]}; see \`${help}\``);
}
function isHelpTopic(word) {
  return Object.hasOwn(COMMAND_HELP, word);
}
function isObserveCommand(word) {
  return word === "import" || word === "insights";
}
function isRunnable(word) {
  return isHelpTopic(word) && !isObserveCommand(word);
}
function commandWord(argv) {
  return parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals[0];
}
function rejectMisplaced(command, values) {
  const allowed = /* @__PURE__ */ new Set([...COMMAND_HELP[command].options, ...GLOBAL_OPTIONS]);
  const misplaced = Object.keys(values).filter((name) => !allowed.has(name));
  if (misplaced.length === 0) return;
  const flags = misplaced.map((name) => `--${name}`).join(", ");
  throw new UsageError(
    `${flags} ${misplaced.length === 1 ? "does" : "do"} not apply to \`${command}\`; see \`promptgate ${command} --help\``
  );
}
function parseCliArgs(argv) {
  const firstPositional = argv.find((a) => !a.startsWith("-"));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw usageProblem(error, firstPositional && isHelpTopic(firstPositional) ? firstPositional : "help");
  }
  const { values, positionals } = parsed;
  const word = positionals[0] ?? "run";
  const valid = `valid commands: ${Object.keys(COMMAND_HELP).join(", ")}, help`;
  if (word === "help") {
    const topic = positionals[1];
    if (positionals.length > 2)
      throw new UsageError(`help takes one command at most, got: ${positionals.slice(1).join(" ")}`);
    if (topic !== void 0 && !isHelpTopic(topic)) throw new UsageError(`no help for "${topic}"; ${valid}`);
    return defaults({ command: "help", helpFor: topic });
  }
  if (isObserveCommand(word))
    throw new Error(
      `parseCliArgs does not parse ${word}: src/cli/observe-commands.ts does (main.ts dispatches)`
    );
  if (!isRunnable(word))
    throw new UsageError(`unknown command "${word}"; ${valid}; see \`promptgate --help\``);
  if (positionals.length > 1)
    throw new UsageError(`one command at a time, got: ${positionals.join(" ")}; see \`promptgate --help\``);
  if (values.version) return defaults({ command: "version" });
  if (values.help)
    return defaults({ command: "help", helpFor: positionals[0] === void 0 ? void 0 : word });
  rejectMisplaced(word, values);
  if (values.base && values.baseline) throw new UsageError("--base and --baseline are alternatives: give one");
  return {
    command: word,
    rootGiven: values.root !== void 0,
    configPath: values.config ?? DEFAULT_CONFIG_PATH,
    rootDir: values.root ?? ".",
    suites: values.suite ?? [],
    baseRef: values.base,
    baselinePath: values.baseline,
    record: values.record ?? false,
    cache: !values["no-cache"],
    offline: values.offline ?? false,
    repeats: positiveInteger("repeats", values.repeats, MAX_REPEATS),
    concurrency: positiveInteger("concurrency", values.concurrency, MAX_CONCURRENCY),
    reportPath: values.report,
    json: values.json ?? false,
    quiet: values.quiet ?? false
  };
}
function defaults(over) {
  return {
    rootGiven: false,
    configPath: DEFAULT_CONFIG_PATH,
    rootDir: ".",
    suites: [],
    record: false,
    cache: true,
    offline: false,
    json: false,
    quiet: false,
    ...over
  };
}

export {
  EXIT_CODES_TEXT,
  PATHS_TEXT,
  USAGE,
  commandUsage,
  OPTIONS,
  UsageError,
  usageProblem,
  isObserveCommand,
  commandWord,
  rejectMisplaced,
  parseCliArgs
};
