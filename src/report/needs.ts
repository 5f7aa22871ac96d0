// What would decide an inconclusive suite, in words: one text for the comment and the terminal.
import type { SuiteReport } from '../core/report.js'

/** `the interval is too wide (about 120 more cases, about 3 more repeats)`; plain text, untrusted parts included. */
export function describeNeeds(needs: NonNullable<SuiteReport['needs']>): string {
  const more = [
    needs.moreCases ? `about ${needs.moreCases.toLocaleString('en-US')} more cases` : '',
    needs.moreRepeats ? `about ${needs.moreRepeats.toLocaleString('en-US')} more repeats` : ''
  ].filter(Boolean)
  return `${needs.description}${more.length ? ` (${more.join(', ')})` : ''}`
}
