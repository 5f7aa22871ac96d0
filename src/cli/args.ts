// Command-line arguments, parsed once into a typed object. Unknown flags are errors that list
// the valid ones: a mistyped flag must not silently run with defaults.
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG_PATH } from '../constants.js'

/** The exit codes, worded as in the README's CLI section. */
export const EXIT_CODES_TEXT = `Exit codes: 0 pass; 1 gate failed (threshold, budget, regression, or a suite whose every call
failed); 2 configuration error (config, prompt, dataset, routing, missing key, stale or missing
baseline, bad option); 3 runtime error (e.g. a missing cassette file); 4 inconclusive
(gate.failOnInconclusive: true turns it into 1).`

interface OptionHelp {
  flag: string
  text: string
}

const OPTION_HELP: Record<OptionName, OptionHelp> = {
  config: {
    flag: '-c, --config <path>',
    text: `Config file (default ${DEFAULT_CONFIG_PATH}; missing: prompt files are discovered)`
  },
  root: {
    flag: '-C, --root <dir>',
    text: 'Repository root (default: the git repository around the current folder)'
  },
  suite: { flag: '-s, --suite <id>', text: 'Only this suite (repeatable)' },
  base: {
    flag: '    --base <git-ref>',
    text: 'Compare against this git ref (base vs head, like the PR bot)'
  },
  baseline: {
    flag: '    --baseline <path>',
    text: 'run: compare with this stored baseline; baseline: where to write it'
  },
  record: {
    flag: '    --record',
    text: 'Call the real provider behind the replay provider and (re)write its cassette'
  },
  'no-cache': { flag: '    --no-cache', text: 'Neither read nor write the response cache' },
  repeats: { flag: '    --repeats <n>', text: 'Samples per case and version, 1 to 50 (overrides config)' },
  concurrency: { flag: '    --concurrency <n>', text: 'Model calls in flight (overrides config)' },
  report: { flag: '    --report <path>', text: 'JSON report path (default .promptgate/report.json)' },
  json: { flag: '    --json', text: 'Print the JSON report to stdout instead of the summary' },
  quiet: { flag: '-q, --quiet', text: 'No progress output (the summary is still printed)' },
  help: { flag: '-h, --help', text: 'Help (for a command: promptgate <command> --help)' },
  version: { flag: '-v, --version', text: 'Print the version' }
}

const COMMAND_HELP: Record<RunnableCommand, { summary: string; options: readonly OptionName[] }> = {
  run: {
    summary: 'Evaluate the configured prompt suites and write a report (the default command)',
    options: [
      'config',
      'root',
      'suite',
      'base',
      'baseline',
      'record',
      'no-cache',
      'repeats',
      'concurrency',
      'report',
      'json',
      'quiet'
    ]
  },
  baseline: {
    summary: 'Evaluate and store per-suite baseline results (run it on the default branch)',
    options: [
      'config',
      'root',
      'suite',
      'baseline',
      'record',
      'no-cache',
      'repeats',
      'concurrency',
      'report',
      'json',
      'quiet'
    ]
  },
  validate: {
    summary: 'Check the config, prompts and datasets without calling any model',
    options: ['config', 'root', 'suite', 'quiet']
  }
}

const GLOBAL_OPTIONS: readonly OptionName[] = ['help', 'version']

function optionLines(names: readonly OptionName[]): string {
  return names.map(name => `  ${OPTION_HELP[name].flag.padEnd(24)} ${OPTION_HELP[name].text}`).join('\n')
}

export const USAGE = `Usage: promptgate <command> [options]
       promptgate help [command]

Commands:
${(Object.keys(COMMAND_HELP) as RunnableCommand[]).map(c => `  ${c.padEnd(10)} ${COMMAND_HELP[c].summary}`).join('\n')}

Options (see promptgate <command> --help for which apply):
${optionLines([...COMMAND_HELP.run.options, ...GLOBAL_OPTIONS])}

${EXIT_CODES_TEXT}`

/** `promptgate <command> --help`: that command's options only. */
export function commandUsage(command: RunnableCommand): string {
  return `Usage: promptgate ${command} [options]

${COMMAND_HELP[command].summary}.

Options:
${optionLines([...COMMAND_HELP[command].options, ...GLOBAL_OPTIONS])}

${EXIT_CODES_TEXT}`
}

export type RunnableCommand = 'run' | 'baseline' | 'validate'
export type Command = RunnableCommand | 'help' | 'version'

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  root: { type: 'string', short: 'C' },
  suite: { type: 'string', short: 's', multiple: true },
  base: { type: 'string' },
  baseline: { type: 'string' },
  record: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  repeats: { type: 'string' },
  concurrency: { type: 'string' },
  report: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

type OptionName = keyof typeof OPTIONS

export interface CliOptions {
  command: Command
  /** For `help`: the command whose help to print. */
  helpFor?: RunnableCommand
  /** True when -C/--root was given; otherwise the root is found from the current folder. */
  rootGiven: boolean
  configPath: string
  rootDir: string
  suites: string[]
  baseRef?: string
  baselinePath?: string
  record: boolean
  cache: boolean
  repeats?: number
  concurrency?: number
  reportPath?: string
  json: boolean
  quiet: boolean
}

export class UsageError extends Error {
  override name = 'UsageError'
}

function positiveInteger(
  flag: string,
  value: string | undefined,
  max = Number.MAX_SAFE_INTEGER
): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? '≥ 1' : `from 1 to ${max}`
    throw new UsageError(`--${flag} takes a whole number ${range}, got "${value}"`)
  }
  return parsed
}

/** The same caps as sampling.repeats and run.concurrency in the config schema. */
const MAX_REPEATS = 50
const MAX_CONCURRENCY = 1000

/** node:util's wording ("Unknown option '--x'. To specify a positional…") → one plain sentence. */
function usageProblem(error: unknown, command: string): UsageError {
  const text = error instanceof Error ? error.message : String(error)
  const help = command === 'help' ? 'promptgate --help' : `promptgate ${command} --help`
  const unknown = /Unknown option '([^']+)'/.exec(text)
  if (unknown) return new UsageError(`unknown option ${unknown[1]}; see \`${help}\``)
  const missing = /Option '([^']+)' argument missing/.exec(text)
  if (missing)
    return new UsageError(
      `${/--[\w-]+/.exec(missing[1] ?? '')?.[0] ?? missing[1]} needs a value; see \`${help}\``
    )
  return new UsageError(`${text.split('. ')[0]}; see \`${help}\``)
}

function isRunnable(word: string): word is RunnableCommand {
  return Object.hasOwn(COMMAND_HELP, word)
}

export function parseCliArgs(argv: string[]): CliOptions {
  // The command word decides which options apply, so find it before validating the rest.
  const firstPositional = argv.find(a => !a.startsWith('-'))
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS })
  } catch (error) {
    throw usageProblem(error, firstPositional && isRunnable(firstPositional) ? firstPositional : 'help')
  }
  const { values, positionals } = parsed
  const word = positionals[0] ?? 'run'
  const valid = `valid commands: ${Object.keys(COMMAND_HELP).join(', ')}, help`
  if (word === 'help') {
    const topic = positionals[1]
    if (positionals.length > 2)
      throw new UsageError(`help takes one command at most, got: ${positionals.slice(1).join(' ')}`)
    if (topic !== undefined && !isRunnable(topic)) throw new UsageError(`no help for "${topic}"; ${valid}`)
    return defaults({ command: 'help', helpFor: topic })
  }
  if (!isRunnable(word))
    throw new UsageError(`unknown command "${word}"; ${valid}; see \`promptgate --help\``)
  if (positionals.length > 1)
    throw new UsageError(`one command at a time, got: ${positionals.join(' ')}; see \`promptgate --help\``)
  if (values.version) return defaults({ command: 'version' })
  if (values.help)
    return defaults({ command: 'help', helpFor: positionals[0] === undefined ? undefined : word })

  const allowed = new Set<string>([...COMMAND_HELP[word].options, ...GLOBAL_OPTIONS])
  const misplaced = (Object.keys(values) as OptionName[]).filter(name => !allowed.has(name))
  if (misplaced.length > 0) {
    const flags = misplaced.map(name => `--${name}`).join(', ')
    throw new UsageError(
      `${flags} ${misplaced.length === 1 ? 'does' : 'do'} not apply to \`${word}\`; see \`promptgate ${word} --help\``
    )
  }
  if (values.base && values.baseline) throw new UsageError('--base and --baseline are alternatives: give one')
  return {
    command: word,
    rootGiven: values.root !== undefined,
    configPath: values.config ?? DEFAULT_CONFIG_PATH,
    rootDir: values.root ?? '.',
    suites: values.suite ?? [],
    baseRef: values.base,
    baselinePath: values.baseline,
    record: values.record ?? false,
    cache: !values['no-cache'],
    repeats: positiveInteger('repeats', values.repeats, MAX_REPEATS),
    concurrency: positiveInteger('concurrency', values.concurrency, MAX_CONCURRENCY),
    reportPath: values.report,
    json: values.json ?? false,
    quiet: values.quiet ?? false
  }
}

function defaults(over: Pick<CliOptions, 'command'> & Partial<CliOptions>): CliOptions {
  return {
    rootGiven: false,
    configPath: DEFAULT_CONFIG_PATH,
    rootDir: '.',
    suites: [],
    record: false,
    cache: true,
    json: false,
    quiet: false,
    ...over
  }
}
