// A circuit breaker per provider. Against a dead provider every call used to spend its full
// retry budget (4 attempts, ~3.5 s of backoff each): 344 requests and 30 s for a 43-case suite
// before the gate could say "provider down". The breaker counts failed ATTEMPTS, not calls, so
// the calls already in flight stop retrying as soon as the outage is clear, and every later call
// fails at once without a request.
//
// States: closed (calls go out) → open after `consecutiveFailures` failed attempts in a row, or at
// once on an error that fails every call alike (a rejected key, no quota left) → after
// `cooldownMs` one probe call is let through (half-open): its success closes the circuit, its
// failure opens it again.
import type { ProviderHealth } from '../core/report.js'
import { ProviderError, type ProviderErrorKind } from '../core/types.js'

/**
 * Failed attempts in a row that open the circuit. Five: one transient blip (a reset, one 503) and
 * its retry never trip it, while with the default concurrency of 8 a dead provider is decided by
 * the first wave of calls.
 */
export const DEFAULT_BREAKER_FAILURES = 5
/** How long an open circuit rejects calls before one probe may test the provider again. */
export const DEFAULT_BREAKER_COOLDOWN_MS = 30_000

/** Errors that say the provider is unhealthy; other kinds are about one request. */
const HEALTH_FAILURES: ReadonlySet<ProviderErrorKind> = new Set([
  'server',
  'overloaded',
  'network',
  'timeout',
  'malformed'
])
/** Errors every later call would repeat word for word: no point sending them. */
const FATAL_FAILURES: ReadonlySet<ProviderErrorKind> = new Set(['auth', 'quota'])

export type BreakerState = ProviderHealth['state']

export interface BreakerOptions {
  consecutiveFailures?: number
  cooldownMs?: number
  /** Monotonic clock, ms. */
  now?: () => number
}

export class CircuitBreaker {
  private state: BreakerState = 'closed'
  private consecutive = 0
  private openedAt = 0
  private probeInFlight = false
  private opened = 0
  private attempts = 0
  private failedAttempts = 0
  private rejectedCalls = 0
  private lastError?: ProviderError
  private readonly threshold: number
  private readonly cooldownMs: number
  private readonly now: () => number

  constructor(
    private readonly label: string,
    options: BreakerOptions = {}
  ) {
    this.threshold = options.consecutiveFailures ?? DEFAULT_BREAKER_FAILURES
    this.cooldownMs = options.cooldownMs ?? DEFAULT_BREAKER_COOLDOWN_MS
    this.now = options.now ?? (() => performance.now())
  }

  get isOpen(): boolean {
    return this.state === 'open'
  }

  /** Before an attempt: throws a `circuit-open` ProviderError instead of letting it out. */
  admit(retries: number): void {
    if (this.state === 'closed') return
    if (this.state === 'open' && this.now() - this.openedAt >= this.cooldownMs && !this.probeInFlight) {
      this.state = 'half-open'
      this.probeInFlight = true
      return
    }
    this.rejectedCalls++
    throw this.openError(retries)
  }

  /** After an attempt: `error` undefined means it answered. */
  record(error: ProviderError | undefined): void {
    this.attempts++
    const probe = this.state === 'half-open'
    if (probe) this.probeInFlight = false
    if (error === undefined) {
      this.consecutive = 0
      if (probe) this.state = 'closed'
      return
    }
    if (!HEALTH_FAILURES.has(error.kind) && !FATAL_FAILURES.has(error.kind)) {
      if (probe) this.state = 'closed' // the provider answered: it is up
      return
    }
    this.failedAttempts++
    this.consecutive++
    if (probe || FATAL_FAILURES.has(error.kind) || this.consecutive >= this.threshold) this.trip(error)
  }

  snapshot(): ProviderHealth {
    const snapshot: ProviderHealth = {
      state: this.state,
      opened: this.opened,
      attempts: this.attempts,
      failedAttempts: this.failedAttempts,
      rejectedCalls: this.rejectedCalls
    }
    if (this.lastError) {
      snapshot.lastError = {
        message: this.lastError.message,
        kind: this.lastError.kind,
        ...(this.lastError.httpStatus !== undefined ? { httpStatus: this.lastError.httpStatus } : {})
      }
    }
    return snapshot
  }

  private trip(error: ProviderError): void {
    if (this.state !== 'open') this.opened++
    this.state = 'open'
    this.openedAt = this.now()
    this.lastError = error
  }

  /** Names the cause and the setting, so a reader knows why no request was sent and what to tune. */
  private openError(retries: number): ProviderError {
    const cause = this.lastError
    const why =
      cause && FATAL_FAILURES.has(cause.kind)
        ? 'on an error every call would repeat'
        : `after ${this.threshold} failed attempts in a row, the last`
    const last = cause ? cause.message.replace(new RegExp(`^${escapeRegExp(this.label)}: `), '') : 'unknown'
    return new ProviderError(
      `${this.label}: provider unavailable, call not sent: the circuit breaker opened ${why}: ${last} ` +
        `(providers.${this.label}.circuitBreaker)`,
      cause?.httpStatus,
      false,
      retries,
      'circuit-open'
    )
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
