// Repo-relative paths come from config files and PRs, so they are untrusted: one gate for all.
import { posix } from 'node:path'

export class UnsafePathError extends Error {
  constructor(path: string, why: string) {
    super(
      `Refusing path "${path}": ${why}. Use a repo-relative path with forward slashes inside the repository.`
    )
    this.name = 'UnsafePathError'
  }
}

/** Normalizes a repo-relative POSIX path (drops `./`, collapses `a/../b`) or throws when it leaves the repo. */
export function normalizeRepoPath(path: string): string {
  if (!path) throw new UnsafePathError(path, 'empty path')
  if (path.includes('\0')) throw new UnsafePathError(path.replace(/\0/g, '\\0'), 'NUL byte')
  if (path.includes('\\')) throw new UnsafePathError(path, 'backslash (Windows separators are not accepted)')
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) throw new UnsafePathError(path, 'absolute path')
  const normalized = posix.normalize(path)
  if (normalized === '..' || normalized.startsWith('../'))
    throw new UnsafePathError(path, 'escapes the repository')
  if (normalized === '.' || normalized.endsWith('/')) throw new UnsafePathError(path, 'not a file path')
  return normalized
}
