// `{{var}}` templating of check values from the case's vars and `expected`, like GitHub Models.
// Unlike `gh models eval`, an unknown variable is an error the check reports, never left in the
// value silently: a check comparing against a literal "{{answer}}" would fail for the wrong reason.
import type { CheckContext, VarValue } from '../core/types.js'

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g

export type TemplateVars = ReadonlyMap<string, string>

export type Rendered = { ok: true; text: string } | { ok: false; missing: string[] }

/** Renders a var value as text: strings as they are, other JSON values as compact JSON. */
export function varToText(value: VarValue): string {
  if (typeof value === 'string') return value
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** True when the text holds at least one placeholder; lets callers skip work on plain values. */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{{')
}

/** The variables a check value may use: the case's vars, then `expected` (the case field wins). */
export function caseVars(ctx: CheckContext, extra?: Record<string, string>): Map<string, string> {
  const vars = new Map<string, string>()
  for (const [key, value] of Object.entries(ctx.testCase.vars)) vars.set(key, varToText(value))
  if (ctx.testCase.expected !== undefined) vars.set('expected', ctx.testCase.expected)
  if (extra) for (const [key, value] of Object.entries(extra)) vars.set(key, value)
  return vars
}

/**
 * Replaces every `{{name}}` with its value, passed through `escape` (regex patterns escape
 * values so dataset text matches literally). Returns the names that have no value instead.
 */
export function renderTemplate(
  text: string,
  vars: TemplateVars,
  escape?: (value: string) => string
): Rendered {
  if (!hasPlaceholder(text)) return { ok: true, text }
  const missing: string[] = []
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars.get(name)
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name)
      return whole
    }
    return escape ? escape(value) : value
  })
  return missing.length > 0 ? { ok: false, missing } : { ok: true, text: out }
}

/** Reason for a failed render: names the missing variables and the ones that exist. */
export function missingVarsReason(where: string, missing: readonly string[], vars: TemplateVars): string {
  const names = missing.map(n => `{{${n}}}`).join(', ')
  const known = [...vars.keys()].sort()
  const knownText = known.length > 0 ? known.join(', ') : 'none'
  return `${where} uses ${names} but the case has no such variable (known: ${knownText}); add it to the case or fix the name`
}

/** Escapes text so it matches literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}
