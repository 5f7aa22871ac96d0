// Why a verdict came out as it did, as structured data: the causes (for the headline and the
// `reason` output), the cases behind a non-pass verdict (for the comment), and how failed calls
// failed (for "not evaluated: provider unavailable (HTTP 503 after 3 retries)"). Built from
// numbers, ids, config terms and the engine's own error data — never from model output.
import type { CallFailureGroup, CaseContribution, Comparison } from '../core/report.js'
import type { SampleResult, Violation } from '../core/types.js'
import { listing, plural } from '../core/format.js'
import type { BudgetEval } from './budgets.js'
import { flipOf, joinCases, newViolationCaseIds, type CaseJoin, type JoinedCase } from './compare.js'
import { isCompleted, type CaseTally } from './summary.js'

// ---------------------------------------------------------------------------------------------
// Failed calls

const TIMEOUT_WORDS = /\btimed out\b|\btimeout\b|deadline/i

function failureKind(sample: SampleResult): CallFailureGroup['kind'] {
  const status = sample.errorStatus?.httpStatus
  if (status === 429) return 'throttled'
  if (status !== undefined && status >= 500) return 'unavailable'
  if (TIMEOUT_WORDS.test(sample.error ?? '')) return 'timeout'
  if (status === undefined && /network error|circuit/i.test(sample.error ?? '')) return 'unavailable'
  return 'other'
}

const KIND_ORDER: CallFailureGroup['kind'][] = ['unavailable', 'throttled', 'timeout', 'other']

/** Failed calls grouped by how they failed, largest group first. */
export function failureGroups(samples: readonly SampleResult[]): CallFailureGroup[] {
  const groups = new Map<CallFailureGroup['kind'], { samples: SampleResult[] }>()
  for (const s of samples) {
    if (s.error === undefined) continue
    const kind = failureKind(s)
    const group = groups.get(kind) ?? { samples: [] }
    group.samples.push(s)
    groups.set(kind, group)
  }
  return [...groups]
    .map(([kind, g]): CallFailureGroup => {
      const statuses = new Map<number, number>()
      for (const s of g.samples) {
        const st = s.errorStatus?.httpStatus
        if (st !== undefined) statuses.set(st, (statuses.get(st) ?? 0) + 1)
      }
      const common = [...statuses].sort((a, b) => b[1] - a[1])[0]
      const first = g.samples[0]
      return {
        kind,
        ...(common ? { httpStatus: common[0] } : {}),
        retries: Math.max(0, ...g.samples.map(s => s.errorStatus?.retries ?? 0)),
        samples: g.samples.length,
        example: first?.error ?? ''
      }
    })
    .sort((a, b) => b.samples - a.samples || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
}

const KIND_TEXT: Record<CallFailureGroup['kind'], string> = {
  unavailable: 'provider unavailable',
  throttled: 'provider throttled the calls',
  timeout: 'calls timed out',
  other: 'calls failed'
}

/** `provider unavailable (HTTP 503 after 3 retries)`. */
export function describeFailure(group: CallFailureGroup): string {
  const detail = [
    group.httpStatus !== undefined ? `HTTP ${group.httpStatus}` : '',
    group.retries > 0 ? `after ${plural(group.retries, 'retry', 'retries')}` : ''
  ]
    .filter(Boolean)
    .join(' ')
  return detail ? `${KIND_TEXT[group.kind]} (${detail})` : KIND_TEXT[group.kind]
}

/** True when failures are the provider's trouble (outage, throttling, timeouts), not the prompt's. */
export function isProviderTrouble(group: CallFailureGroup): boolean {
  return group.kind !== 'other'
}

// ---------------------------------------------------------------------------------------------
// Safety

const TERM_IN_MESSAGE = /forbidden term "([^"]{1,60})"/

/** The configured term a forbidden-terms violation names (from our validator's message). */
function termOf(v: Violation): string | undefined {
  return TERM_IN_MESSAGE.exec(v.message)?.[1]
}

export interface SafetySummary {
  validators: string[]
  terms: string[]
}

/** Validators (and forbidden terms) that fired on the given cases' head samples. */
export function safetySummary(head: readonly SampleResult[], caseIds: ReadonlySet<string>): SafetySummary {
  const validators = new Set<string>()
  const terms = new Set<string>()
  for (const s of head) {
    if (!caseIds.has(s.caseId)) continue
    for (const c of s.checks) {
      for (const v of c.violations ?? []) {
        validators.add(v.validator)
        const term = termOf(v)
        if (term) terms.add(term)
      }
    }
  }
  return { validators: [...validators].sort(), terms: [...terms].sort() }
}

const MAX_TERMS_IN_HEADLINE = 3

/** "names forbidden terms (Globex, Initech)" or "trips pii.email, links". */
export function safetyPhrase(summary: SafetySummary): string {
  const others = summary.validators.filter(v => v !== 'forbidden-terms')
  const parts: string[] = []
  if (summary.terms.length > 0) {
    const shown = summary.terms.slice(0, MAX_TERMS_IN_HEADLINE)
    const more = summary.terms.length - shown.length
    parts.push(`names forbidden terms (${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''})`)
  } else if (summary.validators.includes('forbidden-terms')) {
    parts.push('names forbidden terms')
  }
  if (others.length > 0) parts.push(`trips ${listing(others)}`)
  return parts.length > 0 ? listing(parts) : 'trips a safety rail'
}

// ---------------------------------------------------------------------------------------------
// Cases behind a verdict

const SEVERITY = {
  'new-safety-violation': 4,
  regressed: 3,
  'new-check-failure': 2,
  budget: 1.5,
  failing: 1,
  'not-evaluated': 0.5
} satisfies Record<CaseContribution['kind'], number>

function failingChecks(samples: readonly SampleResult[]): Set<string> {
  const ids = new Set<string>()
  for (const s of samples) {
    if (!isCompleted(s)) continue
    for (const c of s.checks) if (c.status === 'ok' && !c.pass) ids.add(c.id)
  }
  return ids
}

/** Share of a case's completed samples that passed; undefined when none completed. */
const passFraction = (tally: CaseTally | undefined): number | undefined =>
  tally ? tally.passes / tally.n : undefined

const pctText = (x: number | undefined): string => (x === undefined ? '–' : `${Math.round(x * 100)}%`)

export interface ContributionInput {
  base?: readonly SampleResult[]
  head: readonly SampleResult[]
  comparison?: Comparison
  failedBudgets: readonly BudgetEval[]
  /** The samples joined by case (decideSuite's); joined here when absent. */
  join?: CaseJoin
}

/**
 * Every case that makes up a non-pass verdict: new safety violations (also on cases that already
 * failed), pass→fail flips, new check failures on cases that failed before too, cases whose calls
 * broke a failed budget, and — without a base — failing cases. Most severe first, then by effect.
 */
export function caseContributions(input: ContributionInput): CaseContribution[] {
  const join = input.join ?? joinCases(input.base, input.head)
  const found = new Map<string, CaseContribution>()
  const add = (c: CaseContribution): void => {
    const prev = found.get(c.caseId)
    if (!prev || prev.severity < c.severity) {
      found.set(c.caseId, prev ? { ...c, ruleIds: [...new Set([...c.ruleIds, ...prev.ruleIds])] } : c)
    } else {
      prev.ruleIds = [...new Set([...prev.ruleIds, ...c.ruleIds])]
    }
  }
  const read = { join, hasBase: input.base !== undefined }
  newSafetyViolations(read).forEach(add)
  ;(read.hasBase ? flips(read) : failingCases(read)).forEach(add)
  budgetBreakers(input.failedBudgets).forEach(add)
  // Cases with no judged head sample at all: not evaluated, and the reviewer should know.
  notEvaluatedCases(read, found).forEach(add)
  return [...found.values()].sort(
    (a, b) =>
      b.severity - a.severity ||
      b.effect - a.effect ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0)
  )
}

/** What the contribution rules read: the join, and whether there is a base side at all. */
interface ContributionRead {
  join: CaseJoin
  hasBase: boolean
}

const headCasesOf = (join: CaseJoin): JoinedCase[] => [...join.cases.values()].filter(c => c.head.length > 0)

/** How much worse head does on a case than base (without a base: than passing every time). */
function effectOf({ join, hasBase }: ContributionRead, caseId: string): number {
  const joined = join.cases.get(caseId)
  const h = passFraction(joined?.headTally) ?? 0
  const b = hasBase ? (passFraction(joined?.baseTally) ?? h) : 1
  return b - h
}

function newSafetyViolations({ join }: ContributionRead): CaseContribution[] {
  return newViolationCaseIds(join).map(caseId => {
    const samples = join.cases.get(caseId)?.head ?? []
    const summary = safetySummary(samples, new Set([caseId]))
    const share = samples.filter(s => s.checks.some(c => (c.violations?.length ?? 0) > 0)).length
    return {
      caseId,
      kind: 'new-safety-violation',
      severity: SEVERITY['new-safety-violation'],
      effect: share / Math.max(1, samples.length),
      ruleIds: summary.validators,
      detail: `${safetyPhrase(summary)} in ${share} of ${plural(samples.length, 'head answer')}`
    }
  })
}

/** Pass→fail flips, and cases that failed before too but now fail checks they passed. */
function flips(read: ContributionRead): CaseContribution[] {
  const out: CaseContribution[] = []
  for (const pair of read.join.pairs) {
    const joined = read.join.cases.get(pair.caseId)
    const headIds = failingChecks(joined?.head ?? [])
    const baseIds = failingChecks(joined?.base ?? [])
    const fresh = [...headIds].filter(id => !baseIds.has(id))
    const rates = `pass ${pctText(pair.base.passes / pair.base.n)} → ${pctText(pair.head.passes / pair.head.n)}`
    const effect = effectOf(read, pair.caseId)
    if (flipOf(pair) === 'regressed') {
      out.push({
        caseId: pair.caseId,
        kind: 'regressed',
        severity: SEVERITY.regressed,
        effect,
        ruleIds: [...headIds],
        detail: rates
      })
    } else if (fresh.length > 0 && pair.head.passes < pair.head.n) {
      out.push({
        caseId: pair.caseId,
        kind: 'new-check-failure',
        severity: SEVERITY['new-check-failure'],
        effect,
        ruleIds: fresh,
        detail: `${rates}; newly failing ${listing(fresh)}`
      })
    }
  }
  return out
}

/** Without a base: every case with a failing check. */
function failingCases({ join }: ContributionRead): CaseContribution[] {
  return headCasesOf(join).flatMap(({ caseId, head, headTally }): CaseContribution[] => {
    const ids = failingChecks(head)
    if (ids.size === 0) return []
    const kind = 'failing'
    const detail = `pass ${pctText(passFraction(headTally))}`
    return [
      {
        caseId,
        kind,
        severity: SEVERITY.failing,
        effect: 1 - (passFraction(headTally) ?? 0),
        ruleIds: [...ids],
        detail
      }
    ]
  })
}

/** Cases whose calls broke a failed budget (safety has its own rule above). */
function budgetBreakers(failedBudgets: readonly BudgetEval[]): CaseContribution[] {
  return failedBudgets
    .filter(budget => budget.result.id !== 'maxSafetyViolations')
    .flatMap(budget =>
      (budget.caseIds ?? []).map(caseId => ({
        caseId,
        kind: 'budget' as const,
        severity: SEVERITY.budget,
        effect: 0,
        ruleIds: [budget.result.id],
        detail: `over ${budget.result.id}`
      }))
    )
}

function notEvaluatedCases(
  { join }: ContributionRead,
  found: ReadonlyMap<string, CaseContribution>
): CaseContribution[] {
  return headCasesOf(join)
    .filter(({ caseId, headTally }) => !headTally && !found.has(caseId))
    .map(({ caseId, head }) => {
      const group = failureGroups(head)[0]
      return {
        caseId,
        kind: 'not-evaluated' as const,
        severity: SEVERITY['not-evaluated'],
        effect: 0,
        ruleIds: [],
        detail: group ? `not evaluated: ${describeFailure(group)}` : 'not evaluated: no check could decide'
      }
    })
}
