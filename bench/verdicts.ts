// `npm run bench:verdicts`: are the verdicts noise-proof? A simulated stochastic model where every
// case passes with its own probability, drawn from a realistic mix (most cases easy, some hard).
// For each scenario we simulate PRs with NO real change (head = base) and PRs with a true 10-point
// drop of the pass rate at 200 cases, and judge the SAME simulated calls with PromptGate's
// decideSuite (plus adaptive sampling rounds within a call budget) and with the naive rule "fail if
// the head pass rate is below the threshold" on one head run. Seeded and deterministic.
// Exits non-zero when our targets are missed: ≤ 5% false blocks on no-change PRs, ≥ 90% detection.
import type { SampleResult, VersionSide } from '../src/core/types.js'
import type { Thresholds } from '../src/config/schema.js'
import { decideSuite } from '../src/stats/verdict.js'
import { planExtraSamples } from '../src/stats/adaptive.js'

const CASES = 200
const PRS_PER_KIND = Number(process.env.BENCH_PRS ?? 500)
const TRUE_DROP = 0.1
const THRESHOLD = 0.8
/** Extra calls adaptive sampling may spend per suite, on top of the 2 × 200 calls of one run. */
const EXTRA_CALL_BUDGET = Number(process.env.BENCH_BUDGET ?? 800)
const SEED = 20260801
const TARGET_FALSE_BLOCK = 0.05
const TARGET_DETECTION = 0.9

const thresholds: Thresholds = {
  minPassRate: THRESHOLD,
  maxPassRateDrop: 0.05,
  confidence: 0.95,
  maxP95LatencyIncrease: 0.25
}

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

interface Scenario {
  name: string
  /** Accept a case set only when its true pass rate lies in this range. */
  baseRange: [number, number]
  easyShare: number
  easy: [number, number]
  hard: [number, number]
}

const scenarios: Scenario[] = [
  // A prompt running just above the threshold: where a plain threshold flakes.
  {
    name: 'near threshold (true 81–85%)',
    baseRange: [0.81, 0.85],
    easyShare: 0.7,
    easy: [19, 1],
    hard: [5, 5]
  },
  // A strong prompt: a real 10-point drop still clears the threshold.
  {
    name: 'high baseline (true 90–94%)',
    baseRange: [0.9, 0.94],
    easyShare: 0.85,
    easy: [24, 1],
    hard: [6, 4]
  }
]

function caseProbabilities(rng: Rng, s: Scenario): number[] {
  for (;;) {
    const p = Array.from({ length: CASES }, () =>
      rng() < s.easyShare ? beta(rng, ...s.easy) : beta(rng, ...s.hard)
    )
    const mean = p.reduce((a, b) => a + b, 0) / CASES
    if (mean >= s.baseRange[0] && mean <= s.baseRange[1]) return p
  }
}

/** A change that breaks some cases: lower randomly chosen cases by up to 0.5 until the mean fell by `drop`. */
function dropped(rng: Rng, p: readonly number[], drop: number): number[] {
  const head = [...p]
  const order = head.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  let remaining = drop * head.length
  for (const i of order) {
    if (remaining <= 1e-12) break
    const d = Math.min(0.5, head[i]!, remaining)
    head[i] = head[i]! - d
    remaining -= d
  }
  return head
}

function sample(rng: Rng, caseId: string, side: VersionSide, repeat: number, p: number): SampleResult {
  const latencyMs = 800 * Math.exp(0.35 * normal(rng))
  const pass = rng() < p
  return {
    caseId,
    side,
    repeat,
    cacheHit: false,
    checks: [],
    pass,
    score: pass ? 1 : 0,
    messages: [],
    call: { latencyMs, httpStatus: 200, retries: 0 }
  }
}

// ---------------------------------------------------------------------------------------------

type Outcome = 'block' | 'inconclusive' | 'pass'

interface Tally {
  block: number
  inconclusive: number
  calls: number
  prs: number
}

const empty = (): Tally => ({ block: 0, inconclusive: 0, calls: 0, prs: 0 })

function simulatePr(
  rng: Rng,
  baseP: readonly number[],
  headP: readonly number[]
): { ours: Outcome; oursCalls: number; naive: Outcome } {
  const ids = baseP.map((_, i) => `case-${i}`)
  const base: SampleResult[] = []
  const head: SampleResult[] = []
  const repeats = { base: new Map<string, number>(), head: new Map<string, number>() }
  const draw = (i: number, side: VersionSide): void => {
    const id = ids[i]!
    const r = repeats[side].get(id) ?? 0
    repeats[side].set(id, r + 1)
    const s = sample(rng, id, side, r, side === 'base' ? baseP[i]! : headP[i]!)
    ;(side === 'base' ? base : head).push(s)
  }
  for (let i = 0; i < ids.length; i++) {
    draw(i, 'base')
    draw(i, 'head')
  }
  // The naive peer: one head run, a plain threshold.
  const headRate = head.filter(s => s.pass).length / head.length
  const naive: Outcome = headRate < THRESHOLD ? 'block' : 'pass'

  const index = new Map(ids.map((id, i) => [id, i]))
  let budget = EXTRA_CALL_BUDGET
  for (;;) {
    const plan = planExtraSamples({ base, head, thresholds, change: 'modified' }, budget)
    if (plan.length === 0) break
    for (const item of plan) draw(index.get(item.caseId)!, item.side)
    budget -= plan.length
  }
  const decision = decideSuite({ base, head, thresholds, change: 'modified' })
  const verdict = decision.verdict
  if (process.env.BENCH_DEBUG)
    console.error(`${headP === baseP ? 'same' : 'drop'} ${verdict}: ${decision.reason}`)
  const ours: Outcome =
    verdict === 'fail' || verdict === 'regression' || verdict === 'error'
      ? 'block'
      : verdict === 'inconclusive'
        ? 'inconclusive'
        : 'pass'
  return { ours, oursCalls: base.length + head.length, naive }
}

function add(t: Tally, outcome: Outcome, calls: number): void {
  t.prs++
  t.calls += calls
  if (outcome === 'block') t.block++
  else if (outcome === 'inconclusive') t.inconclusive++
}

const rate = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`.padStart(6)

const started = Date.now()
const rng = mulberry32(SEED)
let missed = false
const lines: string[] = []
lines.push(
  `PromptGate verdict benchmark: ${CASES} cases, ${PRS_PER_KIND} no-change PRs and ${PRS_PER_KIND} PRs with a true ${
    TRUE_DROP * 100
  }-point drop per scenario; threshold ${THRESHOLD * 100}%, tolerance 5 points, 95% confidence, extra-call budget ${EXTRA_CALL_BUDGET}; seed ${SEED}.`
)
lines.push('')
lines.push(
  '| scenario | rule | false block (no change) | inconclusive (no change) | detected (true drop) | inconclusive (true drop) | mean calls |'
)
lines.push('|---|---|---:|---:|---:|---:|---:|')
for (const scenario of scenarios) {
  const ours = { same: empty(), drop: empty() }
  const naive = { same: empty(), drop: empty() }
  for (let k = 0; k < PRS_PER_KIND; k++) {
    const p = caseProbabilities(rng, scenario)
    const same = simulatePr(rng, p, p)
    add(ours.same, same.ours, same.oursCalls)
    add(naive.same, same.naive, CASES)
    const worse = simulatePr(rng, p, dropped(rng, p, TRUE_DROP))
    add(ours.drop, worse.ours, worse.oursCalls)
    add(naive.drop, worse.naive, CASES)
  }
  const row = (rule: string, t: { same: Tally; drop: Tally }): string =>
    `| ${scenario.name} | ${rule} | ${rate(t.same.block, t.same.prs)} | ${rate(t.same.inconclusive, t.same.prs)} | ${rate(
      t.drop.block,
      t.drop.prs
    )} | ${rate(t.drop.inconclusive, t.drop.prs)} | ${((t.same.calls + t.drop.calls) / (t.same.prs + t.drop.prs)).toFixed(0)} |`
  lines.push(row('PromptGate (paired, adaptive)', ours))
  lines.push(row(`naive: head < ${THRESHOLD * 100}%`, naive))
  const falseBlock = ours.same.block / ours.same.prs
  const detection = ours.drop.block / ours.drop.prs
  if (falseBlock > TARGET_FALSE_BLOCK || detection < TARGET_DETECTION) {
    missed = true
    lines.push(
      `| ${scenario.name} | TARGET MISSED | ${(falseBlock * 100).toFixed(1)}% > ${TARGET_FALSE_BLOCK * 100}%? | | ${(
        detection * 100
      ).toFixed(1)}% < ${TARGET_DETECTION * 100}%? | | |`
    )
  }
}
lines.push('')
lines.push(
  `Targets for PromptGate: false block ≤ ${TARGET_FALSE_BLOCK * 100}%, detection ≥ ${TARGET_DETECTION * 100}%. ${
    missed ? 'MISSED.' : 'Met.'
  } (${((Date.now() - started) / 1000).toFixed(1)} s)`
)
console.log(lines.join('\n'))
process.exitCode = missed ? 1 : 0
