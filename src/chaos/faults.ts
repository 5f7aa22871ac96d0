// The faults the chaos proxy injects, and how a seeded run picks one per request. Each fault is
// what a model API really does on a bad day, in its documented wire shape (wire.ts); mixing them
// by rate reproduces a flaky afternoon, and the seed makes that afternoon the same on every run.
import { mulberry32 } from '../core/random.js'
import { FAULT_KINDS, type FaultConfig } from '../config/chaos-schema.js'

/*
 * The kinds (config/chaos-schema.ts holds the list):
 * - rate-limit: 429 with `retry-after` (seconds), the rate limiter.
 * - insufficient-quota: OpenAI 429 `insufficient_quota`; Anthropic 400 "credit balance is too low". No wait helps.
 * - server-error: 500. unavailable: 503. overloaded: 529 (Anthropic's status; gateways send it too).
 * - unauthorized: 401 invalid key. context-length: 400 `context_length_exceeded` / "prompt is too long".
 * - connection-reset: the socket is destroyed before any response byte.
 * - hang: the request is accepted and never answered.
 * - slow-first-byte: the answer comes after `delayMs` of silence.
 * - stream-stall / stream-break: 200 and the first part of the answer, then silence forever / a dropped connection.
 * - malformed-json: 200 with a body (or stream event) that is not JSON.
 * - empty-completion: 200 with an empty completion.
 * - truncated: 200 with half the answer and finish reason `length` / stop reason `max_tokens`.
 */
export { FAULT_KINDS }

export type FaultKind = (typeof FAULT_KINDS)[number]

/** One fault, as configured (`rate` default 1, `retryAfterS` 1, `delayMs` 2000). */
export type FaultSpec = FaultConfig

/** The default seed: a fixed run unless the config asks for another. */
export const DEFAULT_CHAOS_SEED = 13

/** The seeded generator that picks faults (core/random.ts). */
export const seededRandom = mulberry32

/**
 * Picks the fault for one request: the faults' rates are stacked in order on [0, 1), a draw past
 * their sum passes the request through. Rates summing over 1 are a config error.
 */
export function faultPicker(faults: readonly FaultSpec[], random: () => number): () => FaultSpec | undefined {
  const total = faults.reduce((sum, fault) => sum + (fault.rate ?? 1), 0)
  if (total > 1 + 1e-9) {
    throw new Error(
      `chaos faults: the rates add up to ${total.toFixed(2)}, over 1; lower them so each request gets at most one fault`
    )
  }
  const used = new Map<FaultSpec, number>()
  return () => {
    if (faults.length === 0) return undefined
    const draw = random()
    let edge = 0
    for (const fault of faults) {
      edge += fault.rate ?? 1
      if (draw >= edge) continue
      const count = used.get(fault) ?? 0
      if (fault.times !== undefined && count >= fault.times) return undefined
      used.set(fault, count + 1)
      return fault
    }
    return undefined
  }
}
