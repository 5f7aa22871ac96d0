// Loads the prompt of a suite from one version of the repo: a GitHub Models `.prompt.yml`, or a
// text/markdown template that becomes one message (plus an optional system template).
import type { Message, PromptDefinition, RepoFiles } from '../core/types.js'
import type { SuiteConfig } from '../config/schema.js'
import { MissingFileError, type SourceIssue } from '../config/errors.js'
import { stripBom } from '../config/yaml.js'
import { isGhModelsPromptPath } from './files.js'
import { parseGhModelsPrompt, type PromptLoadOptions } from './gh-models.js'

/** What the prompt loader needs of a suite. */
export type PromptSource = Pick<SuiteConfig, 'prompt' | 'role' | 'system'>

export interface LoadPromptOptions extends PromptLoadOptions {
  /** Where the config names the prompt (and the system template), for missing-file errors. */
  promptReference?: Omit<SourceIssue, 'message'>
  systemReference?: Omit<SourceIssue, 'message'>
}

/** Reads a file a suite needs; a missing one is a `MissingFileError` naming the version. */
export async function readRequired(
  files: RepoFiles,
  path: string,
  what: string,
  reference?: Omit<SourceIssue, 'message'>
): Promise<string> {
  const text = await files.readText(path)
  if (text !== undefined) return stripBom(text)
  const named = reference ? ` (named by ${reference.path} in ${reference.file})` : ''
  const message = `${what} ${path} does not exist in ${files.label}${named}; fix the path or add the file`
  throw new MissingFileError(path, files.label, message, reference ? { ...reference, message } : undefined)
}

/** A text/markdown template: the whole file is one message, after an optional system template. */
export function templatePrompt(
  file: string,
  text: string,
  role: 'system' | 'user' = 'user',
  system?: string
): PromptDefinition {
  const messages: Message[] = []
  if (system !== undefined) messages.push({ role: 'system', content: system })
  messages.push({ role, content: text })
  return { file, format: 'template', modelParameters: {}, messages, testData: [], checks: [] }
}

/** Loads a suite's prompt from `files` (head working tree or a base commit). */
export async function loadPrompt(
  suite: PromptSource,
  files: RepoFiles,
  options: LoadPromptOptions = {}
): Promise<PromptDefinition> {
  const text = await readRequired(files, suite.prompt, 'prompt file', options.promptReference)
  if (isGhModelsPromptPath(suite.prompt)) return parseGhModelsPrompt(suite.prompt, text, options)
  const system =
    suite.system === undefined
      ? undefined
      : await readRequired(files, suite.system, 'system template', options.systemReference)
  return templatePrompt(suite.prompt, text, suite.role, system)
}
