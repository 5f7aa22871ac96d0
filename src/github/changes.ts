// detect: which files changed, and which suites that affects.
import { picomatch } from '../core/vendor.js'
import { GITHUB_PR_FILES_CAP } from '../constants.js'
import type { SuiteChange } from '../core/report.js'
import type { GitHubApi, GitHubChangedFile, RepoRef } from './api.js'
import type { FileChange, LocalGit } from '../repo/git.js'
import { normalizeRepoPath } from '../repo/paths.js'

/** "Compare two commits" lists at most 300 files (GitHub REST docs, "Working with large comparisons"). */
export const GITHUB_COMPARE_FILES_CAP = 300

export type ChangeSource = 'pulls-api' | 'compare-api' | 'git'

export interface ChangeSet {
  files: FileChange[]
  source: ChangeSource
  /** False when GitHub truncated the list and no complete source was available: treat every suite as affected. */
  complete: boolean
  /** Visible notes for the report (which source, what was truncated). */
  notes: string[]
}

export interface ChangedFilesRequest extends RepoRef {
  /** PR number; without it (push, workflow_dispatch) the compare API or local git is used. */
  prNumber?: number
  base: string
  head: string
}

export interface ChangedFilesDeps {
  api: Pick<GitHubApi, 'listPullFiles' | 'compareCommits'>
  /** Local git, when the workspace is a clone; used when it holds both commits. */
  git?: LocalGit
}

export function fromGitHubFiles(files: GitHubChangedFile[]): FileChange[] {
  const out: FileChange[] = []
  for (const f of files) {
    switch (f.status) {
      case 'added':
      case 'copied':
        out.push({ path: f.filename, status: 'added' })
        break
      case 'removed':
        out.push({ path: f.filename, status: 'removed' })
        break
      case 'renamed':
        out.push(
          f.previousFilename
            ? { path: f.filename, status: 'renamed', previousPath: f.previousFilename }
            : { path: f.filename, status: 'added' }
        )
        break
      case 'modified':
      case 'changed':
        out.push({ path: f.filename, status: 'modified' })
        break
      case 'unchanged':
        break
    }
  }
  return out
}

async function fromLocalGit(
  req: ChangedFilesRequest,
  git: LocalGit | undefined
): Promise<FileChange[] | undefined> {
  if (!git) return undefined
  const [hasBase, hasHead] = await Promise.all([git.hasCommit(req.base), git.hasCommit(req.head)])
  return hasBase && hasHead ? git.diff(req.base, req.head) : undefined
}

const FETCH_HINT = 'fetch the base commit (actions/checkout with `fetch-depth: 0`) for a complete list'

/**
 * The changed files of a PR or push. PRs use "List pull requests files"; at its 3,000-file cap
 * the list is completed from local git when both commits are present. The compare API is no
 * help there (it lists at most 300 files), so without them the set is marked incomplete.
 */
export async function listChangedFiles(req: ChangedFilesRequest, deps: ChangedFilesDeps): Promise<ChangeSet> {
  const repo: RepoRef = { owner: req.owner, repo: req.repo }
  if (req.prNumber !== undefined) {
    const files = await deps.api.listPullFiles(repo, req.prNumber)
    if (files.length < GITHUB_PR_FILES_CAP) {
      return { files: fromGitHubFiles(files), source: 'pulls-api', complete: true, notes: [] }
    }
    const local = await fromLocalGit(req, deps.git)
    if (local) {
      return {
        files: local,
        source: 'git',
        complete: true,
        notes: [
          `The PR changes ${GITHUB_PR_FILES_CAP.toLocaleString('en-US')} or more files, more than GitHub lists; changed files were read with local git diff.`
        ]
      }
    }
    return {
      files: fromGitHubFiles(files),
      source: 'pulls-api',
      complete: false,
      notes: [
        `The PR changes ${GITHUB_PR_FILES_CAP.toLocaleString('en-US')} or more files and GitHub lists only the first ${GITHUB_PR_FILES_CAP.toLocaleString('en-US')}; every suite was evaluated. To evaluate only affected suites, ${FETCH_HINT}.`
      ]
    }
  }

  const local = await fromLocalGit(req, deps.git)
  if (local) return { files: local, source: 'git', complete: true, notes: [] }
  const files = await deps.api.compareCommits(repo, req.base, req.head)
  const complete = files.length < GITHUB_COMPARE_FILES_CAP
  return {
    files: fromGitHubFiles(files),
    source: 'compare-api',
    complete,
    notes: complete
      ? []
      : [
          `GitHub's compare API lists at most ${GITHUB_COMPARE_FILES_CAP} changed files; every suite was evaluated. To evaluate only affected suites, ${FETCH_HINT}.`
        ]
  }
}

// ---------------------------------------------------------------------------------------------
// Affected suites

/** What a suite reads in one version of the repo. */
export interface SuiteFileSet {
  id: string
  /** Repo-relative prompt file. */
  prompt: string
  /** Everything else whose change affects the suite: datasets, schema files, system template, `files` globs. */
  files: string[]
  /**
   * Optional digest of the suite's resolved config (suite entry + defaults + its provider route).
   * When base and head both have one and they are equal, a config file change does not affect the suite.
   */
  configFingerprint?: string
}

export interface AffectedSuitesInput {
  /** Suites of the head config. */
  head: SuiteFileSet[]
  /** Suites of the base config; undefined when the base has no config (PromptGate adopted in this PR). */
  base?: SuiteFileSet[]
  changes: ChangeSet
  /** Repo-relative path of the config file. */
  configPath: string
}

export type AffectedChange = Exclude<SuiteChange, 'run'>

export interface AffectedSuite {
  id: string
  affected: boolean
  /** How the suite's prompt changed between base and head. */
  change: AffectedChange
  /** Head prompt path; absent for a deleted suite. */
  promptPath?: string
  /** Where the base version of the prompt lives; absent when there is none (added). */
  basePromptPath?: string
  /** Why it is affected, for the comment; empty when it is not. Contains repo paths: untrusted text. */
  reasons: string[]
}

function safePath(path: string): string {
  try {
    return normalizeRepoPath(path)
  } catch {
    return path
  }
}

interface ChangeIndex {
  byPath: Map<string, FileChange>
  byPreviousPath: Map<string, FileChange>
  /** Every path touched, old and new names, for glob matching. */
  touched: string[]
}

function indexChanges(files: FileChange[]): ChangeIndex {
  const byPath = new Map<string, FileChange>()
  const byPreviousPath = new Map<string, FileChange>()
  const touched: string[] = []
  for (const f of files) {
    byPath.set(f.path, f)
    touched.push(f.path)
    if (f.previousPath) {
      byPreviousPath.set(f.previousPath, f)
      touched.push(f.previousPath)
    }
  }
  return { byPath, byPreviousPath, touched }
}

function describe(change: FileChange): string {
  return change.status === 'renamed' ? `renamed from ${change.previousPath}` : change.status
}

/** Changed paths matching a literal path or a picomatch glob. */
function matching(pattern: string, index: ChangeIndex): string[] {
  const literal = safePath(pattern)
  if (index.byPath.has(literal) || index.byPreviousPath.has(literal)) return [literal]
  if (!picomatch().scan(pattern).isGlob) return []
  const isMatch = picomatch()(pattern, { dot: true })
  return index.touched.filter(p => isMatch(p))
}

interface PromptOutcome {
  change: AffectedChange
  basePromptPath?: string
  reason?: string
}

function promptOutcome(
  head: SuiteFileSet | undefined,
  base: SuiteFileSet | undefined,
  baseKnown: boolean,
  index: ChangeIndex
): PromptOutcome {
  if (!head) {
    // Only in the base config: the suite is gone from head.
    const basePrompt = safePath(base!.prompt)
    return {
      change: 'deleted',
      basePromptPath: basePrompt,
      reason: `suite removed from the config (prompt ${basePrompt})`
    }
  }
  const headPrompt = safePath(head.prompt)
  const direct = index.byPath.get(headPrompt)
  const basePrompt = base ? safePath(base.prompt) : undefined

  if (direct?.status === 'removed')
    return { change: 'deleted', basePromptPath: headPrompt, reason: `prompt ${headPrompt} deleted` }
  if (direct?.status === 'renamed') {
    return {
      change: 'renamed',
      basePromptPath: direct.previousPath!,
      reason: `prompt ${headPrompt} renamed from ${direct.previousPath}`
    }
  }
  if (basePrompt !== undefined && basePrompt !== headPrompt) {
    // The config now points at another file: compare against the file the base config used.
    const reason = `prompt path changed in the config from ${basePrompt} to ${headPrompt}`
    return { change: 'modified', basePromptPath: basePrompt, reason }
  }
  if (direct?.status === 'added') return { change: 'added', reason: `prompt ${headPrompt} added` }
  if (direct?.status === 'modified')
    return { change: 'modified', basePromptPath: headPrompt, reason: `prompt ${headPrompt} modified` }
  const outcome: PromptOutcome = { change: 'unchanged', basePromptPath: headPrompt }
  if (baseKnown && !base) outcome.reason = 'suite added to the config'
  return outcome
}

/**
 * Which suites a change set affects. Pass the suites of BOTH configs: a suite only in base is
 * `deleted`, one only in head is new. The prompt decides `change`; datasets, schemas, `files`
 * globs and the config file only add reasons.
 */
export function affectedSuites(input: AffectedSuitesInput): AffectedSuite[] {
  const index = indexChanges(input.changes.files)
  const configPath = safePath(input.configPath)
  const configChange = index.byPath.get(configPath)
  const baseById = new Map((input.base ?? []).map(s => [s.id, s]))
  const headIds = new Set(input.head.map(s => s.id))
  const ids = [
    ...input.head.map(s => s.id),
    ...(input.base ?? []).map(s => s.id).filter(id => !headIds.has(id))
  ]

  return ids.map(id => {
    const head = input.head.find(s => s.id === id)
    const base = baseById.get(id)
    const outcome = promptOutcome(head, base, input.base !== undefined, index)
    const reasons: string[] = outcome.reason ? [outcome.reason] : []

    const patterns = new Set([...(head?.files ?? []), ...(base?.files ?? [])])
    const seen = new Set<FileChange>()
    for (const pattern of patterns) {
      for (const path of matching(pattern, index)) {
        const change = index.byPath.get(path) ?? index.byPreviousPath.get(path)!
        if (seen.has(change)) continue
        seen.add(change)
        reasons.push(`${change.path} ${describe(change)}`)
      }
    }

    const fingerprintsEqual =
      head?.configFingerprint !== undefined && head.configFingerprint === base?.configFingerprint
    if (configChange && head && !fingerprintsEqual)
      reasons.push(`config ${configPath} ${describe(configChange)}`)

    if (!input.changes.complete && reasons.length === 0) {
      reasons.push('the changed-file list is incomplete, so every suite is evaluated')
    }

    const result: AffectedSuite = { id, affected: reasons.length > 0, change: outcome.change, reasons }
    if (head) result.promptPath = safePath(head.prompt)
    if (outcome.basePromptPath !== undefined) result.basePromptPath = outcome.basePromptPath
    return result
  })
}
