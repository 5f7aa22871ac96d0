// Repo-relative paths come from config files and PRs, so they are untrusted: one gate for all.
import { existsSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, posix, relative, resolve } from 'node:path'

export class UnsafePathError extends Error {
  constructor(path: string, why: string) {
    super(
      `Refusing path "${path}": ${why}. Use a repo-relative path with forward slashes inside the repository.`
    )
    this.name = 'UnsafePathError'
  }
}

/** A path that names a directory (or a git tree) where a file is expected. */
export class NotAFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotAFileError'
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

/** True when `target` is `root` itself (if `allowRoot`) or lies below it; both absolute, same form. */
export function isInside(root: string, target: string, options: { allowRoot?: boolean } = {}): boolean {
  const rel = relative(root, target)
  if (rel === '') return options.allowRoot === true
  return rel !== '..' && !rel.startsWith(`..${posix.sep}`) && !rel.startsWith('..\\') && !isAbsolute(rel)
}

/** The real path of `path`'s deepest existing ancestor (itself when it exists), plus the rest. */
export function realExisting(path: string): string {
  let current = path
  while (!existsSync(current)) {
    const parent = dirname(current)
    if (parent === current) return current
    current = parent
  }
  return resolve(realpathSync(current), relative(current, path))
}

/**
 * Where `path` (relative to `root`, or absolute) leads, and whether that is inside `root`: the
 * one confinement rule for paths opened by name (config outputs, cassettes, custom rails modules,
 * command-line paths). Checked on the text and on real paths, since a committed symlink is
 * followed by every read and write.
 */
export function resolveInside(
  root: string,
  path: string
): { full: string; outside?: 'outside the repository' | 'through a symlink out of the repository' } {
  const base = resolve(root)
  const full = resolve(base, path)
  if (!isInside(base, full)) return { full, outside: 'outside the repository' }
  if (!isInside(realExisting(base), realExisting(full)))
    return { full, outside: 'through a symlink out of the repository' }
  return { full }
}
