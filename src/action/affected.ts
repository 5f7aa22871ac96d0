// Step 3 of the gate: which suites this change touched.
import { affectedSuites, listChangedFiles, type AffectedSuite } from '../github/changes.js'
import type { GateContext } from './context.js'
import { baseFileSets, headFileSet } from './gate.js'
import type { TrustedProject } from './trust.js'

/** The affected suites (added, modified, renamed, deleted…); notes go to `trusted.notes`. */
export async function findAffectedSuites(
  context: GateContext,
  trusted: TrustedProject
): Promise<AffectedSuite[]> {
  const { project, baseConfig, notes } = trusted
  const { event, base } = context
  if (!base) {
    notes.push(
      'No base version to compare with (a push that created a branch without a base-ref input): every suite is judged on absolute thresholds.'
    )
    return project.suites.map(s => ({
      id: s.id,
      affected: true,
      change: 'added' as const,
      promptPath: s.prompt.file,
      reasons: ['no base']
    }))
  }
  const changes = await listChangedFiles(
    {
      ...context.repo,
      prNumber: event.prNumber,
      base: event.baseSha ?? (context.baseRev as string),
      head: event.headSha
    },
    { api: context.api, git: context.git }
  )
  notes.push(...changes.notes)
  return affectedSuites({
    head: project.suites.map(headFileSet),
    // Without a config on either side, base discovered the same prompt files (minus the PR's changes).
    base:
      (baseConfig ?? (project.discovered ? project.config : undefined)) &&
      baseFileSets(baseConfig ?? project.config, project.suites, changes.files),
    changes,
    configPath: context.inputs.configPath
  }).filter(a => a.affected)
}
