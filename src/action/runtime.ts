// The action's side effects behind small interfaces, so every step of the gate runs in-process in
// tests with fakes. main.ts binds them to @actions/core, the GitHub client, git and the clock.
import type { GitHubApi } from '../github/api.js'
import type { LocalGit } from '../repo/git.js'

/** Where an annotation points; structurally @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** The runner as the action talks to it (the @actions/core calls PromptGate makes). */
export interface ActionRuntime {
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  setFailed(message: string): void
  /** Appends markdown/HTML to the job summary; fails outside a runner (no summary file). */
  writeSummary(markdown: string): Promise<void>
}

/** Everything outside the process that the gate reads or talks to. */
export interface GateWorld {
  runtime: ActionRuntime
  env: NodeJS.ProcessEnv
  /** Epoch ms. */
  now(): number
  readFile(path: string): Promise<string>
  github(options: { token: string; apiUrl?: string }): GitHubApi
  git(workspace: string): LocalGit
}
