// GitHub's own markdown renderer (cmark-gfm) plus the checks GitHub's post-processing filters
// would act on: mentions, issue references and bare URLs in text outside code and links.
import { createRequire } from 'node:module'

interface Cmark {
  renderHtmlSync(markdown: string, options: Record<string, unknown>): string
}
const cmark = createRequire(import.meta.url)('cmark-gfm') as Cmark

/** Raw HTML allowed (GitHub sanitizes afterwards), the GFM extensions GitHub enables. */
export function renderGfm(markdown: string): string {
  return cmark.renderHtmlSync(markdown, {
    unsafe: true,
    extensions: { table: true, strikethrough: true, tagfilter: true, autolink: true, tasklist: true }
  })
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
}

/** Text GitHub's reference filters would scan: outside <pre>, <code> and <a>, tags removed. */
export function filterableText(html: string): string {
  const stripped = html
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<a [\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
  return decodeEntities(stripped)
}

/** Things GitHub would turn into pings, links or references in untrusted text. */
export function linkifiable(html: string): string[] {
  const text = filterableText(html)
  const patterns = [
    /(^|[^\w`])@[A-Za-z0-9][\w-]*(\/[\w-]+)?/g,
    /(^|[^\w&])#\d+/g,
    /\bGH-\d+/gi,
    /\b[\w.-]+\/[\w.-]+#\d+/g,
    /\b(https?|ftp):\/\//gi,
    /\bwww\./gi
  ]
  return patterns.flatMap(p => text.match(p) ?? [])
}

/** Throws unless every <details> closes after it opens, in order. */
export function assertDetailsBalanced(html: string): number {
  let depth = 0
  let opened = 0
  for (const m of html.matchAll(/<(\/?)details>/g)) {
    depth += m[1] ? -1 : 1
    if (!m[1]) opened++
    if (depth < 0) throw new Error('</details> before its <details>')
  }
  if (depth !== 0) throw new Error(`${depth} <details> left open`)
  return opened
}

/** Cell counts per row for each <table>; a broken cell shows up as a row of another width. */
export function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(t =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(r => (r[1]!.match(/<t[hd][ >]/g) ?? []).length)
  )
}
