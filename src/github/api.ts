// The few GitHub operations PromptGate needs, behind one small interface so the sticky comment,
// change detection and base-file reading are tested against a fake or against nock alike.

import type { RepoRef } from '../core/types.js'

export type { RepoRef }

/** A file status as GitHub reports it ("List pull requests files", "Compare two commits"). */
export type GitHubFileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface GitHubChangedFile {
  filename: string
  status: GitHubFileStatus
  /** Set for `renamed` (and `copied`): the path in the base version. */
  previousFilename?: string
}

export interface IssueCommentAuthor {
  login: string
  /** `Bot` for GitHub Apps including `github-actions[bot]`, `User` for people. */
  type: string
}

export interface IssueComment {
  id: number
  body: string
  user?: IssueCommentAuthor
  htmlUrl: string
}

export interface GitHubApi {
  /** Every file of the PR, all pages; GitHub itself stops at GITHUB_PR_FILES_CAP files. */
  listPullFiles(repo: RepoRef, pullNumber: number): Promise<GitHubChangedFile[]>
  /** Files changed between base...head (merge base to head). GitHub lists at most 300 of them. */
  compareCommits(repo: RepoRef, base: string, head: string): Promise<GitHubChangedFile[]>
  /** Text of a file at a ref, or undefined when the path does not exist there. */
  getFileText(repo: RepoRef, path: string, ref: string): Promise<string | undefined>
  /** Every comment of the issue or PR, all pages, oldest first. */
  listIssueComments(repo: RepoRef, issueNumber: number): Promise<IssueComment[]>
  /**
   * Never retried by the client: GitHub can answer 502 or time out after storing the comment, so a
   * blind retry posts it twice. The caller looks for the comment before trying again.
   */
  createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment>
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>
  deleteIssueComment(repo: RepoRef, commentId: number): Promise<void>
  /** The PR's head commit as it is now: a newer push may have landed while this run was going. */
  getPullHeadSha(repo: RepoRef, pullNumber: number): Promise<string>
  /** Login of the token's identity; undefined when the token cannot tell (installation tokens). */
  getAuthenticatedLogin(): Promise<string | undefined>
  /** Current label names of a PR (a re-run job sees the event payload of the first run, not today's labels). */
  listPullLabels(repo: RepoRef, pullNumber: number): Promise<string[]>
}

/** Where the GitHub modules log. Structurally compatible with `@actions/core`. */
export interface GitHubLogger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const silentLogger: GitHubLogger = { debug() {}, info() {}, warning() {} }

/** The status of a failed GitHub request; undefined for errors that carry none. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status
    return typeof status === 'number' ? status : undefined
  }
  return undefined
}
