// What a feature's answer under a fault counts as. A valid degraded answer is non-empty, passes
// the suite's format checks and rails, and is a real answer, a fallback (cached, rule-based) or
// the configured "unavailable" message. Everything else a user would see as broken is garbage:
// a blank, a raw error, a stack trace, the provider's own error text inside a friendly 200 —
// and an answer that never came (or came after the budget) is timed out.
import type { ChaosOutcome } from '../core/report.js'
import type { CheckResult, CheckSpec, SampleResult } from '../core/types.js'

/**
 * Text that only gets into an answer when an error leaked through: exception names and stack
 * frames, Node's network codes, the providers' error types and wording, an error JSON body.
 */
export const RAW_ERROR_PATTERNS: readonly RegExp[] = [
  /\b(?:Type|Reference|Syntax|Range|Fetch|Abort)Error\b/,
  /^\s*at\s+\S+.*\(?[^()\s]+:\d+:\d+\)?\s*$/m,
  /Traceback \(most recent call last\)/,
  /\bE(?:CONNRESET|CONNREFUSED|TIMEDOUT|PIPE|AI_AGAIN)\b/,
  /\{\s*"(?:error|type)"\s*:\s*(?:\{|"error")/,
  /\b(?:insufficient_quota|rate_limit_exceeded|rate_limit_error|overloaded_error|context_length_exceeded|invalid_api_key|authentication_error|invalid_request_error|api_error|server_error)\b/,
  // The providers' own error messages (OpenAI's error-codes guide, Anthropic's errors page).
  /You exceeded your current quota|Rate limit reached for|credit balance is too low|maximum context length is/i,
  /The (?:engine|server) is currently overloaded|The server is overloaded|The server had an error while processing your request|Incorrect API key provided|invalid x-api-key|^\s*Overloaded\s*$/i,
  /\b(?:Internal Server Error|Service Unavailable|Bad Gateway|Too Many Requests)\b/i,
  /\bUnexpected (?:token|end of JSON)\b/,
  /^\s*(?:undefined|null|NaN|\[object Object\])\s*$/
]

/** Checks about the form of an answer, which a fallback or an unavailable message must pass too. */
const FORMAT_CHECKS: ReadonlySet<CheckSpec['type']> = new Set([
  'rails',
  'is-json',
  'json-schema',
  'max-length',
  'max-words',
  'not-contains'
])

/** Sources (the http provider's sourcePath) that mean the model itself answered. */
const MODEL_SOURCES = new Set(['model', 'live', 'llm'])

export interface OutcomeRules {
  /** The feature's "temporarily unavailable" message (chaos.unavailablePattern). */
  unavailable?: RegExp
  /** An answer later than this counts as timed out, ms. */
  budgetMs: number
}

export interface Classified {
  outcome: ChaosOutcome
  why: string
}

const TIMEOUT_KINDS = new Set(['timeout', 'deadline', 'not-run'])

export function classifyAnswer(sample: SampleResult, rules: OutcomeRules): Classified {
  if (sample.error !== undefined) {
    if (sample.errorKind === 'timeout') {
      return {
        outcome: 'timed-out',
        why: `no answer within the ${rules.budgetMs} ms budget (the gate's own timeout ended the call)`
      }
    }
    if (sample.errorKind && TIMEOUT_KINDS.has(sample.errorKind)) {
      return { outcome: 'timed-out', why: sample.error }
    }
    return { outcome: 'garbage', why: `the feature failed instead of degrading: ${sample.error}` }
  }
  const output = sample.output ?? ''
  const latency = sample.call?.latencyMs
  if (latency !== undefined && latency > rules.budgetMs) {
    return {
      outcome: 'timed-out',
      why: `answered after ${Math.round(latency)} ms, over the ${rules.budgetMs} ms budget`
    }
  }
  if (output.trim() === '') return { outcome: 'garbage', why: 'blank answer' }
  const leak = RAW_ERROR_PATTERNS.find(pattern => pattern.test(output))
  if (leak) return { outcome: 'garbage', why: 'raw error text in the answer' }
  const formatFailure = firstFailure(sample.checks, check => FORMAT_CHECKS.has(check.type))
  if (formatFailure) return { outcome: 'garbage', why: `fails ${formatFailure.id}: ${formatFailure.reason}` }
  if (rules.unavailable?.test(output)) return { outcome: 'unavailable', why: 'the unavailable message' }
  const source = sample.call?.answerSource
  if (source !== undefined && !MODEL_SOURCES.has(source.toLowerCase())) {
    return { outcome: 'fell-back', why: `answered from ${source}` }
  }
  const contentFailure = firstFailure(sample.checks, () => true)
  if (contentFailure)
    return { outcome: 'garbage', why: `fails ${contentFailure.id}: ${contentFailure.reason}` }
  return { outcome: 'answered', why: 'a real answer that passes the checks' }
}

function firstFailure(
  checks: CheckResult[],
  which: (check: CheckResult) => boolean
): CheckResult | undefined {
  return checks.find(check => which(check) && check.status === 'ok' && !check.pass)
}
