// Forbidden terms (competitor names and the like), matched on normalised text so that "ACME",
// "A\u200bcme" and a Cyrillic "Аcme" all count, while "Acmeister" does not.
import type { RailsTerm } from '../schema.js'
import type { Finding, RailValidator } from '../types.js'
import {
  WORD_AFTER,
  WORD_BEFORE,
  escapeRegExp,
  mapSpan,
  normalizeForMatching,
  normalizeTerm
} from '../text.js'

export const FORBIDDEN_TERMS_ID = 'forbidden-terms'

export function createForbiddenTermsValidator(terms: readonly RailsTerm[]): RailValidator | undefined {
  const canonical = new Map<string, string>()
  for (const term of terms) {
    const name = typeof term === 'string' ? term : term.name
    const spellings = typeof term === 'string' ? [term] : [term.name, ...(term.aliases ?? [])]
    for (const spelling of spellings) {
      const normalized = normalizeTerm(spelling)
      if (normalized !== '' && !canonical.has(normalized)) canonical.set(normalized, name)
    }
  }
  if (canonical.size === 0) return undefined
  // Longest first so "Acme Cloud" wins over "Acme" at the same position.
  const alternatives = [...canonical.keys()]
    .sort((a, b) => b.length - a.length)
    .map(t => escapeRegExp(t).replace(/ /g, '\\s+'))
  const pattern = new RegExp(`${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`, 'gu')

  return {
    ids: [FORBIDDEN_TERMS_ID],
    redact: true,
    run(output) {
      const mapped = normalizeForMatching(output)
      const findings: Finding[] = []
      for (const match of mapped.text.matchAll(pattern)) {
        const start = match.index
        const span = mapSpan(mapped, start, start + match[0].length)
        const name = canonical.get(match[0].replace(/\s+/g, ' ')) ?? match[0]
        findings.push({
          validator: FORBIDDEN_TERMS_ID,
          ...span,
          message: `mentions forbidden term "${name}"`
        })
      }
      return findings
    }
  }
}
