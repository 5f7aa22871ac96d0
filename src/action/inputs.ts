// The action's inputs, read once into a typed object. Nothing else calls getInput.
import { DEFAULT_CONFIG_PATH } from '../constants.js'

/** Input names as action.yml declares them. */
export const INPUT = {
  config: 'config',
  githubToken: 'github-token',
  comment: 'comment',
  commentAuthor: 'comment-author',
  baseRef: 'base-ref',
  baseline: 'baseline',
  workingDirectory: 'working-directory'
} as const

/** Output names as action.yml declares them. */
export const OUTPUT = {
  verdict: 'verdict',
  reason: 'reason',
  reportPath: 'report-path',
  logPath: 'log-path',
  commentUrl: 'comment-url',
  affectedSuites: 'affected-suites'
} as const

export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]'

export interface ActionInputs {
  configPath: string
  githubToken?: string
  comment: boolean
  commentAuthor: string
  baseRef?: string
  /** A stored baseline (`promptgate baseline`) standing in for the base side when it matches. */
  baselinePath?: string
  workingDirectory: string
}

/** Reads one input; the runner passes inputs as INPUT_<NAME> with spaces as underscores, upper-cased. */
export type InputReader = (name: string) => string

export class InputError extends Error {
  override name = 'InputError'
}

function optional(read: InputReader, name: string): string | undefined {
  const value = read(name).trim()
  return value === '' ? undefined : value
}

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = optional(read, name)
  if (value === undefined) return fallback
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new InputError(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${value}".`)
}

export function parseInputs(read: InputReader): ActionInputs {
  return {
    configPath: optional(read, INPUT.config) ?? DEFAULT_CONFIG_PATH,
    githubToken: optional(read, INPUT.githubToken),
    comment: boolean(read, INPUT.comment, true),
    commentAuthor: optional(read, INPUT.commentAuthor) ?? DEFAULT_COMMENT_AUTHOR,
    baseRef: optional(read, INPUT.baseRef),
    baselinePath: optional(read, INPUT.baseline),
    workingDirectory: optional(read, INPUT.workingDirectory) ?? '.'
  }
}

/** Reads inputs from the environment exactly as @actions/core does, without importing it. */
export function envInputReader(env: NodeJS.ProcessEnv): InputReader {
  return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}
