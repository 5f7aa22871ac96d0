// Pure decisions of the PR gate, kept apart from I/O so they are tested directly.
import type { Config } from '../config/schema.js'
import type { OverallVerdict, RunReport } from '../core/report.js'
import type { ResolvedSuite } from '../config/suites.js'
import { isPromptGlob, matchFiles, suiteIdForFile } from '../config/prompt-globs.js'
import type { SuiteFileSet } from '../github/changes.js'
import type { FileChange } from '../repo/git.js'
import { PROMPTGATE_VERSION } from '../version.js'

/** What makes a suite affected, as the change detection wants it. */
export function headFileSet(suite: ResolvedSuite): SuiteFileSet {
  return {
    id: suite.id,
    prompt: suite.config.prompt,
    files: suite.files.filter(f => f !== suite.config.prompt)
  }
}

/**
 * The base config's suites, from the config alone: the base side is never resolved in full. A
 * glob entry stands for one suite per file it matched on base: the head suites of the same glob
 * whose file was not added by the change, and the files the change removed.
 */
export function baseFileSets(
  config: Config,
  headSuites: readonly ResolvedSuite[] = [],
  changes: readonly FileChange[] = []
): SuiteFileSet[] {
  return config.suites.flatMap(suite => {
    const files = [...(suite.datasets ?? []), ...(suite.system ? [suite.system] : []), ...(suite.files ?? [])]
    if (!isPromptGlob(suite.prompt)) return [{ id: suite.id, prompt: suite.prompt, files }]
    const added = new Set(
      changes.filter(c => c.status === 'added' || c.status === 'renamed').map(c => c.path)
    )
    const kept = headSuites
      .filter(s => s.glob === suite.prompt && !added.has(s.config.prompt))
      .map(s => s.config.prompt)
    const removed = matchFiles(
      suite.prompt,
      changes.filter(c => c.status === 'removed').map(c => c.path)
    )
    return [...kept, ...removed].map(prompt => ({
      id: suiteIdForFile(suite.id, suite.prompt, prompt),
      prompt,
      files
    }))
  })
}

/**
 * A maintainer's label accepts known regressions: the suites keep their `regression` verdict (the
 * comment shows it), but the gate passes, and says which label let it through. Absolute
 * threshold failures and errors are never accepted by a label.
 */
export function applyAcceptLabel(
  report: RunReport,
  labels: readonly string[],
  acceptLabel: string
): RunReport {
  if (!labels.includes(acceptLabel)) return report
  const regressed = report.suites.filter(s => s.verdict === 'regression')
  if (regressed.length === 0) return report
  const blocking = report.suites.filter(s => s.verdict === 'fail' || s.verdict === 'error')
  const inconclusive = report.suites.some(s => s.verdict === 'inconclusive')
  const ids = regressed.map(s => s.id).join(', ')
  if (blocking.length > 0) {
    return {
      ...report,
      accepted: { label: acceptLabel },
      reason: `${report.reason} The regression in ${ids} is accepted by the label "${acceptLabel}", but ${blocking.map(s => s.id).join(', ')} still fail.`
    }
  }
  const verdict: OverallVerdict = inconclusive ? 'inconclusive' : 'pass'
  return {
    ...report,
    verdict,
    accepted: { label: acceptLabel },
    reason: `Regression in ${ids} accepted by the label "${acceptLabel}".`
  }
}

/** The report for a run that evaluated nothing: verdict skipped, with the reason said out loud. */
export function skippedReport(input: {
  configId: string
  configFile: string
  reason: string
  now: number
  git?: RunReport['git']
  missingSecrets?: string[]
  notes?: string[]
}): RunReport {
  const time = new Date(input.now).toISOString()
  return {
    schemaVersion: 1,
    tool: { name: 'promptgate', version: PROMPTGATE_VERSION },
    configId: input.configId,
    configFile: input.configFile,
    startedAt: time,
    finishedAt: time,
    git: input.git,
    verdict: 'skipped',
    reason: input.reason,
    suites: [],
    missingSecrets: input.missingSecrets ?? [],
    notes: input.notes ?? [],
    run: { concurrency: 0, durationMs: 0 }
  }
}

/** Whether the check fails: a failed gate always, an inconclusive one when the config says so. */
export function gateFails(report: RunReport, failOnInconclusive: boolean): boolean {
  return report.verdict === 'fail' || (failOnInconclusive && report.verdict === 'inconclusive')
}
