import { SourceError, type SourceIssue } from '../core/errors.js'

/** A prompt file that cannot be used as it is; lists every problem with file:line. */
export class PromptError extends SourceError {
  constructor(issues: readonly SourceIssue[], title = `Invalid prompt file ${issues[0]?.file ?? ''}`) {
    super(title.trim(), issues)
    this.name = 'PromptError'
  }
}
