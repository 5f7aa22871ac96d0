// The one rule for paths given on the command line (--config, --report, --baseline, import's
// --out, --summary): relative to the repository root wherever the CLI is started, and inside it.
// An absolute path is accepted when it lies inside the root. `..`, an absolute path elsewhere and
// a symlink that leads out are refused (exit code 2): the config's own paths obey the same rule
// (config/paths.ts), so a path means the same in a flag and in the file. Log files given to
// `import` and `insights` are the exception: they are read-only inputs that usually live outside
// the project (production logs), so they are relative to the current folder and may be anywhere.
import { relative, resolve, sep } from 'node:path'
import { resolveInside } from '../repo/paths.js'

/** A command-line path outside the repository root: a usage error, exit code 2. */
export class CliPathError extends Error {
  override name = 'CliPathError'
}

/** The absolute path `path` (given as `flag`) names, checked to be inside `rootDir`. */
export function cliPath(rootDir: string, flag: string, path: string): string {
  const root = resolve(rootDir)
  const { full, outside } = resolveInside(root, path)
  if (outside) {
    throw new CliPathError(
      `${flag} ${path}: outside the repository root ${root}${outside === 'through a symlink out of the repository' ? ' (through a symlink)' : ''}; paths on the command line are relative to the root and must stay inside it`
    )
  }
  return full
}

/** `cliPath` as a repo-relative POSIX path, for paths read through `RepoFiles` (the config). */
export function cliRepoPath(rootDir: string, flag: string, path: string): string {
  return relative(resolve(rootDir), cliPath(rootDir, flag, path))
    .split(sep)
    .join('/')
}
