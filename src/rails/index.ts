// promptgate/rails: the same validators PromptGate runs in CI, as a small runtime library, so a team's
// production code enforces exactly what CI tested. validate() is synchronous, does no I/O and needs
// no network; anything slow (the language model, custom modules) is loaded by createRailsAsync.
import type { Severity, Violation } from '../core/types.js'
import { customRail, loadCustomValidators, type CustomValidator } from './custom.js'
import {
  DEFAULT_MAX_INPUT_CHARS,
  builtinValidatorIds,
  customValidatorId,
  railsConfigSchema,
  type RailsConfig
} from './schema.js'
import {
  severityRank,
  type Finding,
  type LanguageDetector,
  type RailValidator,
  type RailsContext
} from './types.js'
import { CONTENT_ID, createContentValidator } from './validators/content.js'
import { FORBIDDEN_TERMS_ID, createForbiddenTermsValidator } from './validators/forbidden-terms.js'
import { FORMAT_ID, createFormatValidator } from './validators/format.js'
import { LANGUAGE_ID, createLanguageValidator, loadEldDetector } from './validators/language.js'
import { LENGTH_ID, createLengthValidator } from './validators/length.js'
import { LINKS_ID, createLinksValidator } from './validators/links.js'
import { PII_IDS, createPiiValidator } from './validators/pii.js'
import { SECRET_IDS, createSecretsValidator } from './validators/secrets.js'
import { addWork, newWork, type RailsWork } from './work.js'

export { DEFAULT_MAX_INPUT_CHARS, railsConfigSchema, type RailsConfig } from './schema.js'
export type { RailsWork } from './work.js'
export { loadCustomValidators, type CustomValidator, type CustomViolationLike } from './custom.js'
export type { Severity, Violation } from '../core/types.js'
export type { LanguageDetector, RailsContext } from './types.js'

/** Ids of the built-in validators; custom ones add `custom.<name>` or their configured id. */
export const railsValidatorIds: readonly string[] = builtinValidatorIds

export interface RailsResult {
  /** False when any violation is at or above `failOn`. */
  ok: boolean
  /** Sorted by start offset. Spans are UTF-16 offsets into the output, end exclusive. */
  violations: Violation[]
  /** The output with PII, secrets, profanity, forbidden terms and foreign links masked. */
  redacted: string
}

export interface Rails {
  validate(output: string, context?: RailsContext): RailsResult
  /** Validates an answer as it streams; see RailsStream. */
  stream(context?: RailsContext): RailsStream
  /** Enabled validator ids, built-in and custom. */
  readonly validators: readonly string[]
  readonly failOn: Severity
}

/**
 * Streaming validation. push() returns the violations that became final with this chunk, each once;
 * end() returns exactly what validate() returns for the whole text (including the violations push()
 * already returned), so production code can stop a leaking stream early and still get one verdict.
 */
export interface RailsStream {
  push(chunk: string): Violation[]
  end(): RailsResult
}

export interface RailsOptions {
  /**
   * Diagnostics: counts of the expensive steps (phone parses, profanity scans…), accumulated over
   * every validate() and stream. Tests use it to prove bounded work without timing anything.
   */
  work?: RailsWork
  /** Custom validators from loadCustomValidators (createRailsAsync loads them for you). */
  custom?: CustomValidator[]
  /** Required when the language validator is enabled; createRailsAsync loads eld for you. */
  languageDetector?: LanguageDetector
}

export interface RailsAsyncOptions {
  /** Directory `rails.custom[].module` paths are relative to (default process.cwd()). */
  rootDir?: string
  languageDetector?: LanguageDetector
}

const DEFAULT_FAIL_ON: Severity = 'medium'
/** activeFor's key for "no selection: every enabled validator" (a JSON array, the other keys, never reads so). */
const ALL_VALIDATORS_KEY = 'all'
/** Distinct validator selections remembered per Rails instance; past it, sets are built per call. */
const MAX_REMEMBERED_SELECTIONS = 64
/** Reports the part of an output past maxInputChars. */
const UNCHECKED_ID = 'unchecked'

/** Validators whose findings are local spans, so stream() can report them before the text ends. */
const STREAMED_IDS = new Set<string>([CONTENT_ID, FORBIDDEN_TERMS_ID, ...PII_IDS, ...SECRET_IDS, LINKS_ID])
/**
 * How far back from a span streamed validators look: the URL-userinfo check of pii.email (200
 * characters), the phone keyword window, the "version" words before an IP address.
 */
const STREAM_LOOKBEHIND_CHARS = 256
/** Longest span stream() reports early; longer ones (a whole PEM block) come with end(). */
const STREAM_MAX_SPAN_CHARS = 1024
/**
 * Text that must follow a span before it is final: what the validators look ahead over (a phone
 * number's digit run, an IBAN's length, a card's trailing group, a spelled-out word, "build" after an IP).
 */
const STREAM_SETTLE_CHARS = 128
/** stream() checks again once this much text has arrived since its last check. */
const STREAM_STEP_CHARS = 256

const DEFAULT_SEVERITY: Record<string, Severity> = {
  [FORMAT_ID]: 'high',
  [CONTENT_ID]: 'high',
  [FORBIDDEN_TERMS_ID]: 'medium',
  'pii.email': 'high',
  'pii.phone': 'high',
  'pii.credit-card': 'critical',
  'pii.iban': 'critical',
  'pii.ssn': 'critical',
  // IP addresses are often public infrastructure (DNS servers, docs examples): reported, not failing.
  'pii.ip': 'low',
  [LINKS_ID]: 'medium',
  [LANGUAGE_ID]: 'medium',
  [LENGTH_ID]: 'medium',
  // An output too large to check fails by default: its unchecked part may hold anything.
  [UNCHECKED_ID]: 'high'
}
const SECRET_SEVERITY: Severity = 'critical'
const CUSTOM_SEVERITY: Severity = 'medium'

/** Validates the config with the same schema as promptgate.yml; errors name the key and the fix. */
export function parseRailsConfig(config: unknown): RailsConfig {
  const parsed = railsConfigSchema.safeParse(config ?? {})
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map(
    i => `rails.${i.path.map(String).join('.') || '(root)'}: ${i.message}`
  )
  throw new Error(`invalid rails config:\n  ${issues.join('\n  ')}`)
}

/** Which validator ids are on, from group switches, presence of their settings and per-id overrides. */
export function enabledValidatorIds(config: RailsConfig, customIds: readonly string[] = []): string[] {
  const terms = [...(config.forbiddenTerms ?? []), ...(config.competitors ?? [])]
  const groupDefault = (id: string): boolean => {
    if (id === FORMAT_ID) return config.format?.enabled ?? true
    if (id === CONTENT_ID) return config.content?.enabled ?? true
    if (id === FORBIDDEN_TERMS_ID) return terms.length > 0
    if (id.startsWith('pii.')) {
      const kinds: readonly string[] | undefined = config.pii?.kinds
      return (config.pii?.enabled ?? true) && (kinds === undefined || kinds.includes(id.slice(4)))
    }
    if (id.startsWith('secret.')) {
      const kinds: readonly string[] | undefined = config.secrets?.kinds
      return (config.secrets?.enabled ?? true) && (kinds === undefined || kinds.includes(id.slice(7)))
    }
    if (id === LINKS_ID) return config.links?.enabled ?? config.links?.allowedDomains !== undefined
    if (id === LANGUAGE_ID) return config.language?.enabled ?? config.language !== undefined
    if (id === LENGTH_ID)
      return config.length?.maxChars !== undefined || config.length?.maxWords !== undefined
    // UNCHECKED_ID: always on; the schema refuses to turn it off.
    return true
  }
  return [...builtinValidatorIds, ...customIds].filter(
    id => config.validators?.[id]?.enabled ?? groupDefault(id)
  )
}

/**
 * Builds the validators once (word lists, regexes, compiled schema); validate() then costs time
 * linear in the output (about 2 ms of CPU for a 2 KB answer, see bench:rails). Throws on an
 * invalid config, naming the key.
 */
export function createRails(config?: RailsConfig, options: RailsOptions = {}): Rails {
  const parsed = parseRailsConfig(config)
  const custom = options.custom ?? []
  const missing = (parsed.custom ?? []).map(customValidatorId).filter(id => !custom.some(c => c.id === id))
  if (missing.length > 0) {
    throw new Error(
      `rails.custom declares ${missing.join(', ')} but createRails() cannot import modules: use \`await createRailsAsync(config, { rootDir })\` or pass options.custom from loadCustomValidators()`
    )
  }
  const enabled = enabledValidatorIds(
    parsed,
    custom.map(c => c.id)
  )
  const on = new Set(enabled)
  const rails: RailValidator[] = []

  if (on.has(FORMAT_ID)) {
    rails.push(
      createFormatValidator({ schema: parsed.format?.schema, requireJson: parsed.format?.enabled === true })
    )
  }
  if (on.has(CONTENT_ID)) rails.push(createContentValidator(parsed.content))
  if (on.has(FORBIDDEN_TERMS_ID)) {
    const terms = createForbiddenTermsValidator([
      ...(parsed.forbiddenTerms ?? []),
      ...(parsed.competitors ?? [])
    ])
    if (terms !== undefined) rails.push(terms)
  }
  if (PII_IDS.some(id => on.has(id)))
    rails.push(createPiiValidator({ phoneDefaultCountry: parsed.pii?.phoneDefaultCountry }))
  if (SECRET_IDS.some(id => on.has(id))) rails.push(createSecretsValidator())
  if (on.has(LINKS_ID)) rails.push(createLinksValidator(parsed.links?.allowedDomains ?? []))
  if (on.has(LANGUAGE_ID)) {
    if (options.languageDetector === undefined) {
      throw new Error(
        'rails.language is enabled but createRails() is synchronous and has no language model: use `await createRailsAsync(config)` (loads eld, ~130 ms once) or pass options.languageDetector'
      )
    }
    rails.push(
      createLanguageValidator({
        detector: options.languageDetector,
        expected: parsed.language?.expected,
        minLetters: parsed.language?.minLetters
      })
    )
  }
  if (on.has(LENGTH_ID)) rails.push(createLengthValidator(parsed.length?.maxChars, parsed.length?.maxWords))
  for (const c of custom) if (on.has(c.id)) rails.push(customRail(c))

  const failOn = parsed.failOn ?? DEFAULT_FAIL_ON
  const severityOf = (finding: Finding): Severity => {
    const custom = options.custom?.find(c => c.id === finding.validator)
    return (
      parsed.validators?.[finding.validator]?.severity ??
      finding.severity ??
      custom?.severity ??
      DEFAULT_SEVERITY[finding.validator] ??
      (finding.validator.startsWith('secret.') ? SECRET_SEVERITY : CUSTOM_SEVERITY)
    )
  }
  // The unchecked tail of a too-large output is masked too: it may hold anything.
  const redactable = new Set([...rails.filter(r => r.redact).flatMap(r => r.ids), UNCHECKED_ID])

  const maxInputChars = parsed.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS

  const check = (
    text: string,
    context: RailsContext,
    active: ReadonlySet<string>,
    work: RailsWork,
    only: readonly RailValidator[] = rails
  ): Violation[] => {
    work.checkedChars += text.length
    const violations: Violation[] = []
    for (const rail of only) {
      if (!rail.ids.some(id => active.has(id))) continue
      for (const f of rail.run(text, context, active, work)) {
        if (!active.has(f.validator)) continue
        violations.push({
          validator: f.validator,
          severity: severityOf(f),
          span: { start: f.start, end: f.end },
          text: text.slice(f.start, f.end),
          message: f.message
        })
      }
    }
    return violations
  }

  // The same few selections (all, or a caller's fixed list such as the log redactor's pii+secret)
  // come back on every call: building the set each time was a tenth of a short text's validate().
  const activeSets = new Map<string, ReadonlySet<string>>()
  const activeFor = (requested: readonly string[] | undefined): ReadonlySet<string> => {
    const key = requested === undefined ? ALL_VALIDATORS_KEY : JSON.stringify(requested)
    let active = activeSets.get(key)
    if (active === undefined) {
      active = selectActive(enabled, requested)
      if (activeSets.size < MAX_REMEMBERED_SELECTIONS) activeSets.set(key, active)
    }
    return active
  }

  const validate = (output: string, context: RailsContext = {}): RailsResult => {
    if (typeof output !== 'string') throw new TypeError('rails.validate(output): output must be a string')
    const active = activeFor(context.validators)
    const work = newWork()
    const cut = checkedLength(output, maxInputChars)
    const violations = check(cut === output.length ? output : output.slice(0, cut), context, active, work)
    if (cut < output.length) {
      violations.push({
        validator: UNCHECKED_ID,
        severity: severityOf({ validator: UNCHECKED_ID, start: cut, end: output.length, message: '' }),
        span: { start: cut, end: output.length },
        text: output.slice(cut),
        message: `output is ${output.length} characters; the first ${cut} were checked and the rest was not (rails.maxInputChars ${maxInputChars})`
      })
    }
    if (options.work !== undefined) addWork(options.work, work)
    violations.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    return {
      ok: !violations.some(v => severityRank[v.severity] >= severityRank[failOn]),
      violations,
      redacted: redact(
        output,
        violations.filter(v => redactable.has(v.validator))
      )
    }
  }

  const stream = (context: RailsContext = {}): RailsStream => {
    const active = activeFor(context.validators)
    const streamed = rails.filter(r => r.ids.some(id => STREAMED_IDS.has(id)))
    const work = newWork()
    const reported = new Set<string>()
    let text = ''
    let lengthAtLastCheck = 0
    // Spans ending at or before `frontier` were final at an earlier check.
    let frontier = 0
    let ended = false
    const checkWindow = (): Violation[] => {
      lengthAtLastCheck = text.length
      const limit = checkedLength(text, maxInputChars)
      const settled = limit - STREAM_SETTLE_CHARS
      if (settled <= frontier) return []
      // Enough text before the frontier for any span that crosses it, plus what validators look back over.
      const windowStart = Math.max(0, frontier - STREAM_MAX_SPAN_CHARS - STREAM_LOOKBEHIND_CHARS)
      const window = text.slice(windowStart, limit)
      const fresh: Violation[] = []
      for (const v of check(window, context, active, work, streamed)) {
        const start = v.span.start + windowStart
        const end = v.span.end + windowStart
        if (end > settled || end - start > STREAM_MAX_SPAN_CHARS) continue
        if (windowStart > 0 && start < windowStart + STREAM_LOOKBEHIND_CHARS) continue
        const key = `${v.validator}:${start}:${end}`
        if (reported.has(key)) continue
        reported.add(key)
        fresh.push({ ...v, span: { start, end } })
      }
      frontier = settled
      return fresh.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    }
    return {
      push(chunk) {
        if (ended) throw new Error('rails stream: push() after end()')
        if (typeof chunk !== 'string')
          throw new TypeError('rails stream: push(chunk): chunk must be a string')
        text += chunk
        return text.length - lengthAtLastCheck >= STREAM_STEP_CHARS ? checkWindow() : []
      },
      end() {
        ended = true
        if (options.work !== undefined) addWork(options.work, work)
        return validate(text, context)
      }
    }
  }

  return { validators: enabled, failOn, validate, stream }
}

/** Characters of `output` validate() checks: maxInputChars, never cutting a surrogate pair in half. */
function checkedLength(output: string, maxInputChars: number): number {
  if (output.length <= maxInputChars) return output.length
  const unit = output.charCodeAt(maxInputChars - 1)
  return unit >= 0xd800 && unit <= 0xdbff ? maxInputChars - 1 : maxInputChars
}

/**
 * createRails plus the slow parts: imports `rails.custom` modules and, when the language validator is
 * enabled, loads eld's language model. Use it once at start-up; validate() stays synchronous.
 */
export async function createRailsAsync(
  config?: RailsConfig,
  options: RailsAsyncOptions = {}
): Promise<Rails> {
  const parsed = parseRailsConfig(config)
  const custom = await loadCustomValidators(options.rootDir ?? process.cwd(), parsed)
  const needsLanguage = enabledValidatorIds(parsed).includes(LANGUAGE_ID)
  const languageDetector = options.languageDetector ?? (needsLanguage ? await loadEldDetector() : undefined)
  return createRails(parsed, { custom, ...(languageDetector !== undefined ? { languageDetector } : {}) })
}

/** A requested id selects itself; a group prefix (pii, secret, custom) selects its members. */
function selectActive(enabled: readonly string[], requested: readonly string[] | undefined): Set<string> {
  if (requested === undefined) return new Set(enabled)
  const known = new Set([...builtinValidatorIds, ...enabled])
  const unknown = requested.filter(
    r => !known.has(r) && !enabled.some(id => id.startsWith(`${r}.`)) && !isGroup(r)
  )
  if (unknown.length > 0) {
    throw new Error(
      `rails: unknown validator id(s) ${unknown.map(u => `"${u}"`).join(', ')}; valid ids: ${[...known].join(', ')}`
    )
  }
  return new Set(enabled.filter(id => requested.some(r => id === r || id.startsWith(`${r}.`))))
}

function isGroup(id: string): boolean {
  return id === 'pii' || id === 'secret' || id === 'custom'
}

/** Masks each violation span as [REDACTED:<validator>]; overlapping spans merge into one mask. */
export function redact(output: string, violations: readonly Violation[]): string {
  const spans = violations
    .map(v => ({ start: v.span.start, end: v.span.end, validator: v.validator }))
    .filter(s => s.end > s.start)
    .sort((a, b) => a.start - b.start)
  let out = ''
  let cursor = 0
  let i = 0
  while (i < spans.length) {
    const first = spans[i] as (typeof spans)[number]
    let end = first.end
    i++
    while (i < spans.length && (spans[i] as (typeof spans)[number]).start < end) {
      end = Math.max(end, (spans[i] as (typeof spans)[number]).end)
      i++
    }
    out += output.slice(cursor, Math.max(cursor, first.start)) + `[REDACTED:${first.validator}]`
    cursor = Math.max(cursor, end)
  }
  return out + output.slice(cursor)
}
