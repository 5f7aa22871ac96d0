// A PR cannot quietly weaken its own gate: its gate-setting changes are listed, and the same
// samples are judged under the base branch's settings too. When the two verdicts disagree the
// base branch's decides, unless a maintainer set the accept label. Pure decisions, tested directly.
import type { ConfigFrom, GateSettingChange } from '../config/gate-settings.js'
import type { RunReport } from '../core/report.js'

/** The first adoption: the base branch has no config to take settings from. */
export const FIRST_ADOPTION_WHY =
  "The base branch has no PromptGate config yet (first adoption): the PR's gate settings decide."

/** pull_request_target and `gate.configFrom: base`: the PR's gate changes are shown, not applied. */
export function reviewBaseOnly(
  report: RunReport,
  changes: GateSettingChange[],
  why: 'pull_request_target' | 'configFrom'
): RunReport {
  if (changes.length === 0) return report
  const reason =
    why === 'pull_request_target'
      ? "On pull_request_target every gate setting comes from the base branch: the PR's changes below were not applied."
      : "gate.configFrom is base: the PR's gate-setting changes below were not applied."
  return { ...report, configReview: { changes, decidedBy: 'base', why: reason } }
}

/**
 * `underPr` judged with the PR's settings, `underBase` the same samples with the base branch's.
 * The deciding report is returned whole (its tables match its headline); the other verdict is
 * kept in configReview.other.
 */
export function decideUnderBothSettings(input: {
  underPr: RunReport
  underBase: RunReport
  changes: GateSettingChange[]
  labels: readonly string[]
  acceptLabel: string
}): RunReport {
  const { underPr, underBase, changes } = input
  const other = (settings: ConfigFrom, r: RunReport) => ({ settings, verdict: r.verdict, reason: r.reason })
  if (underPr.verdict === underBase.verdict) {
    return {
      ...underPr,
      configReview: {
        changes,
        decidedBy: 'pr',
        why: `The base branch's gate settings give the same verdict (${underBase.verdict}).`,
        other: other('base', underBase)
      }
    }
  }
  if (input.labels.includes(input.acceptLabel)) {
    return {
      ...underPr,
      configReview: {
        changes,
        decidedBy: 'pr',
        why: `Under the base branch's settings the verdict would be ${underBase.verdict}; the label "${input.acceptLabel}" lets the PR's settings decide.`,
        other: other('base', underBase)
      }
    }
  }
  return {
    ...underBase,
    reason: `Under the base branch's gate settings: ${underBase.reason}`,
    configReview: {
      changes,
      decidedBy: 'base',
      why: `The PR's own settings would give ${underPr.verdict}; the base branch's settings decide when the two disagree (a maintainer's label "${input.acceptLabel}" lets the PR's decide).`,
      other: other('pr', underPr)
    }
  }
}
