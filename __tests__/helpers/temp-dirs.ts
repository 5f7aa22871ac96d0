// Temporary folders for tests, removed after the test file: a test run must leave the temp
// directory as it found it (RULES: tests remove the temp folders they create).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TempDirs {
  /** A fresh folder `<tmp>/<prefix>XXXXXX`, removed in afterAll. */
  make(prefix: string): string
  /** A path in the temp directory that is not created, but removed in afterAll if a test made it. */
  reserve(name: string): string
}

/** Call once at the top level of a test file. */
export function useTempDirs(): TempDirs {
  const created: string[] = []
  afterAll(() => {
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return {
    make(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix))
      created.push(dir)
      return dir
    },
    reserve(name) {
      const path = join(tmpdir(), name)
      created.push(path)
      return path
    }
  }
}
