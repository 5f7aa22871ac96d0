// Errors that point into a source file. Config, prompt and dataset loaders all report every
// problem they find at once, each with file:line:col and the key path, so a user fixes a file in
// one round trip instead of one error per CI run.
import { TextEncodingError } from './text-file.js'

/** One problem in a source file. `path` is the key path inside the file, e.g. `suites[0].model`. */
export interface SourceIssue {
  file: string
  /** 1-based; absent only when the position is unknown (never for YAML/JSON/CSV parse errors). */
  line?: number
  column?: number
  path: string
  message: string
}

/** A config problem: always positioned, plus what the schema expected and what it found. */
export interface ConfigIssue extends SourceIssue {
  line: number
  column: number
  expected: string
  found: string
}

/** `file:line:col: path: message`, the shape editors and GitHub annotations understand. */
export function formatIssue(issue: SourceIssue): string {
  let where = issue.file
  if (issue.line !== undefined) where += `:${issue.line}`
  if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`
  return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`
}

function describeIssues(title: string, issues: readonly SourceIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
  return [`${title} (${count}):`, ...issues.map(i => `  ${formatIssue(i)}`)].join('\n')
}

/** Base of every positioned loader error; `run()` can treat them alike (exit code 2, annotations). */
export class SourceError extends Error {
  constructor(
    title: string,
    readonly issues: readonly SourceIssue[]
  ) {
    super(describeIssues(title, issues))
    this.name = 'SourceError'
  }
}

export class ConfigError extends SourceError {
  declare readonly issues: readonly ConfigIssue[]
  constructor(issues: readonly ConfigIssue[], title = `Invalid PromptGate config ${issues[0]?.file ?? ''}`) {
    super(title.trim(), issues)
    this.name = 'ConfigError'
  }
}

/** A required file (config, prompt, dataset, system template) does not exist in this version. */
export class MissingFileError extends SourceError {
  constructor(
    readonly path: string,
    /** Which version was read, e.g. `head` or `base (abc1234)`. */
    readonly versionLabel: string,
    message: string,
    /** Where the file is named, when it is named in a config. */
    referencedFrom?: SourceIssue
  ) {
    super(`Missing file ${path} in ${versionLabel}`, [
      referencedFrom ? { ...referencedFrom, message } : { file: path, path: '', message }
    ])
    this.name = 'MissingFileError'
  }
}

/**
 * Reads a file through `read`; a file that is not UTF-8 text (see core/text-file.ts) becomes a
 * SourceError at that file, so it is listed with the other problems and annotated on the file.
 */
export async function readDecoded<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof TextEncodingError)) throw error
    throw new SourceError(`Unreadable file ${error.file}`, [
      { file: error.file, line: error.line, path: '', message: `this file ${error.reason}` }
    ])
  }
}

/** Combines errors of several files into one, keeping every issue. */
export function combineSourceErrors(errors: readonly SourceError[]): SourceError {
  if (errors.length === 1 && errors[0]) return errors[0]
  return new SourceError(
    'PromptGate could not load the suites',
    errors.flatMap(e => e.issues)
  )
}

/** Levenshtein distance, bounded to short keys: config keys are a few dozen characters. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost)
      diag = up
    }
  }
  return prev[b.length] ?? 0
}

/** The candidate closest to `word`, when it is close enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // A third of the word's length: `minPasRate` → `minPassRate`, but not `foo` → `id`.
  const limit = Math.max(1, Math.floor(Math.max(word.length, 3) / 3))
  return bestDistance <= limit ? best : undefined
}

/** `suites[0].thresholds.minPassRate`; keys that are not identifiers are bracket-quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else {
      const key = String(segment)
      if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key)) out += out === '' ? key : `.${key}`
      else out += `[${JSON.stringify(key)}]`
    }
  }
  return out
}
