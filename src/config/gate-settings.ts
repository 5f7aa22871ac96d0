// Which config settings decide how a change is judged ("gate settings"), as opposed to what is
// evaluated (prompt, datasets, model) and where calls go (providers, run). A PR must not be able
// to weaken its own gate quietly: these settings are compared with the base branch's, and can be
// taken from it. Keys are listed by what they are NOT, so a setting added to the schema later
// (robustness, chaos…) counts as a gate setting until someone decides otherwise.
import { isRecord } from '../core/guards.js'
import type { Config, SuiteConfig } from './schema.js'

/** Suite keys that name what is evaluated: the change under test, always the PR's own. */
const SUBJECT_SUITE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'prompt',
  'role',
  'system',
  'model',
  'modelParameters',
  'datasets',
  'files'
])
/** Top-level keys that say where calls go and how the run executes, not how it is judged. */
const NON_GATE_TOP_KEYS: ReadonlySet<string> = new Set([
  'version',
  'id',
  'providers',
  'models',
  'suites',
  'run',
  'defaults'
])
/** `defaults` keys that are about the subject, like SUBJECT_SUITE_KEYS. */
const SUBJECT_DEFAULT_KEYS: ReadonlySet<string> = new Set(['provider', 'model', 'modelParameters'])
/** gate keys that are policy about the gate itself and are read from the base config anyway. */
const GATE_POLICY_KEY = 'configFrom'

export type ConfigFrom = 'pr' | 'base'

export interface GateSettingChange {
  /** e.g. `suites[ticket-triage].thresholds.minPassRate`, `gate.acceptLabel`, `rails`. */
  path: string
  /** Compact JSON of the base and PR values; undefined when the setting is absent on that side. */
  base?: string
  pr?: string
}

function pick(record: object, keep: (key: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => keep(key) && value !== undefined))
}

/** The gate settings of a config, as one plain object keyed like the config. */
function gateView(config: Config): Record<string, unknown> {
  const top = pick(config, key => !NON_GATE_TOP_KEYS.has(key))
  const defaults = config.defaults ? pick(config.defaults, key => !SUBJECT_DEFAULT_KEYS.has(key)) : {}
  if (Object.keys(defaults).length > 0) top.defaults = defaults
  for (const suite of config.suites) {
    const settings = pick(suite, key => !SUBJECT_SUITE_KEYS.has(key))
    if (Object.keys(settings).length > 0) top[`suites[${suite.id}]`] = settings
  }
  return top
}

/** Leaves of plain objects by dotted path; arrays (checks, validators) are one value each. */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out)
    return
  }
  out.set(path, JSON.stringify(value))
}

/**
 * Every gate setting that differs between the base and the PR config, for suites on both sides
 * (an added suite has nothing to compare with; a deleted one is reported as deleted).
 */
export function gateSettingChanges(base: Config, pr: Config): GateSettingChange[] {
  const shared = new Set(base.suites.map(s => s.id).filter(id => pr.suites.some(s => s.id === id)))
  const keep = (config: Config): Config => ({
    ...config,
    suites: config.suites.filter(s => shared.has(s.id))
  })
  const before = new Map<string, string>()
  const after = new Map<string, string>()
  flatten(gateView(keep(base)), '', before)
  flatten(gateView(keep(pr)), '', after)
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter(p => p !== `gate.${GATE_POLICY_KEY}`)
  return paths
    .filter(path => before.get(path) !== after.get(path))
    .map(path => ({ path, base: before.get(path), pr: after.get(path) }))
}

function withBaseSuiteSettings(suite: SuiteConfig, base: SuiteConfig | undefined): SuiteConfig {
  if (!base) return suite
  return {
    ...pick(suite, key => SUBJECT_SUITE_KEYS.has(key)),
    ...pick(base, key => !SUBJECT_SUITE_KEYS.has(key))
  } as SuiteConfig
}

/**
 * The PR's config with every gate setting taken from the base config: what the PR evaluates
 * stays the PR's, how it is judged is the base branch's. Suites the base does not have keep
 * their own settings (there is nothing to take).
 */
export function withBaseGateSettings(pr: Config, base: Config): Config {
  const subjectTop = pick(pr, key => NON_GATE_TOP_KEYS.has(key))
  const gateTop = pick(base, key => !NON_GATE_TOP_KEYS.has(key))
  const defaults = {
    ...(pr.defaults ? pick(pr.defaults, key => SUBJECT_DEFAULT_KEYS.has(key)) : {}),
    ...(base.defaults ? pick(base.defaults, key => !SUBJECT_DEFAULT_KEYS.has(key)) : {})
  }
  return {
    ...subjectTop,
    ...gateTop,
    defaults: Object.keys(defaults).length > 0 ? defaults : undefined,
    suites: pr.suites.map(suite =>
      withBaseSuiteSettings(
        suite,
        base.suites.find(s => s.id === suite.id)
      )
    )
  } as Config
}

/** Where gate settings come from: never the PR's own say (a PR could set `configFrom: pr`). */
export function configFromOf(base: Config | undefined, pr: Config, untrustedHead: boolean): ConfigFrom {
  if (untrustedHead) return 'base'
  return (base ?? pr).gate?.configFrom ?? 'pr'
}
