// Command-line arguments, parsed once into a typed object. Unknown flags are errors that list
// the valid ones: a mistyped flag must not silently run with defaults.
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { errorMessage } from '../core/guards.js'

export const USAGE = `Usage: promptgate <command> [options]

Commands:
  run        Evaluate the configured prompt suites and write a report (default)
  baseline   Evaluate and store per-suite baseline results (run on the default branch)
  validate   Check the config, prompts and datasets without calling any model
  import     Turn production call logs into dataset cases (promptgate import --help)
  insights   Latency, failures, repeats and acceptance from call logs (promptgate insights --help)

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
4 inconclusive (the evidence could not decide; gate.failOnInconclusive turns it into 1).`

export type Command = 'run' | 'baseline' | 'validate' | 'help' | 'version'

export interface CliOptions {
  command: Command
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

const COMMANDS: readonly Command[] = ['run', 'baseline', 'validate']

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
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
      }
    })
  } catch (error) {
    throw new UsageError(`${errorMessage(error)}\n\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1)
    throw new UsageError(`one command at a time, got: ${positionals.join(' ')}\n\n${USAGE}`)
  const word = positionals[0] ?? 'run'
  let command: Command
  if (values.version) command = 'version'
  else if (values.help) command = 'help'
  else if ((COMMANDS as readonly string[]).includes(word)) command = word as Command
  else throw new UsageError(`unknown command "${word}"; valid commands: ${COMMANDS.join(', ')}\n\n${USAGE}`)

  if (values.base && values.baseline) throw new UsageError('--base and --baseline are alternatives: give one')
  return {
    command,
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
