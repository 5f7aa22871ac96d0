// `{{var}}` templating of check values from the case's vars and `expected`, like GitHub Models.
// Unlike `gh models eval`, an unknown variable is an error the check reports, never left in the
// value silently: a check comparing against a literal "{{answer}}" would fail for the wrong reason.
import type { CheckContext, CheckSpec, TestCase, VarValue } from '../core/types.js'

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

/** The variable names of the text's placeholders, in order. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap(match => (match[1] ? [match[1]] : []))
}

/** True when the text holds at least one placeholder; lets callers skip work on plain values. */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{{')
}

/** The variables a check value may use: the case's vars, then `expected` (the case field wins). */
export function caseVars(ctx: CheckContext, extra?: Record<string, string>): Map<string, string> {
  const vars = varsOfCase(ctx.testCase)
  if (extra) for (const [key, value] of Object.entries(extra)) vars.set(key, value)
  return vars
}

/** The case's vars as text, plus `expected`. */
export function varsOfCase(testCase: Pick<TestCase, 'vars' | 'expected'>): Map<string, string> {
  const vars = new Map<string, string>()
  for (const [key, value] of Object.entries(testCase.vars)) vars.set(key, varToText(value))
  if (testCase.expected !== undefined) vars.set('expected', testCase.expected)
  return vars
}

/**
 * The values of a check that are matched against the output (`contains`, `not-contains`,
 * `starts-with`/`ends-with`, GitHub `string` evaluators other than equals, a whole regex
 * pattern). Empty, such a value is in every output: the check would decide nothing.
 */
export function matchTemplates(spec: CheckSpec): { where: string; templates: string[] } | undefined {
  switch (spec.type) {
    case 'contains':
    case 'icontains':
    case 'not-contains':
      return {
        where: `${spec.type} value`,
        templates: typeof spec.value === 'string' ? [spec.value] : spec.value
      }
    case 'starts-with':
    case 'ends-with':
      return { where: `${spec.type} value`, templates: [spec.value] }
    case 'gh-string':
      return spec.op === 'equals'
        ? undefined
        : { where: `string evaluator "${spec.name}"`, templates: [spec.value] }
    case 'regex':
      return { where: 'regex pattern', templates: [spec.pattern] }
    default:
      return undefined
  }
}

/** Why `template`, rendered to `rendered` for one case, must not be matched. Undefined when fine. */
export function emptySubstitutionReason(
  where: string,
  template: string,
  rendered: string
): string | undefined {
  if (rendered !== '' || !hasPlaceholder(template)) return undefined
  return `${where} ${JSON.stringify(template)} renders to an empty string for this case (its variable is empty), and every output contains the empty string, so the check would decide nothing; give the case a value or give it its own checks`
}

/** The first empty substitution of `spec` for a case, as a reason; undefined when there is none. */
export function emptySubstitution(spec: CheckSpec, vars: TemplateVars): string | undefined {
  const match = matchTemplates(spec)
  if (!match) return undefined
  for (const template of match.templates) {
    if (!hasPlaceholder(template)) continue
    const rendered = renderTemplate(template, vars)
    if (!rendered.ok) continue
    const reason = emptySubstitutionReason(match.where, template, rendered.text)
    if (reason) return reason
  }
  return undefined
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
