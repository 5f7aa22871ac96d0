#!/usr/bin/env node
// `promptgate`: the same engine as the action, from a terminal or any CI.
import { PROMPTGATE_VERSION } from '../version.js'

// --version must answer without loading the engine, or even the argument parser: it is how scripts
// probe for the tool, so it loads only this file and the version constant.
const argv = process.argv.slice(2)
const io = {
  env: process.env,
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY)
}
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  console.log(PROMPTGATE_VERSION)
} else {
  process.exitCode = await runCommand()
}

async function runCommand(): Promise<number | undefined> {
  const { commandUsage, commandWord, isObserveCommand, parseCliArgs, USAGE, UsageError } =
    await import('./args.js')
  if (isObserveCommand(commandWord(argv))) {
    return (await import('./observe-commands.js')).runObserveCommand(argv, io)
  }
  let options
  try {
    options = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`promptgate: ${error.message}`)
    process.exit(2)
  }
  if (options.command === 'help') console.log(options.helpFor ? commandUsage(options.helpFor) : USAGE)
  else if (options.command === 'version') console.log(PROMPTGATE_VERSION)
  else return (await import('./run.js')).runCli(options, io)
  return undefined
}
