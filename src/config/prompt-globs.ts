// Prompt globs: `prompt: "prompts/**/*.prompt.yml"` in a suite entry expands to one suite per
// matching file, each sharing the entry's checks, thresholds and sampling. Repositories that used
// GitHub Models keep many self-contained `.prompt.yml` files; one entry covers them all.
import { picomatch } from '../core/vendor.js'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { SourceError } from '../core/errors.js'
import type { RepoFiles } from '../core/types.js'
import { DISCOVERY_GLOB, isDiscoveryEntry } from './discovery.js'
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

/** Characters picomatch can read as glob syntax; a path without any of them is a plain path. */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/

export function isPromptGlob(prompt: string): boolean {
  // Every suite's prompt is asked; plain paths need no glob library loaded (core/vendor.ts).
  return GLOB_SYNTAX.test(prompt) && picomatch().scan(prompt).isGlob
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
  const base = picomatch().scan(glob).base
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

interface GlobProblem {
  index: number
  /** Set for zero config: the config file to write (there is no file, line or key to point at). */
  file?: string
  path: string
  message: string
}

/**
 * A glob entry that matches no file, or too many. Too many is refused, not cut to the first 500:
 * a gate that evaluated some prompts and skipped the rest would pass a PR whose regression sits
 * in a skipped file. Zero config (no config file) gets the same cap as a glob, in its own words.
 */
function matchProblem(
  index: number,
  suite: SuiteConfig,
  count: number,
  label: string
): GlobProblem | undefined {
  if (count > 0 && count <= MAX_SUITES_PER_GLOB) return undefined
  // Discovery only runs when the default config path has no file: that is the file to write.
  if (isDiscoveryEntry(suite))
    return {
      index,
      file: DEFAULT_CONFIG_PATH,
      path: '',
      message:
        count === 0
          ? `there is no config file and no prompt file (${DISCOVERY_GLOB}) in ${label} to discover; create the config (a minimal one needs \`version: 1\`, \`providers:\` and \`suites:\`)`
          : `zero-config discovery found ${count} prompt files (${DISCOVERY_GLOB}), more than the ${MAX_SUITES_PER_GLOB} suites it may run; ` +
            `none was evaluated: write a config whose suites name the prompts to gate (a glob per folder, each up to ${MAX_SUITES_PER_GLOB} files)`
    }
  return {
    index,
    path: `suites[${index}].prompt`,
    message:
      count === 0
        ? `the prompt glob "${suite.prompt}" matches no file in ${label}; fix the pattern or add prompt files`
        : `the prompt glob "${suite.prompt}" matches ${count} files, more than the ${MAX_SUITES_PER_GLOB} suites one entry may expand to; narrow the pattern (e.g. a folder) or split the entry`
  }
}

/** Files a glob matches in one version of the repo, sorted. */
export function matchFiles(glob: string, all: readonly string[]): string[] {
  const isMatch = picomatch()(glob, { dot: true })
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
  const problems: GlobProblem[] = []
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
    const problem = matchProblem(index, suite, matched.length, files.label)
    if (problem) {
      problems.push(problem)
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
      problems.map(({ index, file, path, message }) => ({
        ...(configLocation(config, ['suites', index, 'prompt']) ?? { file: file ?? configFile, path }),
        message
      }))
    )
  return entries
}
