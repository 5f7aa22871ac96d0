// Readable check ids: what users see in the terminal, the JSON report and the PR comment, e.g.
// `contains "$108"`, `is-json`, `rails`. Derived from the check itself, so the same check has the
// same id on base and head and in every output. No `#<digits>` (GitHub would link an issue) and
// no invisible characters: a repeated check gets ` (2)`, ` (3)`.
import type { CheckSpec } from '../core/types.js'
import { quote, quoteList } from './text.js'

/** Longest quoted value inside a derived check name, in characters. */
export const CHECK_NAME_VALUE_MAX_CHARS = 40

const names = new WeakMap<CheckSpec, string>()

function valueText(value: string | readonly string[], mode?: 'any' | 'all'): string {
  if (typeof value === 'string') return quote(value, CHECK_NAME_VALUE_MAX_CHARS)
  if (value.length === 1) return quote(value[0] ?? '', CHECK_NAME_VALUE_MAX_CHARS)
  return `${mode === 'all' ? 'all' : 'any'} of ${quoteList(value, CHECK_NAME_VALUE_MAX_CHARS)}`
}

function derive(spec: CheckSpec): string {
  switch (spec.type) {
    case 'equals':
    case 'starts-with':
    case 'ends-with':
      return `${spec.type} ${valueText(spec.value)}`
    case 'contains':
    case 'icontains':
      return `${spec.type} ${valueText(spec.value, spec.mode)}`
    case 'not-contains':
      return `${spec.type} ${valueText(spec.value, 'any')}`
    case 'regex': {
      const shown = `/${spec.pattern}/${spec.flags ?? ''}`
      return `regex ${shown.length > CHECK_NAME_VALUE_MAX_CHARS ? quote(shown, CHECK_NAME_VALUE_MAX_CHARS) : shown}`
    }
    case 'is-json':
      return 'is-json'
    case 'json-schema':
      return spec.schemaFile ? `json-schema ${spec.schemaFile}` : 'json-schema'
    case 'max-length':
    case 'max-words':
      return `${spec.type} ${spec.value}`
    case 'gh-string':
      return spec.name
    case 'llm-rubric':
      return spec.name || `llm-rubric ${quote(spec.rubric ?? '', CHECK_NAME_VALUE_MAX_CHARS)}`
    case 'gh-builtin':
      return spec.name || spec.uses
    case 'rails':
      return spec.validators?.length ? `rails (${spec.validators.join(', ')})` : 'rails'
  }
}

/** The readable name of one check, before de-duplication. */
export function checkName(spec: CheckSpec): string {
  if (spec.id) return spec.id
  let name = names.get(spec)
  if (name === undefined) {
    // Specs come from validated config, but a loader may hand over a type added later.
    name = derive(spec) ?? String((spec as { type?: unknown }).type)
    names.set(spec, name)
  }
  return name
}

/**
 * Ids of a list of checks (a suite's, then a case's own): an explicit `id` as written, else the
 * derived name; a name already taken gets ` (2)`, ` (3)`… in list order, so ids are unique and
 * the same on every run of the same list.
 */
export function checkIds(specs: readonly CheckSpec[]): string[] {
  const taken = new Set<string>()
  for (const spec of specs) if (spec.id) taken.add(spec.id)
  return specs.map(spec => {
    if (spec.id) return spec.id
    const name = checkName(spec)
    let id = name
    for (let k = 2; taken.has(id); k++) id = `${name} (${k})`
    taken.add(id)
    return id
  })
}
