// sha256Hex: the one-shot path and the Hash-object path give the same key, so caches and cassettes
// written by one Node version are read by another.
import { createHash } from 'node:crypto'
import { sha256Hex } from '../../src/core/hash.js'

describe('sha256Hex', () => {
  it.each(['', 'abc', 'Grüße, 世界 🎉', 'x'.repeat(100_000)])('is the sha256 hex digest of %#', text => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'))
  })
})
