// A stored baseline (`baseline` input) standing in for the base side of the run.
import { resolve } from 'node:path'
import { applyBaseline, parseBaselineFile } from '../engine/baseline.js'
import type { SuiteToRun } from '../engine/pipeline.js'
import { normalizeRepoPath } from '../repo/paths.js'
import type { GateContext } from './context.js'
import type { GateWorld } from './runtime.js'
import type { TrustedProject } from './trust.js'

/**
 * A stored baseline must come from outside the change (a cache saved on the base branch): a file
 * the checked-out commit carries is the PR's own, and a PR could forge its base side with it.
 */
export async function withStoredBaseline(
  toRun: SuiteToRun[],
  path: string,
  context: GateContext,
  trusted: TrustedProject,
  world: GateWorld
): Promise<SuiteToRun[]> {
  const { notes } = trusted
  let tracked = false
  try {
    tracked = (await context.git.readFile('HEAD', normalizeRepoPath(path))) !== undefined
  } catch {
    // Not a repo path (absolute, outside the checkout): not part of the commit either.
  }
  if (tracked) {
    const why = `The baseline ${path} is a file of the checked-out commit, which the change itself controls; it was not used and the base side was run. Restore the baseline from a cache saved on the base branch instead.`
    world.runtime.warning(why)
    notes.push(why)
    return toRun
  }
  let text: string
  try {
    text = await world.readFile(resolve(context.workspace, path))
  } catch {
    notes.push(`No stored baseline at ${path}: the base side was run.`)
    return toRun
  }
  const baseline = parseBaselineFile(path, text)
  const baseSha = context.event.baseSha
  if (baseline.commit && baseSha && baseline.commit !== baseSha) {
    notes.push(
      `The stored baseline was recorded at ${baseline.commit.slice(0, 7)}, not at the base commit ${baseSha.slice(0, 7)}; suites whose base prompt, model, cases or checks differ run their base side.`
    )
  }
  return applyBaseline(toRun, baseline, trusted.config, notes)
}
