// The hidden marker that identifies PromptGate's sticky comment for one config id.

/** Config ids are validated by the schema; this keeps a hand-built report from breaking the HTML comment. */
export function sanitizeConfigId(configId: string): string {
  return configId.replace(/[^A-Za-z0-9._-]/g, '_') || 'default'
}

/** Placed first in the body so no truncation can cut it. */
export function commentMarker(configId: string): string {
  return `<!-- promptgate:comment id=${sanitizeConfigId(configId)} -->`
}
