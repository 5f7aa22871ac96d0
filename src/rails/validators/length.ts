// Length limits, reported on the part of the output past the limit.
import type { Finding, RailValidator } from '../types.js'

export const LENGTH_ID = 'length'

export function createLengthValidator(maxChars?: number, maxWords?: number): RailValidator {
  return {
    ids: [LENGTH_ID],
    redact: false,
    run(output) {
      const found: Finding[] = []
      if (maxChars !== undefined && output.length > maxChars) {
        found.push({
          validator: LENGTH_ID,
          start: maxChars,
          end: output.length,
          message: `${output.length} characters, limit ${maxChars}`
        })
      }
      if (maxWords !== undefined) {
        let words = 0
        for (const m of output.matchAll(/\S+/g)) {
          words++
          if (words === maxWords + 1) {
            const total = words + [...output.slice(m.index).matchAll(/\S+/g)].length - 1
            found.push({
              validator: LENGTH_ID,
              start: m.index,
              end: output.length,
              message: `${total} words, limit ${maxWords}`
            })
            break
          }
        }
      }
      return found
    }
  }
}
