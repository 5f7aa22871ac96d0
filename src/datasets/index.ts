import type { RepoFiles, TestCase } from '../core/types.js'
import type { SourceIssue } from '../core/errors.js'
import { readRequired } from '../repo/files.js'
import { parseDataset } from './parse.js'

export { DatasetError } from './errors.js'
export { canonicalJson, contentCaseId, CASE_ID_HASH_CHARS, CASE_ID_MAX_CHARS } from './case.js'
export {
  datasetFormat,
  duplicateIdIssues,
  parseDataset,
  DATASET_MAX_ISSUES,
  type DatasetFormat
} from './parse.js'

/** Reads and parses one dataset file of a version; a missing file is a `MissingFileError`. */
export async function loadDataset(
  path: string,
  files: RepoFiles,
  reference?: Omit<SourceIssue, 'message'>
): Promise<TestCase[]> {
  const text = await readRequired(files, path, 'dataset', reference)
  return parseDataset(path, text)
}
