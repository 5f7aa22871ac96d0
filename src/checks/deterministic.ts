// Checks decided by the output alone: string matching, regex, JSON, JSON Schema, length.
// All synchronous; compiled regexes and schemas are cached per spec object.
import type { ResponseFormat } from '../core/types.js'
import { describeJsonError, parseJsonOutput } from './json.js'
import { compileSchema, describeViolations, type LoadedSchema } from './schema.js'
import { countCodePoints, countWords, quote, quoteList } from './text.js'
import {
  emptySubstitutionReason,
  escapeRegExp,
  missingVarsReason,
  renderTemplate,
  type TemplateVars
} from './template.js'
import { failed, ok, type ChecksContext, type CheckOutcome, type SpecOf } from './types.js'
import { regexProblem } from '../core/check-spec.js'

/** What a deterministic check gets besides output and spec. */
export interface CheckEnv {
  ctx: ChecksContext
  /** Case vars + expected, built on first use. */
  vars(): TemplateVars
  /** schemaFile contents resolved before the sync pass (async runner), by path. */
  schemaFiles?: ReadonlyMap<string, LoadedSchema>
}

type Values = { ok: true; values: string[] } | { ok: false; outcome: CheckOutcome }

/** `matched`: the value is searched for in the output, so an empty rendering decides nothing. */
function render(
  where: string,
  text: string,
  env: CheckEnv,
  matched = true
): { ok: true; text: string } | { ok: false; outcome: CheckOutcome } {
  if (!text.includes('{{')) return { ok: true, text }
  const vars = env.vars()
  const rendered = renderTemplate(text, vars)
  if (!rendered.ok) return { ok: false, outcome: failed(missingVarsReason(where, rendered.missing, vars)) }
  // Loading refuses such cases (config/suites.ts); this guards cases built in code.
  const empty = matched ? emptySubstitutionReason(where, text, rendered.text) : undefined
  if (empty) return { ok: false, outcome: failed(empty) }
  return rendered
}

function renderAll(where: string, value: string | string[], env: CheckEnv): Values {
  const list = typeof value === 'string' ? [value] : value
  const values: string[] = []
  for (const item of list) {
    const r = render(where, item, env)
    if (!r.ok) return r
    values.push(r.text)
  }
  return { ok: true, values }
}

/** Index of the first differing UTF-16 unit, for "differs at character N" hints. */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i
  return n
}

export function checkEquals(output: string, spec: SpecOf<'equals'>, env: CheckEnv): CheckOutcome {
  const r = render('equals value', spec.value, env, false)
  if (!r.ok) return r.outcome
  const expected = spec.trim ? r.text.trim() : r.text
  const actual = spec.trim ? output.trim() : output
  if (actual === expected) return ok(true, `equals ${quote(expected)}`)
  const at = firstDifference(actual, expected)
  return ok(
    false,
    `expected ${quote(expected)}, got ${quote(actual)} (first difference at character ${at + 1})`
  )
}

export function checkContains(
  output: string,
  spec: SpecOf<'contains' | 'icontains'>,
  env: CheckEnv
): CheckOutcome {
  const rendered = renderAll(`${spec.type} value`, spec.value, env)
  if (!rendered.ok) return rendered.outcome
  const { values } = rendered
  const fold = spec.type === 'icontains'
  const haystack = fold ? output.toLowerCase() : output
  const found: string[] = []
  const missing: string[] = []
  for (const v of values) (haystack.includes(fold ? v.toLowerCase() : v) ? found : missing).push(v)
  const mode = spec.mode ?? 'any'
  const how = fold ? ' (ignoring case)' : ''
  if (mode === 'all') {
    if (missing.length === 0) return ok(true, `contains all of ${quoteList(values)}${how}`)
    return ok(
      false,
      `missing ${quoteList(missing)}${how} (${found.length} of ${values.length} found) in ${quote(output)}`
    )
  }
  if (found.length > 0) return ok(true, `contains ${quote(found[0] ?? '')}${how}`)
  const what = values.length === 1 ? quote(values[0] ?? '') : `any of ${quoteList(values)}`
  return ok(false, `missing ${what}${how} in ${quote(output)}`)
}

export function checkNotContains(output: string, spec: SpecOf<'not-contains'>, env: CheckEnv): CheckOutcome {
  const rendered = renderAll('not-contains value', spec.value, env)
  if (!rendered.ok) return rendered.outcome
  const fold = spec.caseSensitive === false
  const haystack = fold ? output.toLowerCase() : output
  const how = fold ? ' (ignoring case)' : ''
  for (const v of rendered.values) {
    const at = haystack.indexOf(fold ? v.toLowerCase() : v)
    if (at >= 0) return ok(false, `contains forbidden ${quote(v)}${how} at character ${at + 1}`)
  }
  return ok(true, `contains none of ${quoteList(rendered.values)}${how}`)
}

/**
 * Surrounding whitespace of the output is ignored (models add a trailing newline at will) unless
 * the expected value itself starts (starts-with) or ends (ends-with) with whitespace.
 */
export function checkAffix(
  output: string,
  spec: SpecOf<'starts-with' | 'ends-with'>,
  env: CheckEnv
): CheckOutcome {
  const r = render(`${spec.type} value`, spec.value, env)
  if (!r.ok) return r.outcome
  const value = r.text
  const start = spec.type === 'starts-with'
  const keepSpace = start ? /^\s/.test(value) : /\s$/.test(value)
  const text = keepSpace ? output : start ? output.trimStart() : output.trimEnd()
  const fold = spec.caseSensitive === false
  const a = fold ? text.toLowerCase() : text
  const b = fold ? value.toLowerCase() : value
  const pass = start ? a.startsWith(b) : a.endsWith(b)
  const how = fold ? ' (ignoring case)' : ''
  const verb = start ? 'starts' : 'ends'
  if (pass) return ok(true, `${verb} with ${quote(value)}${how}`)
  const span = Math.max(value.length, 1) + 10
  const actual = start ? text.slice(0, span) : text.slice(Math.max(0, text.length - span))
  return ok(
    false,
    `expected to ${start ? 'start' : 'end'} with ${quote(value)}${how}, ${verb} with ${quote(actual)}`
  )
}

// --- regex ---------------------------------------------------------------------------------

/** Rendered patterns cached per spec; bounded because each case may render differently. */
const REGEX_RENDER_CACHE_MAX = 256

type CompiledRegex = { ok: true; re: RegExp } | { ok: false; error: string }

const plainRegex = new WeakMap<object, CompiledRegex>()
const renderedRegex = new WeakMap<object, Map<string, CompiledRegex>>()

function compileRegex(pattern: string, flags: string | undefined): CompiledRegex {
  const problem = regexProblem(pattern, flags)
  return problem ? { ok: false, error: problem } : { ok: true, re: new RegExp(pattern, flags) }
}

function regexFor(
  spec: SpecOf<'regex'>,
  env: CheckEnv
): CompiledRegex | { ok: false; outcome: CheckOutcome } {
  if (!spec.pattern.includes('{{')) {
    let compiled = plainRegex.get(spec)
    if (!compiled) {
      compiled = compileRegex(spec.pattern, spec.flags)
      plainRegex.set(spec, compiled)
    }
    return compiled
  }
  // Case values are data, not regex syntax: they are escaped so they match literally.
  const vars = env.vars()
  const rendered = renderTemplate(spec.pattern, vars, escapeRegExp)
  if (!rendered.ok)
    return { ok: false, outcome: failed(missingVarsReason('regex pattern', rendered.missing, vars)) }
  const empty = emptySubstitutionReason('regex pattern', spec.pattern, rendered.text)
  if (empty) return { ok: false, outcome: failed(empty) }
  let perSpec = renderedRegex.get(spec)
  if (!perSpec) {
    perSpec = new Map()
    renderedRegex.set(spec, perSpec)
  }
  let compiled = perSpec.get(rendered.text)
  if (!compiled) {
    if (perSpec.size >= REGEX_RENDER_CACHE_MAX) perSpec.clear()
    compiled = compileRegex(rendered.text, spec.flags)
    perSpec.set(rendered.text, compiled)
  }
  return compiled
}

export function checkRegex(output: string, spec: SpecOf<'regex'>, env: CheckEnv): CheckOutcome {
  const compiled = regexFor(spec, env)
  if ('outcome' in compiled) return compiled.outcome
  const shown = `/${spec.pattern}/${spec.flags ?? ''}`
  if (!compiled.ok) return failed(compiled.error)
  const { re } = compiled
  // A cached g or y regex keeps lastIndex between calls; start every search at 0.
  re.lastIndex = 0
  const match = re.exec(output)
  if (match) return ok(true, `matches ${quote(shown)}: ${quote(match[0])} at character ${match.index + 1}`)
  return ok(false, `no match for ${quote(shown)} in ${quote(output)}`)
}

// --- JSON ----------------------------------------------------------------------------------

function jsonKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

export function checkIsJson(output: string): CheckOutcome {
  const parsed = parseJsonOutput(output)
  const fence = parsed.fenced ? ' inside a ```json fence' : ''
  if (parsed.ok) return ok(true, `valid JSON ${jsonKind(parsed.value)}${fence}`)
  return ok(false, `invalid JSON${fence} at ${describeJsonError(parsed.error)}`)
}

type SchemaSource =
  { ok: true; schema: Record<string, unknown>; from: string } | { ok: false; outcome: CheckOutcome }

export function promptSchema(format: ResponseFormat | undefined): Record<string, unknown> | undefined {
  return format?.type === 'json_schema' ? format.schema : undefined
}

function schemaSource(spec: SpecOf<'json-schema'>, env: CheckEnv): SchemaSource {
  if (spec.schema && spec.schemaFile) {
    return { ok: false, outcome: failed(BOTH_SCHEMAS_REASON) }
  }
  if (spec.schema) return { ok: true, schema: spec.schema, from: 'inline schema' }
  if (spec.schemaFile) {
    const from = `schemaFile ${quote(spec.schemaFile)}`
    const preloaded = env.ctx.schemas?.get(spec.schemaFile)
    if (preloaded) return { ok: true, schema: preloaded, from }
    const loaded = env.schemaFiles?.get(spec.schemaFile)
    if (loaded?.ok) return { ok: true, schema: loaded.schema, from }
    if (loaded) return { ok: false, outcome: failed(loaded.error) }
    return {
      ok: false,
      outcome: failed(`${from} was not loaded: give the context a file reader or preloaded schemas`)
    }
  }
  const own = promptSchema(env.ctx.prompt.responseFormat)
  if (own) return { ok: true, schema: own, from: "the prompt's responseFormat schema" }
  return { ok: false, outcome: failed(noSchemaReason(env.ctx.prompt.file)) }
}

export const BOTH_SCHEMAS_REASON = 'json-schema sets both schema and schemaFile; keep one'

/** A json-schema check with nothing to validate against: found by preflight, and at run time. */
export function noSchemaReason(promptFile: string): string {
  return `json-schema has no schema: set schema or schemaFile, or give ${quote(promptFile)} a responseFormat of type json_schema`
}

export function checkJsonSchema(output: string, spec: SpecOf<'json-schema'>, env: CheckEnv): CheckOutcome {
  const source = schemaSource(spec, env)
  if (!source.ok) return source.outcome
  const compiled = compileSchema(source.schema)
  if (!compiled.ok) return failed(`${source.from}: ${compiled.error}`)
  const parsed = parseJsonOutput(output)
  if (!parsed.ok) return ok(false, `invalid JSON at ${describeJsonError(parsed.error)}`)
  const { validate } = compiled
  if (validate(parsed.value)) return ok(true, `matches ${source.from}`)
  const errors = validate.errors ?? []
  const n = errors.length
  return ok(
    false,
    `${n} schema violation${n === 1 ? '' : 's'} (${source.from}): ${describeViolations(errors)}`
  )
}

// --- length --------------------------------------------------------------------------------

/** Characters are Unicode code points: an emoji or an accented letter in NFC counts once. */
export function checkMaxLength(output: string, spec: SpecOf<'max-length'>): CheckOutcome {
  const n = countCodePoints(output)
  return ok(n <= spec.value, `${n} characters, limit ${spec.value}`)
}

export function checkMaxWords(output: string, spec: SpecOf<'max-words'>): CheckOutcome {
  const n = countWords(output)
  return ok(n <= spec.value, `${n} words, limit ${spec.value}`)
}

// --- GitHub Models string evaluator ----------------------------------------------------------

/** `gh models eval` semantics: trimmed output; equals exact; the others case-insensitive. */
export function checkGhString(output: string, spec: SpecOf<'gh-string'>, env: CheckEnv): CheckOutcome {
  const r = render(`string evaluator ${quote(spec.name)}`, spec.value, env, spec.op !== 'equals')
  if (!r.ok) return r.outcome
  const value = r.text
  const text = output.trim()
  if (spec.op === 'equals') {
    if (text === value) return ok(true, `equals ${quote(value)}`)
    return ok(false, `expected ${quote(value)}, got ${quote(text)}`)
  }
  const a = text.toLowerCase()
  const b = value.toLowerCase()
  const pass =
    spec.op === 'contains' ? a.includes(b) : spec.op === 'startsWith' ? a.startsWith(b) : a.endsWith(b)
  const verb = { contains: 'contains', startsWith: 'starts with', endsWith: 'ends with' }[spec.op]
  if (pass) return ok(true, `${verb} ${quote(value)} (ignoring case)`)
  return ok(false, `expected output that ${verb} ${quote(value)} (ignoring case), got ${quote(text)}`)
}
