// Real temporary git repositories for tests: commits built from file maps, shallow clones.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' })
}

export interface TempRepo {
  dir: string
  /** Writes (string) or deletes (null) files, commits, returns the sha. */
  commit(files: Record<string, string | null>, message?: string): string
  cleanup(): void
}

const dirs: string[] = []

export function tempDir(prefix = 'promptgate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

export function cleanupTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
}

export function tempRepo(): TempRepo {
  const dir = tempDir()
  git(dir, ['init', '-q', '-b', 'main'])
  return {
    dir,
    commit(files, message = 'change') {
      for (const [path, content] of Object.entries(files)) {
        const full = join(dir, path)
        if (content === null) {
          git(dir, ['rm', '-q', '--', path])
        } else {
          mkdirSync(dirname(full), { recursive: true })
          writeFileSync(full, content)
          git(dir, ['add', '--', path])
        }
      }
      git(dir, ['commit', '-q', '--allow-empty', '-m', message])
      return git(dir, ['rev-parse', 'HEAD']).trim()
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** `git clone --depth 1 file://…`: the shallow single-commit checkout actions/checkout makes. */
export function shallowClone(source: string): string {
  const dir = tempDir('promptgate-shallow-')
  git(dir, ['clone', '-q', '--depth', '1', `file://${source}`, '.'])
  return dir
}
