// Stored baselines: `promptgate baseline` on the default branch records per-suite results so a
// PR can compare against them without re-running the base side. A baseline is only valid for
// the exact model, cases, checks and base prompt it was made with; anything else is refused
// with a message that says what differs, because comparing against a stale baseline would
// produce confident but wrong verdicts.
import { createHash } from 'node:crypto'
import type { Config } from '../config/schema.js'
import { parametersFor, type ResolvedSuite } from '../config/suites.js'
import type {
  CallRecord,
  CallRecordSink,
  CheckSpec,
  ModelParameters,
  PromptDefinition,
  SampleResult,
  TestCase
} from '../core/types.js'
import { routeModel } from '../providers/routing.js'
import type { SuiteToRun } from './pipeline.js'
import { callRecord, type SuitePlan } from './run.js'
import { errorMessage } from '../core/guards.js'

export const BASELINE_FORMAT = 1

export interface SuiteFingerprint {
  /** Model as the provider is asked for it. */
  model: string
  provider: string
  prompt: string
  cases: string
  checks: string
  parameters: string
}

export interface BaselineSuite {
  id: string
  fingerprint: SuiteFingerprint
  samples: SampleResult[]
}

export interface BaselineFile {
  format: number
  createdAt: string
  commit?: string
  suites: BaselineSuite[]
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

export function fingerprintSuite(input: {
  provider: string
  model: string
  prompt: PromptDefinition
  cases: TestCase[]
  checks: CheckSpec[]
  parameters: ModelParameters
}): SuiteFingerprint {
  return {
    provider: input.provider,
    model: input.model,
    prompt: digest([
      input.prompt.messages,
      input.prompt.responseFormat ?? null,
      input.prompt.modelParameters
    ]),
    cases: digest(input.cases.map(c => [c.id, c.vars, c.expected ?? null, c.checks])),
    checks: digest(input.checks),
    parameters: digest([
      input.parameters.temperature ?? null,
      input.parameters.topP ?? null,
      input.parameters.maxTokens ?? null
    ])
  }
}

const FIELD_MEANING: Record<keyof SuiteFingerprint, string> = {
  model: 'the model',
  provider: 'the provider',
  prompt: 'the base prompt',
  cases: 'the dataset cases',
  checks: 'the checks',
  parameters: 'the model parameters'
}

/** Why a stored baseline cannot stand in for the base side, or undefined when it can. */
export function staleBaselineReason(stored: SuiteFingerprint, current: SuiteFingerprint): string | undefined {
  const differing = (Object.keys(FIELD_MEANING) as (keyof SuiteFingerprint)[]).filter(
    key => stored[key] !== current[key]
  )
  if (differing.length === 0) return undefined
  const what = differing.map(key => FIELD_MEANING[key]).join(', ')
  const model = differing.includes('model') ? ` (baseline: ${stored.model}, now: ${current.model})` : ''
  return `the stored baseline is stale: ${what} changed since it was recorded${model}; run \`promptgate baseline\` on the base branch again`
}

export function parseBaselineFile(path: string, text: string): BaselineFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`${path}: not a PromptGate baseline (invalid JSON: ${errorMessage(error)})`)
  }
  const file = parsed as Partial<BaselineFile>
  if (
    typeof file !== 'object' ||
    file === null ||
    file.format !== BASELINE_FORMAT ||
    !Array.isArray(file.suites)
  ) {
    throw new Error(
      `${path}: not a PromptGate baseline of format ${BASELINE_FORMAT}; write a new one with \`promptgate baseline\``
    )
  }
  return file as BaselineFile
}

/** Stored samples as the base side: not cache hits of this run (they are counted as saved calls). */
export function asStoredBase(samples: SampleResult[]): SampleResult[] {
  return samples.map(sample => ({ ...sample, side: 'base' as const, cacheHit: false }))
}

/** The fingerprint of a resolved suite as routed by the config; `prompt` defaults to head's. */
export function fingerprintResolvedSuite(
  suite: ResolvedSuite,
  config: Config,
  prompt: PromptDefinition = suite.prompt
): SuiteFingerprint {
  const route = routeModel(suite.modelId, config, { promptFile: suite.prompt.file })
  return fingerprintSuite({
    provider: route.provider,
    model: route.model,
    prompt,
    cases: suite.cases,
    checks: suite.checks,
    parameters: parametersFor(config, suite.config, prompt)
  })
}

/**
 * Replaces the base side of each comparable suite with stored samples when the baseline matches
 * it exactly (the base prompt included); a stale or missing entry is said in a note and the base
 * side runs as usual, so a baseline can save calls but never change a verdict.
 */
export function applyBaseline(
  toRun: SuiteToRun[],
  baseline: BaselineFile,
  config: Config,
  notes: string[]
): SuiteToRun[] {
  return toRun.map(entry => {
    if (!entry.basePrompt) return entry
    const stored = baseline.suites.find(s => s.id === entry.suite.id)
    if (!stored) {
      notes.push(`No stored baseline for suite ${entry.suite.id}: its base side was run.`)
      return entry
    }
    const stale = staleBaselineReason(
      stored.fingerprint,
      fingerprintResolvedSuite(entry.suite, config, entry.basePrompt)
    )
    if (stale) {
      notes.push(`Suite ${entry.suite.id}: ${stale}. Its base side was run instead.`)
      return entry
    }
    return { ...entry, baseSamples: asStoredBase(stored.samples) }
  })
}

/**
 * A stored baseline's samples stand in for the base side's calls: they go into the call log as
 * replays (`replayedFrom: baseline`, with the usage they were stored with), so the log holds every
 * answer the verdict rests on and says what the baseline saved. Nothing was asked for: no retries,
 * no time.
 */
export function storedBaselineRecords(toRun: SuiteToRun, plan: SuitePlan): CallRecord[] {
  if (!toRun.baseSamples) return []
  const cases = new Map(plan.cases.map(c => [c.id, c]))
  const route = plan.baseRoute ?? plan.route
  const promptFile = toRun.basePrompt?.file ?? toRun.basePromptFile ?? plan.head.file
  return toRun.baseSamples.flatMap(sample => {
    const testCase = cases.get(sample.caseId)
    if (!testCase) return []
    const answered = sample.error === undefined && sample.output !== undefined
    // The stored call's facts (usage, model version) price the replay; the log line gives it no
    // time and no retries of its own (observe/from-run.ts).
    const result = answered
      ? { latencyMs: 0, httpStatus: 0, retries: 0, ...sample.call, text: sample.output as string }
      : undefined
    const record = callRecord(
      { suite: plan, testCase, side: 'base', repeat: sample.repeat },
      route,
      sample.messages,
      result,
      false,
      answered
        ? {
            accepted: sample.undecided ? undefined : sample.pass,
            checks: sample.checks.map(c => ({ id: c.id, pass: c.pass, status: c.status }))
          }
        : { error: sample.error, errorStatus: sample.errorStatus, errorKind: sample.errorKind }
    )
    return [{ ...record, promptFile, replayedFrom: 'baseline' as const }]
  })
}

/** Logs every stored baseline sample of the run once, before any call is made. */
export function logStoredBaselines(
  states: readonly { toRun: SuiteToRun; plan: SuitePlan }[],
  onCall: CallRecordSink | undefined
): void {
  if (!onCall) return
  for (const state of states)
    for (const record of storedBaselineRecords(state.toRun, state.plan)) onCall(record)
}
