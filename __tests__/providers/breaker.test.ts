import { ProviderError } from '../../src/core/types.js'
import { CircuitBreaker } from '../../src/providers/breaker.js'

const down = (): ProviderError => new ProviderError('p: HTTP 503: down', 503, true, 0, 'overloaded')

function breaker(clock: { t: number }) {
  return new CircuitBreaker('p', { consecutiveFailures: 3, cooldownMs: 1000, now: () => clock.t })
}

describe('CircuitBreaker', () => {
  it('opens after the configured failed attempts in a row and refuses calls with the cause and the setting', () => {
    const clock = { t: 0 }
    const b = breaker(clock)
    b.record(down())
    b.record(down())
    expect(b.isOpen).toBe(false)
    b.record(down())
    expect(b.isOpen).toBe(true)
    let refused: unknown
    try {
      b.admit(0)
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(ProviderError)
    expect((refused as ProviderError).kind).toBe('circuit-open')
    expect((refused as ProviderError).message).toBe(
      'p: provider unavailable, call not sent: the circuit breaker opened after 3 failed attempts in a row, ' +
        'the last: HTTP 503: down (providers.p.circuitBreaker)'
    )
    expect(b.snapshot()).toMatchObject({
      state: 'open',
      opened: 1,
      attempts: 3,
      failedAttempts: 3,
      rejectedCalls: 1
    })
  })

  it('resets the count on a success, so scattered errors never open it', () => {
    const b = breaker({ t: 0 })
    for (let i = 0; i < 10; i++) {
      b.record(down())
      b.record(down())
      b.record(undefined)
    }
    expect(b.snapshot()).toMatchObject({ state: 'closed', opened: 0 })
  })

  it('ignores errors about one request (rate limit, bad request) when counting', () => {
    const b = breaker({ t: 0 })
    for (let i = 0; i < 5; i++) b.record(new ProviderError('p: HTTP 429', 429, true, 0, 'rate-limit'))
    b.record(new ProviderError('p: HTTP 400', 400, false, 0, 'context-length'))
    expect(b.isOpen).toBe(false)
  })

  it('opens at once on a rejected key', () => {
    const b = breaker({ t: 0 })
    b.record(new ProviderError('p: HTTP 401: bad key', 401, false, 0, 'auth'))
    expect(b.isOpen).toBe(true)
    expect(() => b.admit(0)).toThrow('opened on an error every call would repeat: HTTP 401: bad key')
  })

  it('lets one probe through after the cooldown: its success closes the circuit, its failure reopens it', () => {
    const clock = { t: 0 }
    const b = breaker(clock)
    for (let i = 0; i < 3; i++) b.record(down())
    clock.t = 999
    expect(() => b.admit(0)).toThrow('provider unavailable')
    clock.t = 1000
    expect(() => b.admit(0)).not.toThrow()
    // A second call during the probe is refused.
    expect(() => b.admit(0)).toThrow('provider unavailable')
    b.record(down())
    expect(b.snapshot()).toMatchObject({ state: 'open', opened: 2 })
    clock.t = 2000
    b.admit(0)
    b.record(undefined)
    expect(b.snapshot().state).toBe('closed')
    expect(() => b.admit(0)).not.toThrow()
  })
})
