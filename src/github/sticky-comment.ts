// One PromptGate comment per PR and config id, updated in place on every push.
import { commentMarker } from '../report/comment-marker.js'
import type { GitHubApi, IssueComment, RepoRef } from './api.js'

export { commentMarker, sanitizeConfigId } from '../report/comment-marker.js'

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]'

export interface StickyCommentTarget extends RepoRef {
  issueNumber: number
  configId: string
}

export interface StickyCommentOptions {
  /**
   * Login the comment is posted as. Default: the token's identity from `GET /user`, and when the
   * token cannot tell (installation tokens, including GITHUB_TOKEN) `github-actions[bot]`.
   * GitHub App tokens other than GITHUB_TOKEN post as `<app-slug>[bot]`: pass that here.
   */
  authorLogin?: string
}

export interface StickyCommentResult {
  action: 'created' | 'updated'
  id: number
  url: string
}

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

/** Our existing comment: the oldest match across every page (older duplicates, if any, stay untouched). */
export async function findStickyComment(
  api: Pick<GitHubApi, 'listIssueComments' | 'getAuthenticatedLogin'>,
  target: StickyCommentTarget,
  options: StickyCommentOptions = {}
): Promise<IssueComment | undefined> {
  const marker = commentMarker(target.configId)
  const author = await resolveAuthor(api, options)
  const comments = await api.listIssueComments({ owner: target.owner, repo: target.repo }, target.issueNumber)
  return comments.find(c => isOurComment(c, marker, author))
}

function withMarker(body: string, configId: string): string {
  const marker = commentMarker(configId)
  return body.startsWith(marker) ? body : `${marker}\n${body}`
}

/** Updates our comment in place, or creates it when there is none. Returns the comment URL. */
export async function upsertStickyComment(
  api: Pick<
    GitHubApi,
    'listIssueComments' | 'getAuthenticatedLogin' | 'createIssueComment' | 'updateIssueComment'
  >,
  target: StickyCommentTarget,
  body: string,
  options: StickyCommentOptions = {}
): Promise<StickyCommentResult> {
  const repo = { owner: target.owner, repo: target.repo }
  const full = withMarker(body, target.configId)
  const existing = await findStickyComment(api, target, options)
  if (existing) {
    const updated = await api.updateIssueComment(repo, existing.id, full)
    return { action: 'updated', id: updated.id, url: updated.htmlUrl }
  }
  const created = await api.createIssueComment(repo, target.issueNumber, full)
  return { action: 'created', id: created.id, url: created.htmlUrl }
}

/**
 * When no prompt is affected: an earlier PromptGate comment would now be stale, so it is updated
 * to say so; without one nothing is posted (a PR that never touched prompts gets no comment).
 */
export async function upsertSkippedComment(
  api: Pick<GitHubApi, 'listIssueComments' | 'getAuthenticatedLogin' | 'updateIssueComment'>,
  target: StickyCommentTarget,
  body: string,
  options: StickyCommentOptions = {}
): Promise<StickyCommentResult | undefined> {
  const existing = await findStickyComment(api, target, options)
  if (!existing) return undefined
  const updated = await api.updateIssueComment(
    { owner: target.owner, repo: target.repo },
    existing.id,
    withMarker(body, target.configId)
  )
  return { action: 'updated', id: updated.id, url: updated.htmlUrl }
}
