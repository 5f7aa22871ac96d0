// Paths named in the config are relative to the repository root and must stay inside it: on
// pull_request_target a PR's config and files are attacker-controlled, and even locally a report
// written outside the checkout is a surprise. A committed symlink is followed by every write, so
// the check is made on real paths, not on the text.
import { resolve } from 'node:path'
import { DEFAULT_CACHE_DIR, DEFAULT_LOG_PATH, DEFAULT_REPORT_PATH } from '../constants.js'
import { SourceError } from '../core/errors.js'
import { isInside, realExisting } from '../repo/paths.js'
import type { Config } from './schema.js'

export function resolveConfigPath(root: string, path: string, key: string, configFile: string): string {
  const full = resolve(root, path)
  const outside = !isInside(root, full) || !isInside(realExisting(root), realExisting(full))
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
