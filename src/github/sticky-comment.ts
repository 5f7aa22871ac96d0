// One PromptGate comment per PR and config id, updated in place on every push.
import { errorMessage } from '../core/guards.js'
import { commentMarker } from '../report/comment-marker.js'
import { httpStatusOf, type GitHubApi, type IssueComment, type RepoRef } from './api.js'

export { commentMarker, sanitizeConfigId } from '../report/comment-marker.js'

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]'

export interface StickyCommentTarget extends RepoRef {
  issueNumber: number
  configId: string
  /**
   * The head commit this run evaluated. When set, the PR's current head is read before writing:
   * a run whose commit is no longer the head never overwrites the comment of the newer run.
   */
  headSha?: string
}

export interface StickyCommentOptions {
  /**
   * Login the comment is posted as. Default: the token's identity from `GET /user`, and when the
   * token cannot tell (installation tokens, including GITHUB_TOKEN) `github-actions[bot]`.
   * GitHub App tokens other than GITHUB_TOKEN post as `<app-slug>[bot]`: pass that here.
   */
  authorLogin?: string
  /** Told what was done about a fault on the way (re-found after a 502, re-created after a 404…). */
  onNote?: (note: string) => void
}

export type StickyCommentResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  /** Not written: the PR's head moved on while this run was going. */
  | { action: 'superseded'; currentHead: string; url?: string }

type StickyApi = Pick<
  GitHubApi,
  | 'listIssueComments'
  | 'getAuthenticatedLogin'
  | 'createIssueComment'
  | 'updateIssueComment'
  | 'deleteIssueComment'
  | 'getPullHeadSha'
>

async function resolveAuthor(api: Pick<GitHubApi, 'getAuthenticatedLogin'>, options: StickyCommentOptions) {
  if (options.authorLogin) return options.authorLogin
  return (await api.getAuthenticatedLogin()) ?? GITHUB_ACTIONS_BOT_LOGIN
}

export function isOurComment(comment: IssueComment, marker: string, authorLogin: string): boolean {
  const user = comment.user
  if (!user || user.login.toLowerCase() !== authorLogin.toLowerCase()) return false
  // A person cannot own a login ending in [bot]; still require the type so a lookalike never matches.
  if (authorLogin.endsWith('[bot]') && user.type !== 'Bot') return false
  return comment.body.startsWith(marker) || comment.body.includes(`\n${marker}`)
}

async function ourComments(
  api: Pick<GitHubApi, 'listIssueComments'>,
  target: StickyCommentTarget,
  author: string
): Promise<IssueComment[]> {
  const marker = commentMarker(target.configId)
  const comments = await api.listIssueComments({ owner: target.owner, repo: target.repo }, target.issueNumber)
  return comments.filter(c => isOurComment(c, marker, author))
}

/** Our existing comment: the oldest match across every page (older duplicates, if any, stay untouched). */
export async function findStickyComment(
  api: Pick<GitHubApi, 'listIssueComments' | 'getAuthenticatedLogin'>,
  target: StickyCommentTarget,
  options: StickyCommentOptions = {}
): Promise<IssueComment | undefined> {
  return (await ourComments(api, target, await resolveAuthor(api, options)))[0]
}

/** The hidden line after the marker that records which head commit a comment describes. */
export function headLine(headSha: string): string {
  return `<!-- promptgate:head sha=${headSha} -->`
}

function withMarker(body: string, target: StickyCommentTarget): string {
  const marker = commentMarker(target.configId)
  const marked = body.startsWith(marker) ? body : `${marker}\n${body}`
  if (!target.headSha) return marked
  // Right after the marker, so truncation of a long body can never cut it either.
  return `${marker}\n${headLine(target.headSha)}${marked.slice(marker.length)}`
}

/**
 * A failure after which the write may have happened all the same: a 5xx from a proxy or GitHub's
 * front end, a timeout, a dropped connection. (Octokit reports network errors as status 500.)
 */
function mayHaveBeenApplied(error: unknown): boolean {
  const status = httpStatusOf(error)
  return status === undefined || status >= 500
}

/**
 * Whether the PR's head moved on. When the head cannot be read the run goes on as if it were
 * current: a lost comment is worse than a comment one push behind, which the next run updates.
 */
async function supersededBy(
  api: Pick<GitHubApi, 'getPullHeadSha'>,
  target: StickyCommentTarget,
  options: StickyCommentOptions
): Promise<string | undefined> {
  if (!target.headSha) return undefined
  try {
    const current = await api.getPullHeadSha({ owner: target.owner, repo: target.repo }, target.issueNumber)
    return current !== target.headSha ? current : undefined
  } catch (error) {
    options.onNote?.(
      `Could not read the PR's current head (${errorMessage(error)}); writing the comment for ${target.headSha.slice(0, 7)}.`
    )
    return undefined
  }
}

/**
 * Creates our comment exactly once. A create that failed in a way that may have succeeded is
 * looked for (marker and author) before it is tried again; after creating, a duplicate made by
 * a second run racing on the same PR is removed so the oldest comment stays the only one.
 */
async function createOnce(
  api: StickyApi,
  target: StickyCommentTarget,
  full: string,
  author: string,
  options: StickyCommentOptions
): Promise<StickyCommentResult> {
  const repo = { owner: target.owner, repo: target.repo }
  let created: IssueComment
  try {
    created = await api.createIssueComment(repo, target.issueNumber, full)
  } catch (error) {
    if (!mayHaveBeenApplied(error)) throw error
    const found = (await ourComments(api, target, author))[0]
    if (found) {
      options.onNote?.(
        `Creating the PR comment failed (${errorMessage(error)}), but GitHub had stored it: found it by its marker, no second comment posted.`
      )
      if (found.body === full) return { action: 'created', id: found.id, url: found.htmlUrl }
      const updated = await api.updateIssueComment(repo, found.id, full)
      return { action: 'updated', id: updated.id, url: updated.htmlUrl }
    }
    created = await api.createIssueComment(repo, target.issueNumber, full)
  }
  const ours = await ourComments(api, target, author)
  const oldest = ours[0]
  if (oldest && oldest.id !== created.id && ours.some(c => c.id === created.id)) {
    // Another run created its comment between our search and our create: keep the oldest.
    await api.deleteIssueComment(repo, created.id)
    options.onNote?.(
      'Another run created its PR comment at the same time; kept the older one and updated it.'
    )
    const updated = await api.updateIssueComment(repo, oldest.id, full)
    return { action: 'updated', id: updated.id, url: updated.htmlUrl }
  }
  return { action: 'created', id: created.id, url: created.htmlUrl }
}

/** Updates our comment in place, or creates it when there is none (or it was deleted meanwhile). */
export async function upsertStickyComment(
  api: StickyApi,
  target: StickyCommentTarget,
  body: string,
  options: StickyCommentOptions = {}
): Promise<StickyCommentResult> {
  const repo = { owner: target.owner, repo: target.repo }
  const full = withMarker(body, target)
  const author = await resolveAuthor(api, options)
  const existing = (await ourComments(api, target, author))[0]
  // Read the head last, right before writing: the newest push this run can know about.
  const newer = await supersededBy(api, target, options)
  if (newer) return { action: 'superseded', currentHead: newer, url: existing?.htmlUrl }
  if (existing) {
    try {
      const updated = await api.updateIssueComment(repo, existing.id, full)
      return { action: 'updated', id: updated.id, url: updated.htmlUrl }
    } catch (error) {
      if (httpStatusOf(error) !== 404) throw error
      options.onNote?.('The PR comment was deleted while this run was going; posted a new one.')
    }
  }
  return createOnce(api, target, full, author, options)
}

/**
 * When no prompt is affected: an earlier PromptGate comment would now be stale, so it is updated
 * to say so; without one nothing is posted (a PR that never touched prompts gets no comment).
 */
export async function upsertSkippedComment(
  api: Pick<
    GitHubApi,
    'listIssueComments' | 'getAuthenticatedLogin' | 'updateIssueComment' | 'getPullHeadSha'
  >,
  target: StickyCommentTarget,
  body: string,
  options: StickyCommentOptions = {}
): Promise<StickyCommentResult | undefined> {
  const existing = await findStickyComment(api, target, options)
  if (!existing) return undefined
  const newer = await supersededBy(api, target, options)
  if (newer) return { action: 'superseded', currentHead: newer, url: existing.htmlUrl }
  try {
    const updated = await api.updateIssueComment(
      { owner: target.owner, repo: target.repo },
      existing.id,
      withMarker(body, target)
    )
    return { action: 'updated', id: updated.id, url: updated.htmlUrl }
  } catch (error) {
    // Deleted meanwhile: nothing stale is left to correct.
    if (httpStatusOf(error) === 404) return undefined
    throw error
  }
}

/** Octokit reports network errors and timeouts as status 500 too, but without a response. */
function hasResponse(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { response?: unknown }).response !== undefined
  )
}

/**
 * What a failed comment write means, for its one warning. The permission hint only when GitHub
 * said 403 (and not for a rate limit, which also answers 403): a 500 or 404 has other causes.
 */
export function describeCommentFailure(error: unknown): string {
  const message = errorMessage(error)
  const status = httpStatusOf(error)
  if (status === 403 && !/rate limit/i.test(message))
    return `GitHub refused the write (403: ${message}). The workflow needs permissions: pull-requests: write (fork PRs get a read-only token).`
  if (status === 403 || status === 429)
    return `GitHub's rate limit stopped the write (${status}: ${message}); the next run updates the comment.`
  if (status === 404)
    return `GitHub answered 404 (${message}): the PR or the comment no longer exists, or the token cannot see this repository.`
  if (status === 422) return `GitHub rejected the comment (422: ${message}).`
  if (status !== undefined && status >= 500 && hasResponse(error))
    return `GitHub answered ${status} (${message}), a server error on GitHub's side; retried and gave up.`
  return `The GitHub API could not be reached (${message}).`
}
