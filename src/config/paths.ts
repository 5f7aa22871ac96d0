// Paths named in the config are relative to the repository root and must stay inside it: on
// pull_request_target a PR's config is attacker-controlled, and even locally a report written
// outside the checkout is a surprise.
import { isAbsolute, relative, resolve } from 'node:path'
import { SourceError } from './errors.js'

export function resolveConfigPath(root: string, path: string, key: string, configFile: string): string {
  const full = resolve(root, path)
  const rel = relative(root, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new SourceError(`Unsafe path in ${configFile}`, [
      {
        file: configFile,
        path: key,
        message: `"${path}" points outside the repository; use a path inside it, e.g. .promptgate/${key.split('.').pop() ?? 'out'}`
      }
    ])
  }
  return full
}
