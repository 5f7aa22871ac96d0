// Test doubles for RepoFiles: a directory of fixtures and an in-memory map.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoFiles } from '../../src/core/types.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

export function dirFiles(root: string, label = 'head'): RepoFiles & { reads: string[] } {
  const reads: string[] = []
  return {
    label,
    reads,
    async readText(path) {
      reads.push(path)
      try {
        return await readFile(join(root, path), 'utf8')
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return undefined
        throw error
      }
    }
  }
}

export function memFiles(files: Record<string, string>, label = 'head'): RepoFiles {
  return {
    label,
    async readText(path) {
      return Object.hasOwn(files, path) ? files[path] : undefined
    }
  }
}

/** Runs `fn` and returns what it threw, failing the test when it does not throw. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw')
}

export async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}
