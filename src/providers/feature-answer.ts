// The answer of a feature provider (`http`, `exec`): the text its users would see, read from the
// feature's reply by the JSON paths the config names. One rule for both, so a path that finds
// nothing, or finds a number, reads the same whichever way the feature is called.
import { readPath } from '../core/guards.js'

export interface AnswerPaths {
  /** Where the answer text is in a JSON reply. */
  outputPath?: string
  /** Where the reply says the answer came from (e.g. "model", "fallback", "cache"). */
  sourcePath?: string
}

export interface FeatureAnswer {
  text: string
  source?: string
}

/**
 * With no path configured, or a reply that is not JSON, the raw text is the answer. Otherwise
 * the value at `outputPath` (a string as it is, nothing or null as '', anything else as JSON);
 * `sourcePath` counts only when it finds a string.
 */
export function answerFromReply(raw: string, paths: AnswerPaths): FeatureAnswer {
  if (!paths.outputPath && !paths.sourcePath) return { text: raw }
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    // Not JSON although a path was configured: the raw text is what a user would see.
    return { text: raw }
  }
  const output = paths.outputPath ? readPath(body, paths.outputPath) : raw
  const source = paths.sourcePath ? readPath(body, paths.sourcePath) : undefined
  return { text: answerText(output), ...(typeof source === 'string' ? { source } : {}) }
}

/** A value found by a path, as answer text. */
export function answerText(value: unknown): string {
  if (typeof value === 'string') return value
  return value === undefined || value === null ? '' : JSON.stringify(value)
}
