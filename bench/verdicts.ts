// `npm run bench:verdicts`: do the verdicts decide, and are they noise-proof? A simulated stochastic
// model where every case passes with its own probability, drawn from a realistic mix (most cases
// easy, some hard). Each simulated PR is judged on the SAME simulated calls by PromptGate (paired
// statistics, adaptive sampling with its default call and cost budget, alpha spent over the looks)
// and by a naive rule on one run per side. Seeded and deterministic; `BENCH_PRS` sets PRs per row.
// Exits non-zero when a target is missed:
//   40-case suite, no change:           pass ≥ 80%, false block ≤ 2%
//   40-case suite, drop = tolerance:    pass ≤ 5% (pass must still rule out a drop beyond it)
//   40-case suite, 10-point drop:       detected (blocked) ≥ 90%
//   safety leak (5 risky cases, 25%):   caught ≥ 95%
//   40-case suite at 55–70%, +16 points: pass (or improvement) ≥ 90%
//   200-case suites: false block ≤ 5%, 10-point drop detected ≥ 90%
import type { SampleResult, VersionSide } from '../src/core/types.js'
import type { Thresholds } from '../src/config/schema.js'
import { decideSuite } from '../src/stats/verdict.js'
import {
  extraCallBudget,
  observedCostPerCall,
  sampleUntilDecided,
  type ExtraSample
} from '../src/stats/adaptive.js'

const PRS = Number(process.env.BENCH_PRS ?? 300)
const SEED = 20260801
const TOLERANCE = 0.05
/** gpt-4o-mini list price for 300 input and 150 output tokens: $0.000135 a call. */
const MODEL = 'gpt-4o-mini'
const USAGE = { inputTokens: 300, outputTokens: 150 }

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng())
}

/** Marsaglia & Tsang gamma sampler (shape ≥ 1 here). */
function gamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = normal(rng)
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = rng()
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v
  }
}

function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a)
  return x / (x + gamma(rng, b))
}

// ---------------------------------------------------------------------------------------------
// The simulated model

interface Population {
  name: string
  cases: number
  /** Accept a case set only when its true pass rate lies in this range. */
  baseRange: [number, number]
  /** Draws one case's true pass probability. */
  draw: (rng: Rng) => number
}

/** Many cases near 0.9–1.0, some at 0.5–0.8: how real suites at temperature 0.7 look. */
const realisticSpread = (rng: Rng): number => (rng() < 0.75 ? 0.9 + 0.1 * rng() : 0.5 + 0.3 * rng())

const populations = {
  small: { name: '40 cases, realistic spread', cases: 40, baseRange: [0.8, 0.95], draw: realisticSpread },
  mid: {
    name: '40 cases, middling prompt (55–70%)',
    cases: 40,
    baseRange: [0.55, 0.7],
    draw: rng => (rng() < 0.5 ? 0.85 + 0.15 * rng() : 0.2 + 0.4 * rng())
  },
  near: {
    name: '200 cases, near threshold (81–85%)',
    cases: 200,
    baseRange: [0.81, 0.85],
    draw: rng => (rng() < 0.7 ? beta(rng, 19, 1) : beta(rng, 5, 5))
  },
  high: {
    name: '200 cases, high baseline (90–94%)',
    cases: 200,
    baseRange: [0.9, 0.94],
    draw: rng => (rng() < 0.85 ? beta(rng, 24, 1) : beta(rng, 6, 4))
  }
} satisfies Record<string, Population>

function caseProbabilities(rng: Rng, pop: Population): number[] {
  for (;;) {
    const p = Array.from({ length: pop.cases }, () => pop.draw(rng))
    const mean = p.reduce((a, b) => a + b, 0) / p.length
    if (mean >= pop.baseRange[0] && mean <= pop.baseRange[1]) return p
  }
}

/** A change that helps some cases: raise randomly chosen cases by up to 0.5 until the mean rose by `rise`. */
function raised(rng: Rng, p: readonly number[], rise: number): number[] {
  return dropped(
    rng,
    p.map(x => 1 - x),
    rise
  ).map(x => 1 - x)
}

/** A change that breaks some cases: lower randomly chosen cases by up to 0.5 until the mean fell by `drop`. */
function dropped(rng: Rng, p: readonly number[], drop: number): number[] {
  const head = [...p]
  const order = head.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const swap = order[i] as number
    order[i] = order[j] as number
    order[j] = swap
  }
  let remaining = drop * head.length
  for (const i of order) {
    if (remaining <= 1e-12) break
    const current = head[i] as number
    const d = Math.min(0.5, current, remaining)
    head[i] = current - d
    remaining -= d
  }
  return head
}

interface CaseModel {
  pass: number
  /** Probability that an answer trips the competitor rail. */
  leak: number
}

function sample(rng: Rng, caseId: string, side: VersionSide, repeat: number, m: CaseModel): SampleResult {
  const latencyMs = 800 * Math.exp(0.35 * normal(rng))
  const pass = rng() < m.pass
  const leaked = rng() < m.leak
  return {
    caseId,
    side,
    repeat,
    cacheHit: false,
    output: `${pass ? 'ok' : 'wrong'}${leaked ? ' Globex' : ''} ${rng()}`,
    checks: [
      {
        id: 'rails#0',
        type: 'rails',
        status: 'ok',
        pass: !leaked,
        score: leaked ? 0 : 1,
        reason: leaked ? '1 violation' : 'no violations',
        ...(leaked
          ? {
              violations: [
                {
                  validator: 'forbidden-terms',
                  severity: 'high' as const,
                  span: { start: 0, end: 6 },
                  text: 'Globex',
                  message: 'mentions forbidden term "Globex"'
                }
              ]
            }
          : {})
      }
    ],
    pass: pass && !leaked,
    score: pass && !leaked ? 1 : 0,
    messages: [],
    call: { latencyMs, httpStatus: 200, retries: 0, usage: USAGE }
  }
}

// ---------------------------------------------------------------------------------------------

type Outcome = 'block' | 'inconclusive' | 'pass'

interface Tally {
  pass: number
  block: number
  inconclusive: number
  calls: number
  costUsd: number
  prs: number
}

const empty = (): Tally => ({ pass: 0, block: 0, inconclusive: 0, calls: 0, costUsd: 0, prs: 0 })
const COST_PER_CALL = (USAGE.inputTokens * 0.15 + USAGE.outputTokens * 0.6) / 1e6

interface PrResult {
  ours: Outcome
  oursCalls: number
  naive: Outcome
  naiveCalls: number
}

type NaiveRule = (base: SampleResult[], head: SampleResult[]) => Outcome

async function simulatePr(
  rng: Rng,
  baseModel: readonly CaseModel[],
  headModel: readonly CaseModel[],
  thresholds: Thresholds,
  naiveRule: NaiveRule,
  watch: ReadonlySet<string>
): Promise<PrResult> {
  const ids = baseModel.map((_, i) => `case-${i}`)
  const index = new Map(ids.map((id, i) => [id, i]))
  const base: SampleResult[] = []
  const head: SampleResult[] = []
  const repeats = { base: new Map<string, number>(), head: new Map<string, number>() }
  const draw = (i: number, side: VersionSide): void => {
    const id = ids[i] as string
    const r = repeats[side].get(id) ?? 0
    repeats[side].set(id, r + 1)
    const model = (side === 'base' ? baseModel[i] : headModel[i]) as CaseModel
    ;(side === 'base' ? base : head).push(sample(rng, id, side, r, model))
  }
  for (let i = 0; i < ids.length; i++) {
    draw(i, 'base')
    draw(i, 'head')
  }
  const naive = naiveRule(base, head)
  const state = () => ({
    base,
    head,
    thresholds,
    change: 'modified' as const,
    prices: undefined,
    modelName: MODEL
  })
  const costPerCall = observedCostPerCall(state())
  const budget = { ...extraCallBudget({ cases: ids.length, costPerCall }), costPerCall }
  const { look } = await sampleUntilDecided(
    {
      state,
      run: async (plan: ExtraSample[]) => {
        for (const item of plan) draw(index.get(item.caseId) as number, item.side)
      }
    },
    budget,
    { watch }
  )
  const decision = decideSuite({ ...state(), look })
  if (process.env.BENCH_DEBUG)
    console.error(`${decision.verdict} (${base.length + head.length} calls): ${decision.reason}`)
  const v = decision.verdict
  const ours: Outcome =
    v === 'fail' || v === 'regression' || v === 'error'
      ? 'block'
      : v === 'inconclusive'
        ? 'inconclusive'
        : 'pass'
  return { ours, oursCalls: base.length + head.length, naive, naiveCalls: 2 * ids.length }
}

function add(t: Tally, outcome: Outcome, calls: number): void {
  t.prs++
  t.calls += calls
  t.costUsd += calls * COST_PER_CALL
  t[outcome]++
}

const share = (n: number, d: number): number => n / d
const rate = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`

interface Row {
  population: Population
  kind: string
  /** Builds head's case models from base's. */
  change: (rng: Rng, base: CaseModel[]) => CaseModel[]
  thresholds: Thresholds
  naive: { name: string; rule: NaiveRule }
  watch?: (cases: number) => Set<string>
  target: (t: Tally) => { text: string; met: boolean }
}

const naiveDrop = (limit: number): Row['naive'] => ({
  name: `naive: head pass rate < base − ${limit * 100} pts`,
  rule: (base, head) => {
    const rateOf = (xs: SampleResult[]) => xs.filter(s => s.pass).length / xs.length
    return rateOf(head) < rateOf(base) - limit ? 'block' : 'pass'
  }
})
const naiveThreshold = (threshold: number): Row['naive'] => ({
  name: `naive: head pass rate < ${threshold * 100}%`,
  rule: (_base, head) => (head.filter(s => s.pass).length / head.length < threshold ? 'block' : 'pass')
})
const naiveAnyLeak: Row['naive'] = {
  name: 'naive: any head violation on one run',
  rule: (_base, head) =>
    head.some(s => s.checks.some(c => (c.violations?.length ?? 0) > 0)) ? 'block' : 'pass'
}

const asModels = (p: number[]): CaseModel[] => p.map(pass => ({ pass, leak: 0 }))
const withPass = (base: CaseModel[], p: number[]): CaseModel[] =>
  base.map((m, i) => ({ ...m, pass: p[i] as number }))
const RISKY = 5

const rows: Row[] = [
  {
    population: populations.small,
    kind: 'no change',
    change: (_rng, base) => base,
    thresholds: {},
    naive: naiveDrop(TOLERANCE),
    target: t => ({
      text: `pass ≥ 80%, false block ≤ 2%`,
      met: share(t.pass, t.prs) >= 0.8 && share(t.block, t.prs) <= 0.02
    })
  },
  {
    population: populations.small,
    kind: 'drop = tolerance (5 pts)',
    change: (rng, base) =>
      withPass(
        base,
        dropped(
          rng,
          base.map(m => m.pass),
          TOLERANCE
        )
      ),
    thresholds: {},
    naive: naiveDrop(TOLERANCE),
    target: t => ({ text: 'pass ≤ 5%', met: share(t.pass, t.prs) <= 0.05 })
  },
  {
    population: populations.small,
    kind: '10-point drop',
    change: (rng, base) =>
      withPass(
        base,
        dropped(
          rng,
          base.map(m => m.pass),
          0.1
        )
      ),
    thresholds: {},
    naive: naiveDrop(TOLERANCE),
    target: t => ({ text: 'detected ≥ 90%', met: share(t.block, t.prs) >= 0.9 })
  },
  {
    population: populations.small,
    kind: `guard dropped: ${RISKY} risky cases leak 25%`,
    change: (_rng, base) => base.map((m, i) => (i < RISKY ? { ...m, leak: 0.25 } : m)),
    thresholds: {},
    naive: naiveAnyLeak,
    watch: () => new Set(Array.from({ length: RISKY }, (_, i) => `case-${i}`)),
    target: t => ({ text: 'caught ≥ 95%', met: share(t.block, t.prs) >= 0.95 })
  },
  {
    population: populations.mid,
    kind: 'improvement of 16 points',
    change: (rng, base) =>
      withPass(
        base,
        raised(
          rng,
          base.map(m => m.pass),
          0.16
        )
      ),
    thresholds: {},
    naive: naiveDrop(TOLERANCE),
    target: t => ({ text: 'pass ≥ 90% (none inconclusive or blocked)', met: share(t.pass, t.prs) >= 0.9 })
  },
  ...[populations.near, populations.high].flatMap((population): Row[] => [
    {
      population,
      kind: 'no change',
      change: (_rng, base) => base,
      thresholds: { minPassRate: 0.8 },
      naive: naiveThreshold(0.8),
      target: t => ({ text: 'false block ≤ 5%', met: share(t.block, t.prs) <= 0.05 })
    },
    {
      population,
      kind: '10-point drop',
      change: (rng, base) =>
        withPass(
          base,
          dropped(
            rng,
            base.map(m => m.pass),
            0.1
          )
        ),
      thresholds: { minPassRate: 0.8 },
      naive: naiveThreshold(0.8),
      target: t => ({ text: 'detected ≥ 90%', met: share(t.block, t.prs) >= 0.9 })
    }
  ])
]

async function main(): Promise<void> {
  const started = Date.now()
  const rng = mulberry32(SEED)
  let missed = false
  const lines: string[] = [
    `PromptGate verdict benchmark: ${PRS} simulated PRs per row; tolerance 5 points, 95% confidence, default adaptive budget (40 extra calls per case, $0.50); a call costs $${COST_PER_CALL} (${MODEL}, 300 in / 150 out tokens); seed ${SEED}.`,
    '',
    '| suite | true change | rule | pass | inconclusive | block | mean calls | mean cost | target |',
    '|---|---|---|---:|---:|---:|---:|---:|---|'
  ]
  const only = process.env.BENCH_ONLY
  for (const row of rows.filter(r => !only || r.population.name.startsWith(only))) {
    const ours = empty()
    const naive = empty()
    for (let k = 0; k < PRS; k++) {
      const base = asModels(caseProbabilities(rng, row.population))
      const head = row.change(rng, base)
      const r = await simulatePr(
        rng,
        base,
        head,
        row.thresholds,
        row.naive.rule,
        row.watch?.(base.length) ?? new Set()
      )
      add(ours, r.ours, r.oursCalls)
      add(naive, r.naive, r.naiveCalls)
    }
    const target = row.target(ours)
    if (!target.met) missed = true
    const cells = (t: Tally): string =>
      `${rate(t.pass, t.prs)} | ${rate(t.inconclusive, t.prs)} | ${rate(t.block, t.prs)} | ${(t.calls / t.prs).toFixed(0)} | $${(t.costUsd / t.prs).toFixed(3)}`
    lines.push(
      `| ${row.population.name} | ${row.kind} | PromptGate | ${cells(ours)} | ${target.text}: ${target.met ? 'met' : 'MISSED'} |`
    )
    lines.push(`| ${row.population.name} | ${row.kind} | ${row.naive.name} | ${cells(naive)} | |`)
  }
  lines.push('')
  lines.push(`Targets ${missed ? 'MISSED' : 'met'}. (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  console.log(lines.join('\n'))
  process.exitCode = missed ? 1 : 0
}

await main()
