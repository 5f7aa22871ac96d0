// The `exec` provider: tests the team's own feature as a command, one process per case. The
// case's variables go to the command as JSON on stdin and as PROMPTGATE_VAR_<NAME> environment
// variables; the answer is its stdout (or a JSON path into it). A timeout kills the process; a
// non-zero exit is an error sample with the exit code and the end of stderr. No shell is involved.
// The action never runs it under pull_request_target (action/trust.ts): the command would run the
// PR's code with the workflow's secrets.
import { spawn } from 'node:child_process'
import { isAbsolute, join } from 'node:path'
import type { ProviderConfig } from '../config/schema.js'
import {
  ProviderError,
  type CallOptions,
  type CompletionRequest,
  type CompletionResult,
  type Provider,
  type VarValue
} from '../core/types.js'
import { DEFAULT_TIMEOUT_MS } from '../constants.js'
import { answerFromReply } from './feature-answer.js'
import { quote } from './http.js'

export type FeatureExecConfig = Extract<ProviderConfig, { type: 'exec' }>

/** stdout past this is cut: a feature's answer, not a data dump. */
const MAX_OUTPUT_BYTES = 4 * 1024 * 1024
/** The end of stderr kept for the error message, characters. */
const STDERR_TAIL_CHARS = 400
/** Variables from the runner's environment a command needs to start at all; nothing secret. */
const PASSED_ENV = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'LANG']

export interface FeatureExecOptions {
  name: string
  /** Relative `cwd`s resolve against it (the repository root). */
  rootDir: string
  env: Record<string, string | undefined>
  defaultTimeoutMs?: number
  now?: () => number
}

/** `PROMPTGATE_VAR_<NAME>`: upper case, anything but letters and digits as `_`. */
export function varEnvName(name: string): string {
  return `PROMPTGATE_VAR_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

function envValue(value: VarValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export class FeatureExecProvider implements Provider {
  readonly kind = 'exec'
  private readonly now: () => number
  private readonly timeoutMs: number

  constructor(
    private readonly config: FeatureExecConfig,
    private readonly options: FeatureExecOptions
  ) {
    this.now = options.now ?? (() => performance.now())
    this.timeoutMs = config.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  get name(): string {
    return this.options.name
  }

  /** The rendered messages are not used: a feature takes its users' inputs, the case variables. */
  async complete(_request: CompletionRequest, options: CallOptions = {}): Promise<CompletionResult> {
    const vars = options.vars ?? {}
    const cwd = options.side === 'base' ? (this.config.baseVersionCwd ?? this.config.cwd) : this.config.cwd
    const env: Record<string, string> = {}
    for (const key of PASSED_ENV) {
      const value = this.options.env[key]
      if (value !== undefined) env[key] = value
    }
    for (const [key, value] of Object.entries(this.config.env ?? {})) env[key] = value
    for (const [key, value] of Object.entries(vars)) env[varEnvName(key)] = envValue(value)
    env.PROMPTGATE_SIDE = options.side ?? 'head'
    const startedAt = this.now()
    const { stdout, code } = await this.run(this.resolveCwd(cwd), env, JSON.stringify(vars), options.signal)
    const latencyMs = this.now() - startedAt
    const { text, source } = answerFromReply(stdout, this.config)
    return {
      text,
      latencyMs,
      httpStatus: 0,
      exitCode: code,
      retries: 0,
      ...(source !== undefined ? { answerSource: source } : {})
    }
  }

  private resolveCwd(cwd: string | undefined): string {
    if (!cwd) return this.options.rootDir
    return isAbsolute(cwd) ? cwd : join(this.options.rootDir, cwd)
  }

  private run(
    cwd: string,
    env: Record<string, string>,
    stdin: string,
    signal: AbortSignal | undefined
  ): Promise<{ stdout: string; code: number }> {
    const [command, ...args] = this.config.command
    return new Promise((resolve, reject) => {
      const child = spawn(command as string, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      let settled = false
      const done = (fn: () => void): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        fn()
      }
      const fail = (message: string, kind: 'timeout' | 'deadline' | 'server' | 'network'): void => {
        child.kill('SIGKILL')
        done(() => reject(new ProviderError(`${this.name}: ${message}`, undefined, false, 0, kind)))
      }
      const timer = setTimeout(
        () =>
          fail(
            `timed out: the command gave no answer within ${this.timeoutMs} ms and was killed (providers.${this.name}.timeoutMs)`,
            'timeout'
          ),
        this.timeoutMs
      )
      const onAbort = (): void => {
        const reason = signal?.reason as { name?: unknown; message?: unknown } | undefined
        if (reason?.name === 'DeadlineExceeded' && typeof reason.message === 'string')
          fail(reason.message, 'deadline')
        else
          fail(
            "call timed out: the run's per-call timeout (run.timeoutMs) aborted it; the command was killed",
            'timeout'
          )
      }
      if (signal?.aborted) onAbort()
      else signal?.addEventListener('abort', onAbort, { once: true })
      child.stdout.setEncoding('utf8')
      child.stderr.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        if (stdout.length < MAX_OUTPUT_BYTES) stdout += chunk
      })
      child.stderr.on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS * 4)
      })
      child.on('error', error =>
        fail(`could not start ${quote(String(command))}: ${error.message}`, 'network')
      )
      child.on('close', code => {
        if (code === 0) return done(() => resolve({ stdout: stdout.trimEnd(), code: 0 }))
        const tail = quote(stderr.replace(/\s+/g, ' ').slice(-STDERR_TAIL_CHARS))
        fail(`the command exited with code ${code ?? 'null (killed)'}${tail ? `: ${tail}` : ''}`, 'server')
      })
      child.stdin.on('error', () => undefined) // a command that does not read stdin closes it early
      child.stdin.end(stdin)
    })
  }
}
