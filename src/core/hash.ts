// sha256 as lower-case hex, the one way cache keys and cassette keys are hashed.
// A namespace import: a named import of `hash` would fail to link on a Node 20 before 20.12.
import * as crypto from 'node:crypto'

/**
 * One-shot `crypto.hash` where Node has it (20.12+, 21.7+): it skips building a Hash object, which
 * was most of the cost of the 2,000 cache keys of a warm run (npm run bench). Same digest either way.
 */
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? text => crypto.hash('sha256', text, 'hex')
    : text => crypto.createHash('sha256').update(text).digest('hex')
