// Executes base and head prompt versions on identical cases. Calls of both sides are
// interleaved so provider drift (load, a silent model update) hits both alike, and every call
// goes through the content-addressed cache first.
import {
  ProviderError,
  type CallOptions,
  type CallRecord,
  type CheckResult,
  type CheckSpec,
  type CompletionRequest,
  type CompletionResult,
  type ErrorStatus,
  type Message,
  type ModelParameters,
  type PromptDefinition,
  type Provider,
  type ProviderErrorKind,
  type ResponseFormat,
  type SampleResult,
  type TestCase,
  type VersionSide
} from '../core/types.js'
import { cacheKey, nullCache, type ResponseCache } from './cache.js'
import { callSignal, notRunMessage, type RunDeadline } from './deadline.js'
import type { ProgressSink } from './progress.js'
import { errorMessage } from '../core/guards.js'

/** Where a call goes: the provider, the model name it expects, and the cache scope naming both. */
export interface CallRoute {
  provider: Provider
  providerModel: string
  /** Identifies where calls go (provider name, type, base URL) in cache keys. */
  cacheScope: string
}

/** One suite, resolved and routed, ready to execute. */
export interface SuitePlan {
  id: string
  route: CallRoute
  /** The base side's route when the base prompt names another model than head's. */
  baseRoute?: CallRoute
  /** Model parameters per side: each prompt version keeps its own (a PR may change temperature). */
  parameters(side: VersionSide): ModelParameters
  head: PromptDefinition
  /** Absent for an added prompt or a plain CLI run. */
  base?: PromptDefinition
  cases: TestCase[]
  checks: CheckSpec[]
  repeats: number
  stream?: boolean
}

export interface WorkItem {
  suite: SuitePlan
  testCase: TestCase
  side: VersionSide
  repeat: number
}

/** What the engine needs from the rest of the pipeline; all of it injectable for tests. */
export interface EngineDeps {
  cache: ResponseCache
  /** False when recording a cassette: every call must reach the provider to be recorded. */
  readCache: boolean
  progress: ProgressSink
  now: () => number
  concurrency: number
  timeoutMs: number
  /** `run.deadlineMs`: aborts calls in flight when it passes; later calls are reported as not run. */
  deadline?: RunDeadline
  render(prompt: PromptDefinition, testCase: TestCase): Message[]
  check(output: string, item: WorkItem, messages: Message[], prompt: PromptDefinition): Promise<CheckResult[]>
  aggregate(checks: CheckResult[]): { pass: boolean; score: number; flag?: string }
  onCall?(record: CallRecord): void
}

export interface WorkTally {
  done: number
  total: number
  failed: number
  cached: number
  startedAt: number
}

/** Interleaved order: for each case and repeat, base then head, so both sides share conditions. */
export function planWork(suites: SuitePlan[]): WorkItem[] {
  const items: WorkItem[] = []
  for (const suite of suites) {
    for (let repeat = 0; repeat < suite.repeats; repeat++) {
      for (const testCase of suite.cases) {
        if (suite.base) items.push({ suite, testCase, side: 'base', repeat })
        items.push({ suite, testCase, side: 'head', repeat })
      }
    }
  }
  return items
}

export function routeFor(suite: SuitePlan, side: VersionSide): CallRoute {
  return side === 'base' && suite.baseRoute ? suite.baseRoute : suite.route
}

/**
 * The cache first, then the provider; a fresh answer is stored. Shared by the prompt's own calls
 * and the judge's, so both are keyed, cached and timed out alike.
 */
export async function completeCached(
  route: CallRoute,
  request: CompletionRequest,
  repeat: number,
  deps: Pick<EngineDeps, 'cache' | 'readCache' | 'timeoutMs' | 'deadline'>,
  call: Pick<CallOptions, 'side' | 'vars'> = {}
): Promise<{ result: CompletionResult; cacheHit: boolean }> {
  // Without a cache (run.cache: false, chaos runs) there is nothing to look up or store: the key's
  // sha256 over the whole request was a tenth of such a run's per-call CPU.
  const key = deps.cache === nullCache ? undefined : cacheKey({ provider: route.cacheScope, request, repeat })
  const cached = key !== undefined && deps.readCache ? await deps.cache.get(key) : undefined
  if (cached) return { result: cached, cacheHit: true }
  const callTimeout = callSignal(deps.timeoutMs, deps.deadline?.signal)
  let result: CompletionResult
  try {
    result = await route.provider.complete(request, { signal: callTimeout.signal, repeat, ...call })
  } finally {
    callTimeout.release()
  }
  if (key !== undefined) await deps.cache.set(key, result)
  return { result, cacheHit: false }
}

/** What a sample and a call record keep of a failed call: the message, the status, the class. */
export interface CallFailure {
  error: string
  errorStatus?: ErrorStatus
  errorKind?: ProviderErrorKind
}

export function failureOf(error: unknown): CallFailure {
  if (error instanceof ProviderError) {
    return {
      error: error.message,
      errorStatus: {
        ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}),
        retries: error.retries,
        ...error.attempts
      },
      errorKind: error.kind
    }
  }
  return { error: errorMessage(error) }
}

/** A sample whose call never answered: it neither passes nor fails, and says why. */
function errorSample(item: WorkItem, failure: CallFailure, messages: Message[]): SampleResult {
  return {
    caseId: item.testCase.id,
    side: item.side,
    repeat: item.repeat,
    ...failure,
    cacheHit: false,
    checks: [],
    pass: false,
    score: 0,
    messages
  }
}

function responseFormatOf(prompt: PromptDefinition): ResponseFormat | undefined {
  return prompt.responseFormat && prompt.responseFormat.type !== 'text' ? prompt.responseFormat : undefined
}

/** Runs work items with at most `concurrency` calls in flight; results keep the items' order. */
export async function executeWork(
  items: WorkItem[],
  deps: EngineDeps,
  tally: WorkTally
): Promise<SampleResult[]> {
  return inPool(
    items,
    deps.concurrency,
    item => runItem(item, deps),
    sample => countDone(sample, deps, tally)
  )
}

/** At most `concurrency` tasks in flight; each result lands at its item's index. */
export async function inPool<T, R>(
  items: readonly T[],
  concurrency: number,
  run: (item: T) => Promise<R>,
  done: (result: R) => void = () => undefined
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      const result = await run(items[index] as T)
      results[index] = result
      done(result)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return results
}

function countDone(sample: SampleResult, deps: EngineDeps, tally: WorkTally): void {
  tally.done++
  if (sample.error) tally.failed++
  if (sample.cacheHit) tally.cached++
  deps.progress.update({ ...tally, elapsedMs: deps.now() - tally.startedAt })
}

/** The prompt version a work item runs: the base version on the base side, when there is one. */
function promptOf(item: WorkItem): PromptDefinition {
  return item.side === 'base' && item.suite.base ? item.suite.base : item.suite.head
}

/** One work item: render → (past the deadline: not run) → call → check; a failed step is an error sample. */
async function runItem(item: WorkItem, deps: EngineDeps): Promise<SampleResult> {
  const prompt = promptOf(item)
  const messages = renderItem(item, prompt, deps)
  if (messages instanceof Error) return errorSample(item, { error: messages.message }, [])
  if (deps.deadline?.passed()) {
    return errorSample(
      item,
      { error: notRunMessage(deps.deadline.deadlineMs), errorKind: 'not-run' },
      messages
    )
  }
  const route = routeFor(item.suite, item.side)
  const answer = await callItem(item, route, messages, prompt, deps)
  if ('failure' in answer) return errorSample(item, answer.failure, messages)
  return scoreAnswer(item, { route, messages, prompt, ...answer }, deps)
}

/** deps.render renders each case once per prompt version (renderCase), across repeats and rounds. */
function renderItem(item: WorkItem, prompt: PromptDefinition, deps: EngineDeps): Message[] | Error {
  try {
    return deps.render(prompt, item.testCase)
  } catch (error) {
    return error instanceof Error ? error : new Error(errorMessage(error))
  }
}

type Answer = { result: CompletionResult; cacheHit: boolean }

/** The call (cache first); a failed call is logged here and comes back as its failure. */
async function callItem(
  item: WorkItem,
  route: CallRoute,
  messages: Message[],
  prompt: PromptDefinition,
  deps: EngineDeps
): Promise<Answer | { failure: CallFailure }> {
  const request: CompletionRequest = {
    model: route.providerModel,
    messages,
    parameters: item.suite.parameters(item.side),
    responseFormat: responseFormatOf(prompt),
    stream: item.suite.stream
  }
  const startedAt = deps.now()
  try {
    return await completeCached(route, request, item.repeat, deps, {
      side: item.side,
      vars: item.testCase.vars
    })
  } catch (error) {
    const failure = failureOf(error)
    const failedAfterMs = deps.now() - startedAt
    deps.onCall?.(callRecord(item, route, messages, undefined, false, { ...failure, failedAfterMs }))
    return { failure }
  }
}

/** The answer's checks and verdict, logged with the call, as the sample. */
async function scoreAnswer(
  item: WorkItem,
  answer: Answer & { route: CallRoute; messages: Message[]; prompt: PromptDefinition },
  deps: EngineDeps
): Promise<SampleResult> {
  const { route, messages, result, cacheHit } = answer
  const { text, ...call } = result
  const checks = await deps.check(text, item, messages, answer.prompt)
  const { pass, score, flag } = deps.aggregate(checks)
  const undecided = undecidedReason(checks, flag)
  deps.onCall?.(
    callRecord(item, route, messages, result, cacheHit, {
      accepted: undecided ? undefined : pass,
      checks: checks.map(c => ({ id: c.id, pass: c.pass, status: c.status }))
    })
  )
  return {
    caseId: item.testCase.id,
    side: item.side,
    repeat: item.repeat,
    output: text,
    call,
    cacheHit,
    checks,
    pass,
    score,
    messages,
    ...(undecided ? { undecided } : {})
  }
}

/**
 * A judge error or a check that could not run must not read as a failed case: when no check
 * that decided has failed and some check could not decide, the sample is undecided.
 */
function undecidedReason(checks: CheckResult[], flag: string | undefined): string | undefined {
  if (flag === undefined || checks.some(c => c.status === 'ok' && !c.pass)) return undefined
  const blocking = checks.find(c => c.status !== 'ok')
  return blocking ? `${blocking.id} could not decide: ${blocking.reason}` : 'no check ran'
}

/** One call-log line; the judge's calls use it too, with their own route and messages. */
export function callRecord(
  item: WorkItem,
  route: CallRoute,
  messages: Message[],
  result: CompletionResult | undefined,
  cacheHit: boolean,
  extra: Partial<CallFailure> & {
    /** A failed call's time from its start to the final error. */
    failedAfterMs?: number
    accepted?: boolean
    purpose?: 'judge'
    checks?: CallRecord['checks']
    /** The judge's own parameters; default: the evaluated side's. */
    parameters?: ModelParameters
  } = {}
): CallRecord {
  const prompt = promptOf(item)
  return {
    time: new Date().toISOString(),
    ...(extra.purpose ? { purpose: extra.purpose } : {}),
    suite: item.suite.id,
    caseId: item.testCase.id,
    side: item.side,
    repeat: item.repeat,
    provider: route.provider.name,
    providerKind: route.provider.kind,
    model: route.providerModel,
    promptFile: prompt.file,
    parameters: extra.parameters ?? item.suite.parameters(item.side),
    vars: item.testCase.vars,
    ...(item.testCase.derivedFrom ? { variant: item.testCase.derivedFrom.variant } : {}),
    messages,
    output: result?.text,
    error: extra.error,
    errorStatus: extra.errorStatus,
    errorKind: extra.errorKind,
    ...(extra.failedAfterMs !== undefined ? { failedAfterMs: extra.failedAfterMs } : {}),
    cacheHit,
    ...(result?.replayedFrom ? { replayedFrom: result.replayedFrom } : {}),
    ...(item.suite.stream && !extra.purpose ? { stream: true } : {}),
    latencyMs: result?.latencyMs,
    ttftMs: result?.ttftMs,
    retryWaitMs: result?.retryWaitMs,
    rateLimited: result?.rateLimited,
    answerSource: result?.answerSource,
    modelVersion: result?.modelVersion,
    responseId: result?.responseId,
    usage: result?.usage,
    finishReason: result?.finishReason,
    httpStatus: result?.httpStatus,
    retries: result?.retries,
    accepted: extra.accepted,
    ...(extra.checks ? { checks: extra.checks } : {})
  }
}
