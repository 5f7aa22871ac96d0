// Loads the prompt of a suite from one version of the repo: a GitHub Models `.prompt.yml`, or a
// text/markdown template that becomes one message (plus an optional system template).
import type { Message, PromptDefinition, RepoFiles } from '../core/types.js'
import type { SourceIssue } from '../core/errors.js'
import { readRequired } from '../repo/files.js'
import { isGhModelsPromptPath } from './files.js'
import { parseGhModelsPrompt, type PromptLoadOptions } from './gh-models.js'

/** What the prompt loader needs of a suite. */
export interface PromptSource {
  /** Repo-relative path of the prompt file. */
  prompt: string
  /** Template files only: the role of the template message. */
  role?: 'system' | 'user'
  /** Template files only: repo-relative path of a system message template. */
  system?: string
}

export interface LoadPromptOptions extends PromptLoadOptions {
  /** Where the config names the prompt (and the system template), for missing-file errors. */
  promptReference?: Omit<SourceIssue, 'message'>
  systemReference?: Omit<SourceIssue, 'message'>
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
