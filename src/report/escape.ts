// Making untrusted text inert in GitHub-flavoured markdown. Model outputs, dataset inputs, file
// names and check reasons must not ping anyone, link issues, render images or HTML, open links,
// break a table cell, or close a code fence or a <details> block.
//
// GitHub renders in two steps: cmark-gfm parses the markdown (raw HTML allowed, then sanitized),
// then filters rewrite TEXT nodes outside code/pre/a: @mentions, #123 / GH-123 / owner/repo#1
// references. Backslash escapes act in step one only, so references are broken with an invisible
// zero-width joiner, which survives both steps and keeps the text readable.

/** U+200D ZERO WIDTH JOINER: invisible, and not a word character for GitHub's reference filters. */
export const ZWJ = '\u200D'

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
// C0 controls except tab and newline, DEL, C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * Normalizes line ends and makes invisible tricks visible: bidi overrides (Trojan Source) shown as
 * `<U+202E>`-style text, other control characters as U+FFFD.
 */
export function cleanControls(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(BIDI_CONTROLS, c => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .replace(CONTROL_CHARS, '\uFFFD')
}

/** Breaks @mentions, issue/PR references and bare URLs so GitHub links none of them. */
export function neutralizeReferences(text: string): string {
  return (
    text
      // @user, @org/team, and user@host e-mail autolinks.
      .replace(/@/g, `@${ZWJ}`)
      // #123, owner/repo#123, and GH-123.
      .replace(/#(?=\d)/g, `#${ZWJ}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`)
      // Extended autolinks: scheme://… and www.…
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/\b(www)\./gi, `$1${ZWJ}.`)
  )
}

/**
 * Characters with inline meaning in GFM (incl. `$` math and `~` strikethrough), `|` for table
 * cells, `#` for headings. Parentheses and `!` are inert once `[` is escaped, so they stay readable.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#|<>~&$]/g

/**
 * Untrusted text as one line of inline markdown: safe in a paragraph, a list item, a heading or a
 * table cell. Newlines become spaces; text that would start a block (list, heading, quote) is escaped.
 */
export function escapeInline(text: string): string {
  // References first: the zero-width joiners must not land inside an escape.
  const oneLine = neutralizeReferences(cleanControls(text).replace(/\s*\n\s*/g, ' '))
  const escaped = oneLine.replace(MARKDOWN_PUNCTUATION, c => `\\${c}`)
  // Block starts: "- ", "+ ", "= "/"-" setext lines, "1. "/"1) " ordered lists.
  return escaped.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** Untrusted text inside raw HTML (a <summary>, a <td>): entity-escaped, one line. */
export function escapeHtml(text: string): string {
  // References first: a zero-width joiner inside `&#39;` would break the entity.
  const oneLine = neutralizeReferences(cleanControls(text).replace(/\s*\n\s*/g, ' '))
  return oneLine
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function longestRun(text: string, char: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === char ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}

/**
 * Untrusted text as inline code. Nothing inside a code span is linked or mentioned; the delimiter
 * is longer than any backtick run inside. In a table cell pass `inTable` so `|` cannot end the cell.
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let content = cleanControls(text).replace(/\n/g, ' ')
  if (options.inTable) content = content.replace(/\|/g, '\\|')
  if (content === '') return '` `'
  const fence = '`'.repeat(longestRun(content, '`') + 1)
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/**
 * Untrusted text as a fenced code block: a fence longer than any backtick run inside, so the
 * content can never close it; nothing inside is rendered, linked or mentioned. Ends with a newline.
 * Only safe at the top level of the document (not inside a list item or block quote).
 */
export function fencedCode(text: string, info = 'text'): string {
  const content = cleanControls(text)
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1))
  const body = content.endsWith('\n') ? content : `${content}\n`
  return `${fence}${info}\n${body}${fence}\n`
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair; says how much was cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}\n… [${(text.length - end).toLocaleString('en-US')} more characters cut]`
}

/** One line for workflow-command annotations: no line breaks or control characters. */
export function singleLine(text: string, max = 500): string {
  const line = cleanControls(text).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** Zero-width and invisible formatting characters that attack strings use to hide text. */
const INVISIBLES = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/g

/**
 * Makes invisible characters visible as `[U+200B]`-style text. For attack inputs, which must be
 * shown as what they are; model outputs keep theirs (emoji sequences are joined with U+200D).
 */
export function revealInvisibles(text: string): string {
  return text.replace(INVISIBLES, c => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
}
