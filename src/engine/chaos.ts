// Chaos suites in the run: a proxy per suite on its configured port, in front of the upstream
// provider, for the whole suite (the plain evaluation goes through it with no fault); then one
// pass over the cases per fault scenario, base and head interleaved, no cache (every answer under
// a fault must be fresh), each call bounded by the feature's budget so a hang is caught.
import type { ChaosConfig } from '../config/chaos-schema.js'
import type { ChaosReport } from '../core/report.js'
import type { Provider, SampleResult } from '../core/types.js'
import { DEFAULT_CHAOS_SEED } from '../chaos/faults.js'
import { chaosReport, type ScenarioSamples } from '../chaos/matrix.js'
import { providerUpstream, startChaosProxy, type ChaosProxy } from '../chaos/proxy.js'
import { nullCache } from './cache.js'
import { executeWork, planWork, type EngineDeps, type SuitePlan, type WorkTally } from './run.js'

/** Starts the suite's proxy; the upstream must be a configured provider. */
export async function startSuiteProxy(
  suiteId: string,
  chaos: ChaosConfig,
  providers: ReadonlyMap<string, Provider>
): Promise<ChaosProxy> {
  const upstream = providers.get(chaos.upstream)
  if (!upstream) {
    throw new Error(
      `suite "${suiteId}": chaos.upstream is "${chaos.upstream}", which is not under providers: use one of ${[...providers.keys()].join(', ')}.`
    )
  }
  try {
    return await startChaosProxy({ upstream: providerUpstream(upstream), port: chaos.port })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'EADDRINUSE') {
      throw new Error(
        `suite "${suiteId}": chaos.port ${chaos.port} is already in use on 127.0.0.1; pick a free port (and point the feature's base-URL variable at it).`
      )
    }
    throw error
  }
}

/** The per-answer budget: chaos.timeoutMs, else the suite's p95 latency budget, else the call timeout. */
export function chaosBudgetMs(
  chaos: ChaosConfig,
  maxP95LatencyMs: number | undefined,
  timeoutMs: number
): number {
  return chaos.timeoutMs ?? maxP95LatencyMs ?? timeoutMs
}

export async function runChaosScenarios(
  plan: SuitePlan,
  chaos: ChaosConfig,
  proxy: ChaosProxy,
  budgetMs: number,
  deps: EngineDeps,
  tally: WorkTally
): Promise<ChaosReport> {
  const chaosDeps: EngineDeps = { ...deps, cache: nullCache, readCache: false, timeoutMs: budgetMs }
  const scenarios: ScenarioSamples[] = []
  for (const scenario of chaos.scenarios) {
    proxy.setScenario({ faults: scenario.faults, seed: scenario.seed ?? chaos.seed ?? DEFAULT_CHAOS_SEED })
    const before = { requests: proxy.stats.requests, injected: { ...proxy.stats.injected } }
    const items = planWork([plan])
    tally.total += items.length
    deps.progress.extend(items.length, tally.total)
    const samples = await executeWork(items, chaosDeps, tally)
    const injected: Record<string, number> = {}
    for (const [kind, count] of Object.entries(proxy.stats.injected)) {
      const delta = count - (before.injected[kind as keyof typeof before.injected] ?? 0)
      if (delta > 0) injected[kind] = delta
    }
    const head: SampleResult[] = samples.filter(s => s.side === 'head')
    const base = plan.base ? samples.filter(s => s.side === 'base') : undefined
    scenarios.push({
      name: scenario.name,
      faults: scenario.faults,
      head,
      ...(base ? { base } : {}),
      proxy: { requests: proxy.stats.requests - before.requests, injected }
    })
  }
  proxy.setScenario({ faults: [] })
  const unavailable = chaos.unavailablePattern ? new RegExp(chaos.unavailablePattern, 'i') : undefined
  return chaosReport(chaos.wire, scenarios, { budgetMs, ...(unavailable ? { unavailable } : {}) })
}
