// Everything that can be known before the first model call, found once for `validate`, `run`,
// `baseline` and the action alike (all load through engine/prepare.ts loadProject): a command that
// would stop on a problem after paying for calls must find it here first, with the file, line and
// key to fix. Problems are collected, never thrown one at a time.
import { existsSync } from 'node:fs'
import { STORED_FIELD_MAX_CHARS } from '../constants.js'
import { checkOrigin } from '../core/check-spec.js'
import type { SourceIssue } from '../core/errors.js'
import type { CheckSpec, RepoFiles, TestCase } from '../core/types.js'
import { caseCheckProblem, checkName, checkProblems, checkVariables } from '../checks/index.js'
import { emptySubstitution, varsOfCase } from '../checks/template.js'
import { configLocation } from '../config/load.js'
import type { Config } from '../config/schema.js'
import type { ResolvedSuite } from '../config/suites.js'
import { templateVariables } from '../prompts/render.js'
import type { MissingSecret } from '../providers/registry.js'
import { cassetteMustExist, missingCassetteMessage } from '../providers/replay.js'
import { pinnedJudgeProblem, routeModel, RoutingError } from '../providers/routing.js'
import { railsValidatorIds } from '../rails/index.js'
import { customValidatorId } from '../rails/schema.js'
import { normalizeRepoPath, resolveInside, UnsafePathError } from '../repo/paths.js'

export interface Preflight {
  /** Problems that stop the run: `validate` exits 2 with them, `run` before any call. */
  errors: SourceIssue[]
  /** Worth a look, not wrong: printed by both, the run goes on. */
  warnings: SourceIssue[]
}

/** Problems of one kind listed per suite before the rest are only counted. */
export const MAX_ISSUES_PER_KIND = 20

/** Every file-only problem of the suites: nothing here reads the environment or calls a model. */
export async function preflight(
  config: Config,
  suites: ResolvedSuite[],
  configFile: string,
  files: RepoFiles
): Promise<Preflight> {
  const errors: SourceIssue[] = [
    ...uncheckedSuiteIssues(suites, configFile),
    ...railsValidatorIdIssues(config, suites, configFile),
    ...emptySubstitutionIssues(suites),
    ...routingIssues(config, suites, configFile),
    ...(await checkIssues(config, suites, configFile, files)),
    ...caseCheckIssues(suites),
    ...(await customRailsIssues(config, configFile, files))
  ]
  const warnings = [...largeCaseWarnings(suites), ...unusedVariableWarnings(config, suites)]
  return { errors, warnings }
}

/** Where a config key is, or the config file when the config was not read from one. */
function at(
  config: Config,
  path: (string | number)[],
  configFile: string,
  shown: string,
  options: { atKey?: boolean } = {}
): SourceIssueBase {
  return configLocation(config, path, options) ?? { file: configFile, path: shown }
}

type SourceIssueBase = Omit<SourceIssue, 'message'>

function suiteAt(config: Config, suite: ResolvedSuite, configFile: string): SourceIssueBase {
  return suite.configIndex === undefined
    ? { file: configFile, path: `suite ${suite.id}` }
    : at(config, ['suites', suite.configIndex], configFile, `suite ${suite.id}`)
}

function allChecks(suite: ResolvedSuite): CheckSpec[] {
  return [...suite.checks, ...suite.cases.flatMap(c => c.checks)]
}

/**
 * A case no check looks at can neither pass nor fail; counting it either way would be a silent
 * verdict. A suite for latency or cost budgets alone still needs one check (e.g. max-length).
 */
export function uncheckedSuiteIssues(suites: ResolvedSuite[], configFile: string): SourceIssue[] {
  const issues: SourceIssue[] = []
  for (const suite of suites) {
    if (suite.checks.length > 0) continue
    const unchecked = suite.cases.filter(c => c.checks.length === 0)
    if (unchecked.length === 0) continue
    const names = unchecked
      .slice(0, 5)
      .map(c => c.id)
      .join(', ')
    issues.push({
      file: configFile,
      path: `suites.${suite.id}.checks`,
      message: `suite "${suite.id}" has ${unchecked.length} case(s) with no check at all (${names}${unchecked.length > 5 ? ', …' : ''}); add checks: to the suite, defaults.checks, evaluators to the prompt file, or checks to those cases`
    })
  }
  return issues
}

const RAILS_GROUPS = ['pii', 'secret', 'custom']

/**
 * A misspelt id in a `rails` check's `validators` would make every sample error at run time,
 * after the calls were paid for: check the ids when loading, like the `rails:` key's own.
 */
export function railsValidatorIdIssues(
  config: Config,
  suites: ResolvedSuite[],
  configFile: string
): SourceIssue[] {
  const known = new Set([
    ...railsValidatorIds,
    ...RAILS_GROUPS,
    ...(config.rails?.custom ?? []).map(customValidatorId)
  ])
  const issues: SourceIssue[] = []
  for (const suite of suites) {
    for (const check of allChecks(suite)) {
      if (check.type !== 'rails') continue
      for (const id of check.validators ?? []) {
        if (known.has(id)) continue
        issues.push({
          ...(checkOrigin(check) ?? { file: configFile, path: `suites.${suite.id}.checks.rails.validators` }),
          message: `unknown rails validator "${id}"; use a validator id (${railsValidatorIds.join(', ')}), a group (${RAILS_GROUPS.join(', ')}) or a custom validator's id`
        })
      }
    }
  }
  return issues
}

/**
 * A `contains "{{expected}}"` on a case whose `expected` is "" passes every output: refused
 * before any call, naming the case (suite checks and the case's own).
 */
export function emptySubstitutionIssues(suites: ResolvedSuite[]): SourceIssue[] {
  return perCase(suites, 'with empty check values', (suite, testCase, vars) => {
    for (const check of [...suite.checks, ...testCase.checks]) {
      const reason = emptySubstitution(check, vars)
      if (reason) return reason
    }
    return undefined
  })
}

/**
 * A placeholder in a check value that the case cannot fill, or a regex that does not compile once
 * the case's values are in: at run time every sample of the case would fail for it.
 */
function caseCheckIssues(suites: ResolvedSuite[]): SourceIssue[] {
  return perCase(suites, 'with check problems', (suite, testCase, vars) => {
    const problems: string[] = []
    for (const check of [...suite.checks, ...testCase.checks]) {
      const problem = caseCheckProblem(check, vars)
      const origin = checkOrigin(check)
      // The case lacks the value; the check that asks for it is written elsewhere: name both.
      const where = origin?.line === undefined ? '' : ` (${origin.file}:${origin.line})`
      if (problem) problems.push(`${checkLabel(check)}${where}: ${problem}`)
    }
    return problems.length > 0 ? problems.join('; ') : undefined
  })
}

function checkLabel(check: CheckSpec): string {
  return `check "${checkName(check)}"`
}

/** The first problem of each case, up to MAX_ISSUES_PER_KIND per suite, then a count. */
function perCase(
  suites: ResolvedSuite[],
  what: string,
  problemOf: (suite: ResolvedSuite, testCase: TestCase, vars: Map<string, string>) => string | undefined
): SourceIssue[] {
  const issues: SourceIssue[] = []
  for (const suite of suites) {
    let more = 0
    let listed = 0
    for (const testCase of suite.cases) {
      const reason = problemOf(suite, testCase, varsOfCase(testCase))
      if (!reason) continue
      if (listed >= MAX_ISSUES_PER_KIND) more++
      else {
        listed++
        issues.push({ ...testCase.source, path: `case ${testCase.id}`, message: reason })
      }
    }
    if (more > 0)
      issues.push({
        file: suite.prompt.file,
        path: `suite ${suite.id}`,
        message: `and ${more} more case(s) ${what}`
      })
  }
  return issues
}

/** Every suite's model and the judge must route to a configured provider. */
function routingIssues(config: Config, suites: ResolvedSuite[], configFile: string): SourceIssue[] {
  const issues: SourceIssue[] = []
  const route = (modelId: string, where: SourceIssueBase, promptFile?: string): void => {
    try {
      routeModel(modelId, config, promptFile ? { promptFile } : {})
    } catch (error) {
      if (!(error instanceof RoutingError)) throw error
      issues.push({ ...where, message: error.message })
    }
  }
  for (const suite of suites) route(suite.modelId, suiteAt(config, suite, configFile), suite.prompt.file)
  for (const [key, judge] of judges(config)) {
    const where = (field: string) => at(config, [...key.split('.'), field], configFile, `${key}.${field}`)
    const problem = pinnedJudgeProblem(config, judge, key)
    if (problem) issues.push({ ...where('provider'), message: problem })
    else if (!judge.provider) route(judge.model, where('model'))
  }
  return issues
}

function judges(config: Config): [string, { model: string; provider?: string }][] {
  const found: [string, { model: string; provider?: string }][] = []
  if (config.judge) found.push(['judge', config.judge])
  if (config.judge?.fallback) found.push(['judge.fallback', config.judge.fallback])
  return found
}

/** Problems of each check that no output can change, at the line the check is written on. */
async function checkIssues(
  config: Config,
  suites: ResolvedSuite[],
  configFile: string,
  files: RepoFiles
): Promise<SourceIssue[]> {
  const issues: SourceIssue[] = []
  // A check shared by many suites (defaults.checks, a glob entry) is one problem, said once.
  const reported = new Set<string>()
  for (const suite of suites) {
    const context = { prompt: suite.prompt, hasJudge: config.judge !== undefined, files }
    const located: [CheckSpec, SourceIssueBase][] = [
      ...suite.checks.map(
        c => [c, checkOrigin(c) ?? suiteAt(config, suite, configFile)] as [CheckSpec, SourceIssueBase]
      ),
      ...suite.cases.flatMap(testCase =>
        testCase.checks.map(
          (c, i) =>
            [c, { ...testCase.source, path: `case ${testCase.id} checks[${i}]` }] as [
              CheckSpec,
              SourceIssueBase
            ]
        )
      )
    ]
    for (const [check, where] of located) {
      for (const problem of await checkProblems(check, context)) {
        const issue = { ...where, message: `${checkLabel(check)}: ${problem}` }
        const key = `${issue.file}:${issue.line ?? ''}:${issue.path}:${issue.message}`
        if (reported.has(key)) continue
        reported.add(key)
        issues.push(issue)
      }
    }
  }
  return issues
}

/** A `rails.custom` module must be a file inside the repository; it is imported only at run time. */
async function customRailsIssues(
  config: Config,
  configFile: string,
  files: RepoFiles
): Promise<SourceIssue[]> {
  const issues: SourceIssue[] = []
  for (const [index, entry] of (config.rails?.custom ?? []).entries()) {
    const where = at(
      config,
      ['rails', 'custom', index, 'module'],
      configFile,
      `rails.custom[${index}].module`
    )
    let path: string
    try {
      path = normalizeRepoPath(entry.module)
    } catch (error) {
      if (!(error instanceof UnsafePathError)) throw error
      issues.push({ ...where, message: error.message })
      continue
    }
    if ((await files.readText(path).catch(() => '')) === undefined)
      issues.push({ ...where, message: `module "${entry.module}" does not exist in ${files.label}` })
  }
  return issues
}

/** A case whose variables are longer than this gets a warning: it is sent in full, stored shortened. */
export const LARGE_CASE_CHARS = 1_000_000

/** Very large cases run (long documents are a real input), but never without a word. */
function largeCaseWarnings(suites: ResolvedSuite[]): SourceIssue[] {
  const warnings: SourceIssue[] = []
  for (const suite of suites) {
    for (const testCase of suite.cases) {
      const chars = JSON.stringify(testCase.vars).length
      if (chars <= LARGE_CASE_CHARS) continue
      warnings.push({
        ...testCase.source,
        path: `case ${testCase.id}`,
        message: `this case is ${chars.toLocaleString('en-US')} characters long; it is sent to the model in full, but the report and the call log keep the first ${STORED_FIELD_MAX_CHARS.toLocaleString('en-US')} characters of each field`
      })
    }
  }
  return warnings
}

/** Provider types that receive the case's variables themselves, not rendered messages. */
const VARIABLE_PROVIDERS = new Set(['http', 'exec'])

/**
 * Variables read without a placeholder (checks read `expected`, gh-builtin groundedness reads
 * `context`) or kept as a label (`id`, as in dataset rows).
 */
const IMPLICIT_VARIABLES = new Set(['expected', 'context', 'id'])

/**
 * A variable the cases give that no message and no check uses is never sent to the model: most
 * often a placeholder spelt differently from the dataset column. A warning, once per variable.
 */
function unusedVariableWarnings(config: Config, suites: ResolvedSuite[]): SourceIssue[] {
  const warnings: SourceIssue[] = []
  for (const suite of suites) {
    if (VARIABLE_PROVIDERS.has(providerTypeOf(config, suite.modelId) ?? '')) continue
    const used = new Set(
      [
        ...templateVariables(suite.prompt),
        ...allChecks(suite).flatMap(checkVariables),
        ...(suite.robustness?.inputs ?? [])
      ].map(name => name.split('.')[0])
    )
    const firstCase = new Map<string, TestCase>()
    for (const testCase of suite.cases)
      for (const name of Object.keys(testCase.vars))
        if (!used.has(name) && !IMPLICIT_VARIABLES.has(name) && !firstCase.has(name))
          firstCase.set(name, testCase)
    for (const [name, testCase] of firstCase) {
      warnings.push({
        ...testCase.source,
        path: `case ${testCase.id}`,
        message: `variable "${name}" is not used by any message of ${suite.prompt.file} or any check of suite "${suite.id}", so the model never sees it; use {{${name}}} in the prompt, or fix the placeholder's spelling`
      })
    }
  }
  return warnings
}

function providerTypeOf(config: Config, modelId: string): string | undefined {
  try {
    return config.providers[routeModel(modelId, config).provider]?.type
  } catch {
    return undefined // reported by routingIssues
  }
}

/**
 * One issue per provider whose key the environment lacks, at the provider's line in the config:
 * `run` refuses to start with them; `validate` reports them too (see cli/run.ts for severity).
 */
export function missingKeyIssues(
  config: Config,
  missing: MissingSecret[],
  configFile: string
): SourceIssue[] {
  return missing.map(m => ({
    ...at(config, ['providers', m.provider], configFile, `providers.${m.provider}`, { atKey: true }),
    message: `missing API key: ${m.envVar} is not set (provider ${m.provider}); export the variable, or use a replay provider to run offline`
  }))
}

/**
 * A suite that replays from a cassette file that does not exist cannot make one call: the run
 * refuses to start (engine refuseUnavailable), so `validate` says so too, at the cassette's line.
 * `record`: --record writes the cassette, so it need not exist.
 */
export function missingCassetteIssues(
  config: Config,
  suites: ResolvedSuite[],
  configFile: string,
  rootDir: string,
  record: boolean
): SourceIssue[] {
  const issues: SourceIssue[] = []
  const reported = new Set<string>()
  for (const suite of suites) {
    let name: string
    try {
      name = routeModel(suite.modelId, config).provider
    } catch {
      continue // reported by routingIssues
    }
    const provider = config.providers[name]
    if (provider?.type !== 'replay' || reported.has(name) || !cassetteMustExist(provider, record)) continue
    // The registry's rule (resolveInside): a cassette out of the repository is refused, not looked for.
    const { full, outside } = resolveInside(rootDir, provider.cassette)
    if (!outside && existsSync(full)) continue
    reported.add(name)
    issues.push({
      ...at(config, ['providers', name, 'cassette'], configFile, `providers.${name}.cassette`),
      message: outside
        ? `"${provider.cassette}" points ${outside}; use a path inside it, e.g. .promptgate/cassette.jsonl`
        : missingCassetteMessage(provider.cassette)
    })
  }
  return issues
}
