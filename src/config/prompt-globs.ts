// Prompt globs: `prompt: "prompts/**/*.prompt.yml"` in a suite entry expands to one suite per
// matching file, each sharing the entry's checks, thresholds and sampling. Repositories that used
// GitHub Models keep many self-contained `.prompt.yml` files; one entry covers them all.
import picomatch from 'picomatch'
import { SourceError } from '../core/errors.js'
import type { RepoFiles } from '../core/types.js'
import { configLocation } from './load.js'
import type { Config, SuiteConfig } from './schema.js'

/** One concrete suite of a config entry: the entry itself, or one file of its glob. */
export interface SuiteEntry {
  /** Index of the entry in `config.suites`, for file:line references. */
  index: number
  suite: SuiteConfig
  /** Set when the entry's prompt is a glob: the pattern the file matched. */
  glob?: string
}

export function isPromptGlob(prompt: string): boolean {
  return picomatch.scan(prompt).isGlob
}

/** The extensions stripped from a matched path to form its suite id. */
const PROMPT_EXTENSIONS = /\.prompt\.ya?ml$|\.ya?ml$|\.md$|\.txt$/i

/**
 * A stable suite id from a matched file: the path below the glob's fixed base, without its
 * extension, `/` as `.`, other characters outside the id alphabet as `-`; prefixed with the
 * entry's id. `prompts/**\/*.prompt.yml` with id `support` and `prompts/billing/refund.prompt.yml`
 * → `support.billing.refund`.
 */
export function suiteIdForFile(entryId: string | undefined, glob: string, file: string): string {
  const base = picomatch.scan(glob).base
  const below = base && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file
  const stem = below
    .replace(PROMPT_EXTENSIONS, '')
    .split('/')
    .map(part => part.replace(/^\.+/, '').replace(/[^A-Za-z0-9._-]/g, '-'))
    .join('.')
  return entryId ? `${entryId}.${stem}` : stem
}

/**
 * The most suites one glob entry may expand to. Each suite is a base-vs-head evaluation with its
 * own model calls and comment section; a pattern matching more files than this is almost always
 * a mistake (e.g. `**` over a vendored folder), so it is refused with the count rather than run.
 */
export const MAX_SUITES_PER_GLOB = 500

/** Files a glob matches in one version of the repo, sorted. */
export function matchFiles(glob: string, all: readonly string[]): string[] {
  const isMatch = picomatch(glob, { dot: true })
  return all.filter(path => isMatch(path)).sort()
}

/**
 * The concrete suites of a config: entries with a literal prompt as they are, glob entries one
 * per matching file. A glob that matches nothing is an error naming the entry; so is an id two
 * suites would share.
 */
export async function expandSuiteEntries(
  config: Config,
  files: RepoFiles,
  configFile: string
): Promise<SuiteEntry[]> {
  const entries: SuiteEntry[] = []
  let listing: string[] | undefined
  const problems: { index: number; path: string; message: string }[] = []
  for (const [index, suite] of config.suites.entries()) {
    if (!isPromptGlob(suite.prompt)) {
      entries.push({ index, suite })
      continue
    }
    if (!files.listFiles) {
      problems.push({
        index,
        path: `suites[${index}].prompt`,
        message: `the prompt glob "${suite.prompt}" needs a file listing, which ${files.label} cannot give`
      })
      continue
    }
    listing ??= await files.listFiles()
    const matched = matchFiles(suite.prompt, listing)
    if (matched.length === 0) {
      problems.push({
        index,
        path: `suites[${index}].prompt`,
        message: `the prompt glob "${suite.prompt}" matches no file in ${files.label}; fix the pattern or add prompt files`
      })
    }
    if (matched.length > MAX_SUITES_PER_GLOB) {
      problems.push({
        index,
        path: `suites[${index}].prompt`,
        message: `the prompt glob "${suite.prompt}" matches ${matched.length} files, more than the ${MAX_SUITES_PER_GLOB} suites one entry may expand to; narrow the pattern (e.g. a folder) or split the entry`
      })
      continue
    }
    for (const file of matched)
      entries.push({
        index,
        glob: suite.prompt,
        suite: { ...suite, id: suiteIdForFile(suite.id, suite.prompt, file), prompt: file }
      })
  }
  const seen = new Map<string, SuiteEntry>()
  for (const entry of entries) {
    const first = seen.get(entry.suite.id)
    if (first)
      problems.push({
        index: entry.index,
        path: `suites[${entry.index}].prompt`,
        message: `suite id "${entry.suite.id}" (${entry.suite.prompt}) is also the id of ${first.suite.prompt}; give the entries distinct ids`
      })
    else seen.set(entry.suite.id, entry)
  }
  if (problems.length > 0)
    throw new SourceError(
      'Prompt globs',
      problems.map(({ index, path, message }) => ({
        ...(configLocation(config, ['suites', index, 'prompt']) ?? { file: configFile, path }),
        message
      }))
    )
  return entries
}
