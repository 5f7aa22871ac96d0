// The `rails` check delegates to the safety rails (src/rails) through the RailsValidator seam.
// Reasons name validators, severities and counts; offending text appears only as a short
// escaped span, since outputs may hold personal data or abuse.
import type { Severity, Violation } from '../core/types.js'
import { caseInput } from './judge.js'
import { quote } from './text.js'
import { failed, ok, unsupported, type CheckOutcome, type ChecksContext, type SpecOf } from './types.js'
import { errorMessage } from '../core/guards.js'

export const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 }
/** Longest span of offending text quoted in a rails reason. */
export const RAILS_SPAN_MAX_CHARS = 24

/** Per validator: count and worst severity, in order of first appearance. */
export function summariseViolations(violations: readonly Violation[]): string {
  const byValidator = new Map<string, { count: number; worst: Severity }>()
  for (const v of violations) {
    const entry = byValidator.get(v.validator)
    if (!entry) byValidator.set(v.validator, { count: 1, worst: v.severity })
    else {
      entry.count++
      if (SEVERITY_RANK[v.severity] > SEVERITY_RANK[entry.worst]) entry.worst = v.severity
    }
  }
  return [...byValidator].map(([id, e]) => `${id} ×${e.count} (${e.worst})`).join(', ')
}

export type CheckRailsResult = CheckOutcome & { violations?: Violation[] }

/**
 * Fails on any violation at or above `ctx.railsMinSeverity`, else the rails' own `failOn`, else
 * low. Only those violations are attached, so the report's safety counts agree with pass/fail;
 * lower ones are only counted in the reason.
 */
export function checkRails(output: string, spec: SpecOf<'rails'>, ctx: ChecksContext): CheckRailsResult {
  if (!ctx.rails) return unsupported('no safety rails in the context: the runner did not configure src/rails')
  const min = ctx.railsMinSeverity ?? ctx.rails.failOn ?? 'low'
  let all: Violation[]
  try {
    all = ctx.rails.validate(output, {
      input: caseInput(ctx),
      ...(ctx.expectedLanguage !== undefined ? { expectedLanguage: ctx.expectedLanguage } : {}),
      ...(spec.validators !== undefined ? { validators: spec.validators } : {})
    }).violations
  } catch (error) {
    return failed(`rails failed: ${errorMessage(error)}`)
  }
  const counted = all.filter(v => SEVERITY_RANK[v.severity] >= SEVERITY_RANK[min])
  const below = all.length - counted.length
  const belowNote = below > 0 ? `; ${below} below ${min} ignored` : ''
  if (counted.length === 0) return { ...ok(true, `no violations${belowNote}`), violations: [] }
  const first = counted[0] as Violation
  const span = quote(first.text, RAILS_SPAN_MAX_CHARS)
  const n = counted.length
  return {
    ...ok(
      false,
      `${n} violation${n === 1 ? '' : 's'}: ${summariseViolations(counted)}; first at ${first.span.start + 1}–${first.span.end}: ${span}${belowNote}`
    ),
    violations: counted
  }
}
