import { SourceError, type SourceIssue } from '../core/errors.js'

/** Every bad row of a dataset file, each with file:line and key; no row is dropped silently. */
export class DatasetError extends SourceError {
  constructor(issues: readonly SourceIssue[], title = `Invalid dataset ${issues[0]?.file ?? ''}`) {
    super(title.trim(), issues)
    this.name = 'DatasetError'
  }
}
