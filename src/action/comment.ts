// Writes the sticky PR comment for the action with one error style: one warning per failed
// operation (never one per HTTP retry), a diagnosis that fits the status, and a note for the
// report when the run was superseded or recovered from a fault on the way.
import type { GitHubApi } from '../github/api.js'
import {
  describeCommentFailure,
  upsertSkippedComment,
  upsertStickyComment,
  type StickyCommentResult,
  type StickyCommentTarget
} from '../github/sticky-comment.js'

export interface CommentLog {
  info(message: string): void
  warning(message: string): void
}

export interface PublishedComment {
  /** The comment's URL, when one exists (also after a superseded run: the newer run's comment). */
  url?: string
  /** Lines for the job summary and JSON report: superseded, recovered faults, failures. */
  notes: string[]
}

export type CommentKind = 'report' | 'skipped'

/** Posts or updates the comment; never throws, the report stands without it. */
export async function writeStickyComment(
  api: GitHubApi,
  target: StickyCommentTarget,
  body: string,
  kind: CommentKind,
  options: { authorLogin: string; log: CommentLog }
): Promise<PublishedComment> {
  const notes: string[] = []
  const onNote = (note: string) => {
    options.log.info(note)
    notes.push(note)
  }
  let result: StickyCommentResult | undefined
  try {
    result =
      kind === 'report'
        ? await upsertStickyComment(api, target, body, { authorLogin: options.authorLogin, onNote })
        : await upsertSkippedComment(api, target, body, { authorLogin: options.authorLogin, onNote })
  } catch (error) {
    const why = `Could not write the PR comment: ${describeCommentFailure(error)} The report is in the job summary.`
    options.log.warning(why)
    notes.push(why)
    return { notes }
  }
  if (!result) return { notes }
  if (result.action === 'superseded') {
    const why = `Superseded: the PR's head is now ${result.currentHead.slice(0, 7)}, not ${target.headSha?.slice(0, 7) ?? 'the evaluated commit'}; the comment was left to the newer run. This run's report is in the job summary.`
    options.log.warning(why)
    notes.push(why)
    return { url: result.url, notes }
  }
  options.log.info(`PR comment ${result.action}: ${result.url}`)
  return { url: result.url, notes }
}
