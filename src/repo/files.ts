// RepoFiles for both sides of a PR. Base: the commit from local git when present, else the
// contents API (the default actions/checkout is a shallow single-commit clone without the base).
// Head: the working tree, confined to the repo root because PR file names are untrusted.
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_OUTPUT_DIR } from '../constants.js'
import { MissingFileError, readDecoded, SourceError, type SourceIssue } from '../core/errors.js'
import { decodeTextFile } from '../core/text-file.js'
import type { RepoFiles, RepoRef } from '../core/types.js'
import { stripBom } from '../core/yaml.js'
import type { LocalGit } from './git.js'
import { isInside, normalizeRepoPath, NotAFileError, UnsafePathError } from './paths.js'
import { OversizedFileError, refuseOversized } from './size.js'

export type BaseFilesSource = 'git' | 'api'

/** Reads a file at a commit without the local clone (GitHub's contents API; see github/client.ts). */
export interface ContentsApi {
  /** Text of a file at a ref, or undefined when the path does not exist there. */
  getFileText(repo: RepoRef, path: string, ref: string): Promise<string | undefined>
}

export interface GitRepoFiles extends RepoFiles {
  /** Which source serves the reads; resolved on first read. For the report's notes. */
  source(): Promise<BaseFilesSource>
}

export interface GitRepoFilesOptions {
  /** Commit (or ref) of this version. */
  rev: string
  git: LocalGit
  /** For the contents API fallback; without it a missing commit is an error that says how to fix it. */
  api?: ContentsApi
  repo?: RepoRef
  label?: string
}

export function gitRepoFiles(options: GitRepoFilesOptions): GitRepoFiles {
  const { rev, git, api, repo } = options
  let sourcePromise: Promise<BaseFilesSource> | undefined
  const source = () => {
    sourcePromise ??= git.hasCommit(rev).then(present => {
      if (present) return 'git'
      if (api && repo) return 'api'
      throw new Error(
        `Commit ${rev} is not in the local clone and no GitHub API is available to read it. ` +
          'Use actions/checkout with `fetch-depth: 0`, or pass a token.'
      )
    })
    return sourcePromise
  }
  return {
    label: options.label ?? `base (${rev.slice(0, 7)})`,
    source,
    async readText(path: string) {
      const safe = normalizeRepoPath(path)
      if ((await source()) === 'git' || !api || !repo) return git.readFile(rev, safe)
      return api.getFileText(repo, safe, rev)
    }
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/** The working tree at `root`. Refuses `..`, absolute paths and symlinks that lead outside root. */
export function fsRepoFiles(root: string, label = 'head'): RepoFiles {
  let realRoot: Promise<string> | undefined
  return {
    label,
    async readText(path: string) {
      const safe = normalizeRepoPath(path)
      realRoot ??= realpath(root)
      const rootReal = await realRoot
      let target: string
      try {
        target = await realpath(join(rootReal, safe))
      } catch (error) {
        if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined
        throw error
      }
      if (!isInside(rootReal, target, { allowRoot: true }))
        throw new UnsafePathError(path, 'a symlink leads outside the repository')
      const info = await stat(target)
      if (info.isDirectory()) throw new NotAFileError(`${safe} is a directory, expected a file`)
      if (!info.isFile()) throw new UnsafePathError(path, 'not a regular file (a device, socket or pipe)')
      refuseOversized(safe, info.size, label)
      // decodeTextFile tells UTF-16/32 (whose NUL bytes are text) from binary files, naming the file.
      return decodeTextFile(safe, await readFile(target))
    },
    async listFiles() {
      return listWorkingTree(await (realRoot ??= realpath(root)))
    }
  }
}

/** Folders a prompt glob never looks into: git's own data, installed packages, our outputs. */
const UNLISTED_FOLDERS = new Set(['.git', 'node_modules', DEFAULT_OUTPUT_DIR])

/** Most files listed for glob matching; a working tree beyond it is an error, not a silent cut. */
export const MAX_LISTED_FILES = 200_000

/** Regular files under root, repo-relative with `/`; symlinks are not followed. */
async function listWorkingTree(root: string): Promise<string[]> {
  const out: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    const entries = await readdir(join(root, dir), { withFileTypes: true })
    for (const entry of entries) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!UNLISTED_FOLDERS.has(entry.name)) pending.push(rel)
      } else if (entry.isFile()) {
        out.push(rel)
        if (out.length > MAX_LISTED_FILES)
          throw new Error(
            `more than ${MAX_LISTED_FILES} files under ${root}: narrow the prompt glob's folder`
          )
      }
    }
  }
  return out.sort()
}

/** Reads a file a suite needs; a missing one is a `MissingFileError` naming the version. */
export async function readRequired(
  files: RepoFiles,
  path: string,
  what: string,
  reference?: Omit<SourceIssue, 'message'>
): Promise<string> {
  const text = await readDecoded(() => files.readText(path)).catch((error: unknown) => {
    // A path the config names that is refused (outside the repository, a directory, too big) is
    // bad input: an error at the config line that names it, not a crash.
    const refused =
      error instanceof UnsafePathError ||
      error instanceof NotAFileError ||
      error instanceof OversizedFileError
    if (!refused || !reference) throw error
    throw new SourceError(`Unreadable ${what} ${path}`, [
      { ...reference, message: `${what}: ${error.message}` }
    ])
  })
  if (text !== undefined) return stripBom(text)
  const named = reference ? ` (named by ${reference.path} in ${reference.file})` : ''
  const message = `${what} ${path} does not exist in ${files.label}${named}; fix the path or add the file`
  throw new MissingFileError(path, files.label, message, reference ? { ...reference, message } : undefined)
}
