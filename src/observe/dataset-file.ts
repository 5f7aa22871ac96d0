// Imported rows written in the format of the dataset they extend, readable by src/datasets as is.
import { stringify } from 'yaml'
import { datasetFormat } from '../datasets/parse.js'
import type { ImportedRow } from './import.js'

export class DatasetOutputError extends Error {
  override name = 'DatasetOutputError'
}

export function renderDatasetFile(path: string, rows: readonly ImportedRow[], header: string): string {
  const format = datasetFormat(path)
  if (format === 'jsonl')
    return rows.map(row => JSON.stringify(row)).join('\n') + (rows.length > 0 ? '\n' : '')
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n'
  if (format === 'yaml') {
    const comment = header
      .split('\n')
      .map(line => `# ${line}`)
      .join('\n')
    return `${comment}\n${rows.length > 0 ? stringify(rows, { lineWidth: 0 }) : '[]\n'}`
  }
  // CSV has no place for per-case checks and provenance: the rejected answers would be lost.
  throw new DatasetOutputError(
    `${path}: imported cases are written as .jsonl, .json or .yaml (CSV cannot hold their checks and provenance); pass --out with one of those extensions`
  )
}
