#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  USAGE,
  UsageError,
  commandUsage,
  commandWord,
  isObserveCommand,
  parseCliArgs
} from "./chunks/chunk-NIPORJLQ.js";
import "./chunks/chunk-572V3N2L.js";
import {
  PROMPTGATE_VERSION
} from "./chunks/chunk-AR6YXTCE.js";
import "./chunks/chunk-YX3UYC7K.js";
import "./chunks/chunk-IEJME6RR.js";

// src/cli/main.ts
var argv = process.argv.slice(2);
var io = {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY)
};
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  console.log(PROMPTGATE_VERSION);
} else if (isObserveCommand(commandWord(argv))) {
  process.exitCode = await (await import("./chunks/observe-commands-TKFW5CBH.js")).runObserveCommand(argv, io);
} else {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`promptgate: ${error.message}`);
    process.exit(2);
  }
  if (options.command === "help") console.log(options.helpFor ? commandUsage(options.helpFor) : USAGE);
  else if (options.command === "version") console.log(PROMPTGATE_VERSION);
  else {
    const { runCli } = await import("./chunks/run-3D3SE2NK.js");
    process.exitCode = await runCli(options, io);
  }
}
