// Step 5 of the gate: one report, published everywhere the same way: the JSON report file, the
// PR comment, outputs, the job summary, annotations, and the check's failure.
import { ignoreOutputFolder } from '../config/paths.js'
import { SourceError } from '../core/errors.js'
import { errorMessage } from '../core/guards.js'
import type { RunReport } from '../core/report.js'
import { escapeHtml } from '../report/escape.js'
import { writeJsonReport } from '../report/json.js'
import { annotationsFor, renderComment, renderSkippedComment, renderSummary } from '../report/markdown.js'
import { writeStickyComment } from './comment.js'
import type { GateContext } from './context.js'
import { OUTPUT } from './inputs.js'
import type { GateOutcome } from './outcome.js'
import type { ActionRuntime } from './runtime.js'
import type { TrustedProject } from './trust.js'

export async function publish(
  outcome: GateOutcome,
  context: GateContext,
  trusted: TrustedProject,
  runtime: ActionRuntime
): Promise<void> {
  await ignoreOutputFolder(context.workspace, trusted.paths)
  // The comment first: what happened to it (superseded, a fault recovered) belongs in the report.
  const notes = await publishComment(outcome, context, trusted.configId, runtime)
  const report =
    notes.length > 0 ? { ...outcome.report, notes: [...outcome.report.notes, ...notes] } : outcome.report
  await writeJsonReport(trusted.paths.report, report)
  setReportOutputs(report, trusted.paths.report, runtime)
  await runtime.writeSummary(renderSummary(report, context.render))
  if (outcome.callLog) {
    runtime.setOutput(OUTPUT.logPath, outcome.callLog.path)
    if (outcome.callLog.insights) await runtime.writeSummary(outcome.callLog.insights)
  }
  if (outcome.annotate) {
    for (const annotation of annotationsFor(report)) {
      const properties = { file: annotation.file, title: annotation.title }
      if (annotation.level === 'error') runtime.error(annotation.message, properties)
      else runtime.warning(annotation.message, properties)
    }
  }
  if (outcome.failure) runtime.setFailed(outcome.failure)
}

/** The sticky comment; the verdict stands without it. Returns notes for the report (superseded, faults). */
async function publishComment(
  outcome: GateOutcome,
  context: GateContext,
  configId: string,
  runtime: ActionRuntime
): Promise<string[]> {
  const { inputs, event, api } = context
  if (event.prNumber === undefined || !inputs.comment) return []
  const target = { ...context.repo, issueNumber: event.prNumber, configId, headSha: event.headSha }
  const refresh = outcome.comment === 'refresh'
  const body = refresh
    ? renderSkippedComment({ configId, headSha: event.headSha }, context.render)
    : renderComment(outcome.report, context.render)
  const published = await writeStickyComment(api, target, body, refresh ? 'skipped' : 'report', {
    authorLogin: inputs.commentAuthor,
    log: runtime
  })
  if (published.url) runtime.setOutput(OUTPUT.commentUrl, published.url)
  return published.notes
}

function setReportOutputs(report: RunReport, reportPath: string, runtime: ActionRuntime): void {
  runtime.setOutput(OUTPUT.verdict, report.verdict)
  runtime.setOutput(OUTPUT.reason, report.reason)
  const evaluated = report.suites.filter(s => s.change !== 'deleted' && s.verdict !== 'skipped')
  runtime.setOutput(OUTPUT.affectedSuites, JSON.stringify(evaluated.map(s => s.id)))
  runtime.setOutput(OUTPUT.reportPath, reportPath)
}

/** A run that could not decide anything: the error, annotated when it points into a file, fails the check. */
export async function publishError(error: unknown, runtime: ActionRuntime): Promise<void> {
  runtime.setOutput(OUTPUT.verdict, 'fail')
  if (error instanceof SourceError) {
    for (const issue of error.issues) {
      runtime.error(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
        file: issue.file,
        startLine: issue.line,
        startColumn: issue.column,
        title: 'PromptGate configuration'
      })
    }
  }
  const message = error instanceof Error ? error.message : `non-Error thrown: ${errorMessage(error)}`
  runtime.setOutput(OUTPUT.reason, message.split('\n')[0] ?? '')
  runtime.setOutput(OUTPUT.affectedSuites, '[]')
  try {
    await runtime.writeSummary(
      `<h2>PromptGate could not run</h2>\n<pre><code>${escapeHtml(message)}</code></pre>\nNothing was evaluated; fix the problem above and re-run the job.`
    )
  } catch {
    // No summary file outside a runner: the failure message below still says it all.
  }
  runtime.setFailed(message)
}
