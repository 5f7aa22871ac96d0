// Local git, read-only, through execFile with argument arrays: file names and refs from a PR are
// untrusted, so nothing ever passes through a shell.
import { execFile } from 'node:child_process'
import { decodeTextFile } from '../core/text-file.js'
import { normalizeRepoPath, NotAFileError } from './paths.js'
import { refuseOversized } from './size.js'

export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed'

export interface FileChange {
  /** Repo-relative path in head (for `removed`: the path that was removed). */
  path: string
  status: ChangeStatus
  /** For `renamed`: the path in base. */
  previousPath?: string
}

export interface LocalGit {
  /** True when the commit object is present locally (a shallow checkout often lacks the base). */
  hasCommit(rev: string): Promise<boolean>
  /** Contents of `path` at `rev`, undefined when the path does not exist there. */
  readFile(rev: string, path: string): Promise<string | undefined>
  /** Changes from the merge base of base and head to head, like a PR's "Files changed". */
  diff(base: string, head: string): Promise<FileChange[]>
}

/** Enough for the largest diffs and prompt files we read; git output past it is an error, not a cut. */
const GIT_MAX_BUFFER = 64 * 1024 * 1024

class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly exitCode: number | undefined
  ) {
    super(message)
    this.name = 'GitError'
  }
}

function checkRev(rev: string): string {
  if (!rev || rev.startsWith('-') || /[\s\0]/.test(rev))
    throw new Error(`Not a usable git revision: "${rev}"`)
  return rev
}

export function createLocalGit(repoRoot: string): LocalGit {
  const runBytes = (args: string[]) =>
    new Promise<Buffer>((resolve, reject) => {
      execFile(
        'git',
        args,
        {
          cwd: repoRoot,
          maxBuffer: GIT_MAX_BUFFER,
          encoding: 'buffer',
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
        },
        (error, stdout, stderrBytes) => {
          if (error) {
            const stderr = stderrBytes.toString('utf8')
            const code = typeof error.code === 'number' ? error.code : undefined
            reject(new GitError(`git ${args[0]} failed: ${stderr.trim() || error.message}`, stderr, code))
          } else resolve(stdout)
        }
      )
    })
  // git's own output (refs, types, paths with core.quotepath=off) is UTF-8.
  const run = async (args: string[]) => (await runBytes(args)).toString('utf8')

  return {
    async hasCommit(rev) {
      try {
        await run(['cat-file', '-e', `${checkRev(rev)}^{commit}`])
        return true
      } catch (error) {
        if (error instanceof GitError) return false
        throw error
      }
    },

    async readFile(rev, path) {
      const safe = normalizeRepoPath(path)
      const spec = `${checkRev(rev)}:${safe}`
      // `cat-file -e` tells "absent" apart from real failures without parsing localized messages.
      try {
        await run(['cat-file', '-e', spec])
      } catch (error) {
        if (error instanceof GitError) return undefined
        throw error
      }
      const type = (await run(['cat-file', '-t', spec])).trim()
      if (type !== 'blob') throw new NotAFileError(`${safe} at ${rev} is a ${type}, expected a file`)
      // The size first (the object header, not its content): an oversized blob is never read.
      refuseOversized(safe, Number((await run(['cat-file', '-s', spec])).trim()), `commit ${rev.slice(0, 7)}`)
      // cat-file blob: no textconv or filters, and a symlink yields its target path, never the target's content.
      // File contents go through the one decoder: UTF-16 is decoded, binary refused.
      return decodeTextFile(safe, await runBytes(['cat-file', 'blob', spec]))
    },

    async diff(base, head) {
      const out = await run([
        '-c',
        'core.quotepath=off',
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-ext-diff',
        `${checkRev(base)}...${checkRev(head)}`
      ])
      return parseNameStatusZ(out)
    }
  }
}

/** Parses `git diff --name-status -z` output: STATUS\0path\0 or R<score>\0old\0new\0. */
export function parseNameStatusZ(out: string): FileChange[] {
  const fields = out.split('\0')
  const changes: FileChange[] = []
  let i = 0
  while (i < fields.length) {
    const status = fields[i++]
    if (!status) continue
    const code = status[0]
    if (code === 'R' || code === 'C') {
      const from = fields[i++] ?? ''
      const to = fields[i++] ?? ''
      changes.push(
        code === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' }
      )
      continue
    }
    const path = fields[i++] ?? ''
    if (code === 'A') changes.push({ path, status: 'added' })
    else if (code === 'D') changes.push({ path, status: 'removed' })
    else changes.push({ path, status: 'modified' })
  }
  return changes
}
