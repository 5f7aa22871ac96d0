// Links and markdown images that point outside the allowed domains. A model that invents URLs sends
// users to typo-squatted or competitor sites; images also load without a click.
import type { Finding, RailValidator } from '../types.js'

export const LINKS_ID = 'links'

/**
 * Markdown image. Alt text cannot contain "[" and the URL cannot contain "(" or "<", so scans started
 * at different "![" never cover the same characters twice (linear on "![![![…").
 */
const IMAGE = /!\[[^[\]\n]*\]\( *<?([^()\s<>]+)>?(?: +"[^"\n]*")? *\)/g
const URL_LIKE = /(?<![\w@./-])(?:https?:\/\/[^\s<>"'`]+|www\.[A-Za-z0-9-]+\.[A-Za-z0-9-][^\s<>"'`]*)/gi
/** Sentence punctuation after a URL belongs to the sentence. */
const TRAILING = /[.,;:!?'"*_]+$/

export function createLinksValidator(allowedDomains: readonly string[]): RailValidator {
  const allowed = allowedDomains.map(d =>
    d
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '')
      .replace(/^\*\./, '')
      .replace(/\.$/, '')
  )
  const isAllowed = (host: string): boolean => allowed.some(d => host === d || host.endsWith(`.${d}`))

  return {
    ids: [LINKS_ID],
    redact: true,
    run(output) {
      const found: Finding[] = []
      const covered: { start: number; end: number }[] = []
      for (const m of output.matchAll(IMAGE)) {
        const url = m[1] ?? ''
        covered.push({ start: m.index, end: m.index + m[0].length })
        const host = hostOf(url)
        // Relative images stay on the host that serves the answer.
        if (host === undefined || isAllowed(host)) continue
        found.push({
          validator: LINKS_ID,
          start: m.index,
          end: m.index + m[0].length,
          message: `image from a domain outside the allowlist (${host})`
        })
      }
      for (const m of output.matchAll(URL_LIKE)) {
        const text = trimUrl(m[0])
        const start = m.index
        if (covered.some(c => c.start <= start && start < c.end)) continue
        const host = hostOf(text)
        if (host === undefined || isAllowed(host)) continue
        found.push({
          validator: LINKS_ID,
          start,
          end: start + text.length,
          message: `link to a domain outside the allowlist (${host})`
        })
      }
      return found.sort((a, b) => a.start - b.start)
    }
  }
}

/** Drops trailing punctuation and an unbalanced closing parenthesis ("(see https://x.io/a)"). */
function trimUrl(raw: string): string {
  let url = raw.replace(TRAILING, '')
  while (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1).replace(TRAILING, '')
  while (url.endsWith(']') && count(url, '[') < count(url, ']')) url = url.slice(0, -1).replace(TRAILING, '')
  return url
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1
}

/** Lower-case host of an absolute or www. URL; undefined for relative links and non-web schemes. */
export function hostOf(url: string): string | undefined {
  const absolute = /^www\./i.test(url) ? `https://${url}` : url
  if (!/^https?:\/\//i.test(absolute)) return undefined
  try {
    return new URL(absolute).hostname.toLowerCase().replace(/\.$/, '')
  } catch {
    return undefined
  }
}
