// YAML parsing that keeps source positions, shared by the config, prompt and dataset loaders so
// every error can name the line of the offending key or value.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { SourceIssue } from './errors.js'

/** Alias expansion limit: stops a "billion laughs" document from exhausting memory. */
export const YAML_MAX_ALIAS_COUNT = 100

export interface Position {
  line: number
  column: number
}

export interface YamlSource {
  file: string
  doc: Document.Parsed
  lineCounter: LineCounter
  /** Syntax errors (bad indentation, duplicate keys, several documents…), positioned. */
  errors: SourceIssue[]
}

export function parseYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter()
  // prettyErrors off: we print our own `file:line:col` and want the bare message.
  const doc = parseDocument(stripBom(text), { lineCounter, prettyErrors: false, uniqueKeys: true })
  const errors = doc.errors.map(error => {
    const { line, col } = lineCounter.linePos(error.pos[0])
    return { file, line, column: col, path: '', message: yamlMessage(error.code, error.message) }
  })
  return { file, doc, lineCounter, errors }
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return `${message}: the same key appears twice in one mapping; keep one`
  return message
}

/** The document as plain JS. Throws only on runaway aliases, which callers report as an issue. */
export function yamlToJs(source: YamlSource): unknown {
  return source.doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT })
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function offsetPosition(source: YamlSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset)
  return { line, column: col }
}

/**
 * Position of the value at `path`, or of its key when `atKey` is set. A path that leaves the
 * document (a missing key) resolves to the deepest node that exists: the mapping that lacks it.
 */
export function positionAt(
  source: YamlSource,
  path: readonly PropertyKey[],
  options: { atKey?: boolean } = {}
): Position {
  let node: unknown = source.doc.contents
  let keyNode: Node | undefined
  let complete = true
  for (const segment of path) {
    const next = child(node, segment)
    if (!next) {
      complete = false
      break
    }
    node = next.value
    keyNode = next.key
  }
  const target = complete && options.atKey && keyNode ? keyNode : node
  const offset = rangeStart(target) ?? (keyNode ? rangeStart(keyNode) : undefined) ?? 0
  return offsetPosition(source, offset)
}

/** Position of any node (a YAML Node taken from the document). */
export function nodePosition(source: YamlSource, node: unknown): Position | undefined {
  const offset = rangeStart(node)
  return offset === undefined ? undefined : offsetPosition(source, offset)
}

function child(node: unknown, segment: PropertyKey): { value: unknown; key?: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      if (String(key) === String(segment)) {
        // `key:` with no value has a null value node; fall back to the key for positions.
        return { value: pair.value ?? pair.key, key: pair.key as Node }
      }
    }
    return undefined
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment]
    return item === undefined ? undefined : { value: item }
  }
  return undefined
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined
  const range = (node as { range?: unknown }).range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined
}
