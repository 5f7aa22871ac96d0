#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  PROMPTGATE_VERSION
} from "./chunks/chunk-AR6YXTCE.js";
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
} else {
  process.exitCode = await runCommand();
}
async function runCommand() {
  const { commandUsage, commandWord, isObserveCommand, parseCliArgs, USAGE, UsageError } = await import("./chunks/args-ZZFOSFSO.js");
  if (isObserveCommand(commandWord(argv))) {
    return (await import("./chunks/observe-commands-F5FOSYD5.js")).runObserveCommand(argv, io);
  }
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
  else return (await import("./chunks/run-2C7LBHTI.js")).runCli(options, io);
  return void 0;
}
