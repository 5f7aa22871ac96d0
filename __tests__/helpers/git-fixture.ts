// Real git repositories for end-to-end tests: an "origin" with branches and the refs GitHub keeps
// for a pull request (refs/pull/N/head, refs/pull/N/merge), and a workspace checked out the way
// actions/checkout does it for a pull_request event: one shallow commit, the base not present.
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Identity and isolation for every git command a fixture runs: no user or system config leaks in. */
export const GIT_FIXTURE_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_AUTHOR_NAME: 'Mona Lisa',
  GIT_AUTHOR_EMAIL: 'mona@example.invalid',
  GIT_COMMITTER_NAME: 'Mona Lisa',
  GIT_COMMITTER_EMAIL: 'mona@example.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0'
}

/** Enough for any fixture; a git command past it is a broken fixture, not a slow one. */
const GIT_TIMEOUT_MS = 15_000

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: GIT_FIXTURE_ENV,
    encoding: 'utf8',
    timeout: GIT_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** The same, without blocking the event loop (local servers in this process must keep answering). */
export function gitAsync(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: GIT_FIXTURE_ENV, encoding: 'utf8', timeout: GIT_TIMEOUT_MS },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`git ${args.join(' ')} failed: ${stderr || error.message}`))
          : resolve(stdout)
    )
  })
}

/** Files to write (string) or delete (null), by repo-relative path. */
export type FileChanges = Record<string, string | null>

export interface OriginRepo {
  dir: string
  /** file:// URL, as a remote. */
  url: string
  /** Commits `files` on `branch`, starting it at `from` when given. Returns the new sha. */
  commit(branch: string, files: FileChanges, message: string, from?: string): string
  /**
   * Publishes a pull request's refs as GitHub does: refs/pull/N/head at `head` and
   * refs/pull/N/merge at a test merge of `head` into `base`. Returns the merge sha.
   */
  publishPull(number: number, base: string, head: string): string
}

function writeFiles(dir: string, files: FileChanges): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) {
      git(dir, ['rm', '-q', '--', path])
      continue
    }
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
    git(dir, ['add', '--', path])
  }
}

function branchExists(dir: string, branch: string): boolean {
  try {
    git(dir, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`])
    return true
  } catch {
    return false
  }
}

export function createOrigin(root: string): OriginRepo {
  const dir = join(root, 'origin')
  mkdirSync(dir, { recursive: true })
  git(dir, ['init', '-q', '-b', 'main'])
  return {
    dir,
    url: `file://${dir}`,
    commit(branch, files, message, from) {
      if (from !== undefined) git(dir, ['checkout', '-q', '-B', branch, from])
      // The first commit goes on the unborn initial branch, which checkout cannot name yet.
      else if (branchExists(dir, branch)) git(dir, ['checkout', '-q', branch])
      writeFiles(dir, files)
      git(dir, ['commit', '-q', '--allow-empty', '-m', message])
      return git(dir, ['rev-parse', 'HEAD']).trim()
    },
    publishPull(number, base, head) {
      git(dir, ['checkout', '-q', '--detach', base])
      git(dir, ['merge', '-q', '--no-ff', '--no-edit', '-m', `Merge ${head} into ${base}`, head])
      const merge = git(dir, ['rev-parse', 'HEAD']).trim()
      git(dir, ['update-ref', `refs/pull/${number}/head`, head])
      git(dir, ['update-ref', `refs/pull/${number}/merge`, merge])
      git(dir, ['checkout', '-q', 'main'])
      return merge
    }
  }
}

/**
 * What actions/checkout does before its checkout: init, the origin remote, no auto-gc, then one
 * fetch with `fetchArgs` (the refspecs and depth, which are what differ between fetch depths).
 */
async function initAndFetch(origin: OriginRepo, workspace: string, fetchArgs: string[]): Promise<void> {
  mkdirSync(workspace, { recursive: true })
  await gitAsync(workspace, ['init', '-q'])
  await gitAsync(workspace, ['remote', 'add', 'origin', origin.url])
  await gitAsync(workspace, ['config', '--local', 'gc.auto', '0'])
  await gitAsync(workspace, ['-c', 'protocol.version=2', 'fetch', '-q', ...fetchArgs])
}

/**
 * What actions/checkout runs with the default fetch-depth 1: init, fetch exactly one commit at
 * depth 1 into `localRef`, check it out detached. Nothing else of the history is present.
 */
export async function checkoutCommit(
  origin: OriginRepo,
  workspace: string,
  sha: string,
  localRef: string
): Promise<void> {
  await initAndFetch(origin, workspace, [
    '--no-tags',
    '--prune',
    '--no-recurse-submodules',
    '--depth=1',
    'origin',
    `+${sha}:${localRef}`
  ])
  await gitAsync(workspace, ['checkout', '-q', '--force', localRef])
}

/**
 * actions/checkout with `fetch-depth: 0`: every branch and tag fetched, `branch` checked out.
 * The whole history is present, so git can diff and read any commit locally.
 */
export async function checkoutFullHistory(
  origin: OriginRepo,
  workspace: string,
  branch: string
): Promise<void> {
  await initAndFetch(origin, workspace, [
    '--prune',
    '--no-recurse-submodules',
    'origin',
    '+refs/heads/*:refs/remotes/origin/*',
    '+refs/tags/*:refs/tags/*'
  ])
  await gitAsync(workspace, ['checkout', '-q', '--force', '-B', branch, `refs/remotes/origin/${branch}`])
}

/** actions/checkout on a pull_request event: GITHUB_SHA is the test merge commit refs/pull/N/merge. */
export function checkoutPullRequest(
  origin: OriginRepo,
  workspace: string,
  prNumber: number,
  mergeSha: string
): Promise<void> {
  return checkoutCommit(origin, workspace, mergeSha, `refs/remotes/pull/${prNumber}/merge`)
}

/** Whether `rev` is a commit present in the repository at `dir`. */
export async function hasCommit(dir: string, rev: string): Promise<boolean> {
  try {
    await gitAsync(dir, ['cat-file', '-e', `${rev}^{commit}`])
    return true
  } catch {
    return false
  }
}

export function makeTempRoot(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
