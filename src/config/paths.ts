// Paths named in the config are relative to the repository root and must stay inside it: on
// pull_request_target a PR's config and files are attacker-controlled, and even locally a report
// written outside the checkout is a surprise. A committed symlink is followed by every write, so
// the check is made on real paths, not on the text.
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { DEFAULT_CACHE_DIR, DEFAULT_LOG_PATH, DEFAULT_OUTPUT_DIR, DEFAULT_REPORT_PATH } from '../constants.js'
import { SourceError } from '../core/errors.js'
import { isInside, resolveInside } from '../repo/paths.js'
import type { Config } from './schema.js'

export function resolveConfigPath(root: string, path: string, key: string, configFile: string): string {
  const { full, outside } = resolveInside(root, path)
  if (outside) {
    throw new SourceError(`Unsafe path in ${configFile}`, [
      {
        file: configFile,
        path: key,
        message: `"${path}" points outside the repository (or through a symlink out of it); use a path inside it, e.g. .promptgate/${key.split('.').pop() ?? 'out'}`
      }
    ])
  }
  return full
}

export interface OutputPaths {
  report: string
  log: string
  cache: string
}

/** The report, call log and cache directory the config names (or their defaults), inside `root`. */
export function configuredOutputPaths(root: string, config: Config, configFile: string): OutputPaths {
  const run = config.run
  return {
    report: resolveConfigPath(root, run?.reportPath ?? DEFAULT_REPORT_PATH, 'run.reportPath', configFile),
    log: resolveConfigPath(root, run?.logPath ?? DEFAULT_LOG_PATH, 'run.logPath', configFile),
    cache: resolveConfigPath(root, run?.cacheDir ?? DEFAULT_CACHE_DIR, 'run.cacheDir', configFile)
  }
}

export const OUTPUT_GITIGNORE =
  '# Written by PromptGate: reports, call logs and the response cache are run outputs, not sources.\n*\n'

/**
 * Keeps the outputs out of git without the user editing their .gitignore: when an output lies in
 * `<root>/.promptgate/`, that folder gets a `.gitignore` ignoring everything in it (an existing
 * one is left alone).
 */
export async function ignoreOutputFolder(root: string, paths: OutputPaths): Promise<void> {
  const folder = resolve(root, DEFAULT_OUTPUT_DIR)
  if (![paths.report, paths.log, paths.cache].some(path => isInside(folder, path))) return
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, '.gitignore'), OUTPUT_GITIGNORE, { flag: 'wx' }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error
  })
}
