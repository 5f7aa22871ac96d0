// Production calls → reviewable dataset cases. Pure: the CLI reads the files and writes the result.
// Steps, in order: keep the suite's calls → text of each query → redact → group near-duplicates
// (the highest-signal call of a group represents it) → drop queries the dataset already has →
// rank by signal, ties in seeded random order → cap → rows with provenance. Nothing is dropped
// without being counted in the summary.
import { mulberry32 } from '../core/random.js'
import { isRecord } from '../core/guards.js'
import { createHash } from 'node:crypto'
import type { TestCase, VarValue } from '../core/types.js'
import { canonicalJson } from '../datasets/case.js'
import { GENAI, messageTexts, PG, type CheckOutcome } from './format.js'
import { modelLatencyMs, type LoggedCall } from './read.js'
import type { Redactor } from './redact.js'
import { clusterNearDuplicates, NEAR_DUPLICATE_JACCARD } from './similar.js'

import { DEFAULT_IMPORT_CAP, DEFAULT_IMPORT_SEED } from './defaults.js'

export { DEFAULT_IMPORT_CAP, DEFAULT_IMPORT_SEED }
/** Sentences of a rejected answer shorter than this are too generic to forbid ("Sure!"). */
const MIN_FORBIDDEN_SENTENCE_CHARS = 12
/** At most this many sentences of one rejected answer become not-contains values. */
const MAX_FORBIDDEN_SENTENCES = 2

/** Why a call is worth a reviewer's time; the weight orders them. */
const SIGNAL_WEIGHT = {
  rejected: 5,
  edited: 4,
  error: 3,
  failed: 3,
  slow: 2,
  rare: 1
} as const
export type Signal = keyof typeof SIGNAL_WEIGHT

export interface ImportTarget {
  suiteId: string
  /** Existing cases of the suite: a query they already hold is not added again. */
  cases: readonly TestCase[]
  /** The variable a plain user message fills; needed when calls carry no variables. */
  varName?: string
  /** The suite's p95 latency budget: calls slower than it are a signal. */
  latencyBudgetMs?: number
}

export interface ImportOptions {
  cap?: number
  seed?: number
  threshold?: number
  redact: Redactor
}

/** A dataset row as the suite's loaders read it (src/datasets/rows.ts), plus its provenance. */
export interface ImportedRow {
  id: string
  vars: Record<string, VarValue>
  expected?: string
  checks?: { type: 'not-contains'; value: string[]; id: string }[]
  tags: string[]
  provenance: {
    callId: string
    source: string
    time?: string
    model?: string
    feedback?: string
    signals: string[]
    duplicates: number
  }
}

export interface ImportSummary {
  suiteId: string
  read: number
  added: ImportedRow[]
  dropped: {
    otherSuite: number
    judge: number
    noInput: number
    nearDuplicates: number
    alreadyInDataset: number
    overCap: number
  }
  threshold: number
  cap: number
  seed: number
}

interface Candidate {
  call: LoggedCall
  vars: Record<string, VarValue>
  text: string
  signals: { signal: Signal; reason: string }[]
  weight: number
}

/** The text two queries are compared by: a single variable's value, else all variables. */
export function queryText(vars: Record<string, VarValue>): string {
  const values = Object.values(vars)
  if (values.length === 1 && typeof values[0] === 'string') return values[0]
  return canonicalJson(vars)
}

function redactVars(value: VarValue, redact: Redactor): VarValue {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(v => redactVars(v, redact))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactVars(v, redact)]))
  return value
}

function varsOf(call: LoggedCall, target: ImportTarget): Record<string, VarValue> | undefined {
  const logged = call.attributes[PG.caseVars]
  if (isRecord(logged) && Object.keys(logged).length > 0) return logged as Record<string, VarValue>
  // A run's own call names its case instead of repeating the variables: the rendered prompt is
  // not the case's input, and a case the suite holds is already in the dataset.
  const caseId = call.attributes[PG.caseId]
  if (call.attributes[PG.purpose] === 'eval' && typeof caseId === 'string') {
    const known = target.cases.find(c => c.id === caseId)
    if (known) return known.vars
  }
  const users = messageTexts(call.attributes[GENAI.inputMessages]).filter(m => m.role === 'user')
  const last = users[users.length - 1]
  if (!last || last.text.trim() === '' || !target.varName) return undefined
  return { [target.varName]: last.text }
}

function outputOf(call: LoggedCall): string | undefined {
  const texts = messageTexts(call.attributes[GENAI.outputMessages])
  return texts.length > 0 ? texts.map(t => t.text).join('\n') : undefined
}

function signalsOf(call: LoggedCall, target: ImportTarget): { signal: Signal; reason: string }[] {
  const signals: { signal: Signal; reason: string }[] = []
  if (call.feedback?.verdict === 'rejected')
    signals.push({ signal: 'rejected', reason: 'rejected by the user' })
  if (call.feedback?.verdict === 'edited') signals.push({ signal: 'edited', reason: 'edited by the user' })
  const errorType = call.attributes[GENAI.errorType]
  if (errorType !== undefined)
    signals.push({ signal: 'error', reason: `the call failed (${String(errorType)})` })
  const checks = call.attributes[PG.checks]
  const failed = Array.isArray(checks)
    ? (checks as CheckOutcome[]).filter(c => isRecord(c) && c.status === 'ok' && !c.pass).map(c => c.id)
    : []
  if (failed.length > 0) signals.push({ signal: 'failed', reason: `failed ${failed.join(', ')}` })
  else if (call.attributes[PG.accepted] === false)
    signals.push({ signal: 'failed', reason: 'failed its checks' })
  // Judged on the model's own time, as the budget is in a run: waiting out a 429 is not slowness.
  const latency = modelLatencyMs(call) ?? 0
  if (target.latencyBudgetMs !== undefined && latency > target.latencyBudgetMs) {
    signals.push({
      signal: 'slow',
      reason: `slow: ${Math.round(latency)} ms > budget ${target.latencyBudgetMs} ms`
    })
  }
  return signals
}

/** The distinctive sentences of a rejected answer: what the next version must not say again. */
export function forbiddenSentences(answer: string): string[] {
  return answer
    .split(/(?<=[.!?。！？])\s+|\n+/)
    .map(s => s.trim())
    .filter(s => s.length >= MIN_FORBIDDEN_SENTENCE_CHARS)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_FORBIDDEN_SENTENCES)
}

function rowId(callId: string): string {
  return `log-${createHash('sha256').update(callId).digest('hex').slice(0, 12)}`
}

export function importCalls(
  calls: readonly LoggedCall[],
  target: ImportTarget,
  options: ImportOptions
): ImportSummary {
  const cap = options.cap ?? DEFAULT_IMPORT_CAP
  const seed = options.seed ?? DEFAULT_IMPORT_SEED
  const threshold = options.threshold ?? NEAR_DUPLICATE_JACCARD
  const dropped = { otherSuite: 0, judge: 0, noInput: 0, nearDuplicates: 0, alreadyInDataset: 0, overCap: 0 }

  const candidates: Candidate[] = []
  for (const call of calls) {
    const suite = call.attributes[PG.suite]
    if (suite !== undefined && suite !== target.suiteId) {
      dropped.otherSuite++
      continue
    }
    if (call.attributes[PG.purpose] === 'judge') {
      dropped.judge++
      continue
    }
    const raw = varsOf(call, target)
    if (!raw) {
      dropped.noInput++
      continue
    }
    // Redacted before anything else looks at it: PII never reaches a row, a tag or the summary.
    const vars = redactVars(raw, options.redact) as Record<string, VarValue>
    const signals = signalsOf(call, target)
    candidates.push({
      call,
      vars,
      text: queryText(vars),
      signals,
      weight: signals.reduce((sum, s) => sum + SIGNAL_WEIGHT[s.signal], 0)
    })
  }

  // Highest signal first, so a near-duplicate group is represented by its most telling call.
  // Seeded, so a cap picks the same cases on every machine.
  const random = mulberry32(seed)
  const tiebreak = new Map(candidates.map(c => [c, random()]))
  candidates.sort((a, b) => b.weight - a.weight || (tiebreak.get(a) as number) - (tiebreak.get(b) as number))

  const existing = target.cases.map(c =>
    queryText(redactVars(c.vars, options.redact) as Record<string, VarValue>)
  )
  const clusterOf = clusterNearDuplicates([...existing, ...candidates.map(c => c.text)], threshold)
  const groupSize = new Map<number, number>()
  for (const rep of clusterOf) groupSize.set(rep, (groupSize.get(rep) ?? 0) + 1)

  const kept: Candidate[] = []
  candidates.forEach((candidate, i) => {
    const index = existing.length + i
    const rep = clusterOf[index] as number
    if (rep < existing.length) dropped.alreadyInDataset++
    else if (rep !== index) dropped.nearDuplicates++
    else {
      if (groupSize.get(rep) === 1) {
        candidate.signals.push({ signal: 'rare', reason: 'a query seen once in the log' })
        candidate.weight += SIGNAL_WEIGHT.rare
      }
      kept.push(candidate)
    }
  })
  // The rare bonus can reorder; the tiebreak keeps the order seeded.
  kept.sort((a, b) => b.weight - a.weight || (tiebreak.get(a) as number) - (tiebreak.get(b) as number))
  dropped.overCap = Math.max(0, kept.length - cap)

  const added = kept.slice(0, cap).map(candidate => {
    const { call } = candidate
    const index = existing.length + candidates.indexOf(candidate)
    const row: ImportedRow = {
      id: rowId(call.id),
      vars: candidate.vars,
      tags: ['imported', ...candidate.signals.map(s => s.signal)],
      provenance: {
        callId: call.id,
        source: `${call.source.file}:${call.source.line}`,
        ...(call.time ? { time: call.time } : {}),
        ...(typeof call.attributes[GENAI.responseModel] === 'string'
          ? { model: call.attributes[GENAI.responseModel] as string }
          : typeof call.attributes[GENAI.requestModel] === 'string'
            ? { model: call.attributes[GENAI.requestModel] as string }
            : {}),
        ...(call.feedback ? { feedback: call.feedback.verdict } : {}),
        signals: candidate.signals.map(s => s.reason),
        duplicates: (groupSize.get(index) ?? 1) - 1
      }
    }
    if (call.feedback?.verdict === 'edited' && call.feedback.editedText !== undefined) {
      row.expected = options.redact(call.feedback.editedText)
    }
    if (call.feedback?.verdict === 'rejected') {
      const answer = outputOf(call)
      const forbidden = answer === undefined ? [] : forbiddenSentences(options.redact(answer))
      if (forbidden.length > 0)
        row.checks = [{ type: 'not-contains', value: forbidden, id: 'not-the-rejected-answer' }]
    }
    return row
  })

  return { suiteId: target.suiteId, read: calls.length, added, dropped, threshold, cap, seed }
}
