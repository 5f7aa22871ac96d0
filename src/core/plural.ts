// "1 suite", "2 suites": counts in messages a person reads.
import { thousands } from './format.js'

/** `n` and the noun in the number it needs: `counted(1, 'case')` → `1 case`. */
export function counted(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${thousands(n)} ${n === 1 ? noun : pluralNoun}`
}
