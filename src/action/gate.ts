// Pure decisions of the PR gate, kept apart from I/O so they are tested directly.
import type { Config, SuiteConfig } from '../config/schema.js'
import type { RunReport } from '../core/report.js'
import { configuredChecks, suiteFiles, type ResolvedSuite } from '../config/suites.js'
import { isPromptGlob, matchFiles, suiteIdForFile } from '../config/prompt-globs.js'
import type { SuiteFileSet } from '../github/changes.js'
import type { FileChange } from '../repo/git.js'
import { PROMPTGATE_VERSION } from '../version.js'

/** What makes a suite affected, as the change detection wants it. */
export function headFileSet(suite: ResolvedSuite): SuiteFileSet {
  return fileSet(suite.config, suite.files)
}

/**
 * The base config's suites, from the config alone: the base side is never resolved in full, so
 * its case-level schema files are unknown (a changed one still shows on head's side). A glob
 * entry stands for one suite per file it matched on base: the head suites of the same glob whose
 * file the change did not add, and the files the change removed.
 */
export function baseFileSets(
  config: Config,
  headSuites: readonly ResolvedSuite[] = [],
  changes: readonly FileChange[] = []
): SuiteFileSet[] {
  return config.suites.flatMap(suite => {
    const filesOf = (entry: SuiteConfig) => suiteFiles(entry, configuredChecks(config, entry))
    if (!isPromptGlob(suite.prompt)) return [fileSet(suite, filesOf(suite))]
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
    // Each file is its own suite: its files are the entry's with that file as the prompt, never the glob.
    return [...kept, ...removed].map(prompt => {
      const entry = { ...suite, id: suiteIdForFile(suite.id, suite.prompt, prompt), prompt }
      return fileSet(entry, filesOf(entry))
    })
  })
}

function fileSet(suite: SuiteConfig, files: readonly string[]): SuiteFileSet {
  return { id: suite.id, prompt: suite.prompt, files: files.filter(f => f !== suite.prompt) }
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
