import {
  cleanControls,
  codeSpan,
  escapeHtml,
  escapeInline,
  fencedCode,
  singleLine,
  truncateText,
  ZWJ
} from '../../src/report/escape.js'
import { filterableText, linkifiable, renderGfm, tableShapes } from './gfm.js'

const inline = (text: string) => renderGfm(`Reason: ${escapeInline(text)}\n`)
const cell = (text: string) => renderGfm(`| a | b |\n| - | - |\n| ${escapeInline(text)} | x |\n`)

describe('escapeInline makes untrusted text inert in GFM', () => {
  test('@user and @org/team cannot ping', () => {
    const html = inline('ping @octocat and @github/security-team')
    expect(linkifiable(html)).toEqual([])
    expect(filterableText(html)).toContain(`@${ZWJ}octocat`)
  })

  test('#123, GH-123 and owner/repo#1 cannot autolink issues', () => {
    expect(linkifiable(inline('see #123, GH-123, gh-7 and octo/prompts#1'))).toEqual([])
  })

  test('raw HTML such as <img onerror> and <script> renders as text', () => {
    const html = inline('<img src=x onerror=alert(1)> <script>alert(1)</script> <b>bold</b>')
    expect(html).not.toMatch(/<img|<script|<b>/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  test('</details> cannot close a details block', () => {
    expect(inline('</details></summary>')).not.toMatch(/<\/details>/)
  })

  test('markdown images and links, javascript: included, stay text', () => {
    const html = inline(
      '![x](http://evil.example/x.png) [click](javascript:alert(1)) [ref][1]\n\n[1]: http://evil.example'
    )
    expect(html).not.toMatch(/<img|<a /)
  })

  test('bare URLs and www. addresses are not autolinked', () => {
    const html = inline('go to https://evil.example/x or www.evil.example or mail me@evil.example')
    expect(html).not.toMatch(/<a /)
    expect(linkifiable(html)).toEqual([])
  })

  test('a pipe cannot add a table cell and a newline cannot end the row', () => {
    const html = cell('a | b | c\n| d | e |')
    expect(tableShapes(html)).toEqual([[2, 2]])
  })

  test('emphasis, code, strikethrough and math markers stay literal', () => {
    const html = inline('*a* _b_ `c` ~~d~~ $x^2$')
    expect(html).not.toMatch(/<em>|<code>|<del>/)
    expect(html).toContain('*a* _b_ `c` ~~d~~ $x^2$')
  })

  test('text that would start a list, heading or quote stays a paragraph', () => {
    for (const text of ['- item', '+ item', '1. item', '# Heading', '> quote', '=====']) {
      expect(renderGfm(`${escapeInline(text)}\n`)).toMatch(/^<p>/)
    }
  })

  test('entities stay literal', () => {
    const html = inline('&lt;img&gt; &#64;user')
    expect(html).toContain('&amp;lt;img&amp;gt; &amp;#')
    expect(html).not.toMatch(/<img|@user/)
  })
})

describe('escapeHtml for text inside raw HTML', () => {
  test('escapes tags and quotes and breaks mentions', () => {
    const html = renderGfm(
      `<details>\n<summary>${escapeHtml('<img src=x onerror=alert(1)> "@octocat" #1 \'x\'')}</summary>\n\nbody\n\n</details>\n`
    )
    expect(html).not.toMatch(/<img/)
    expect(linkifiable(html)).toEqual([])
    expect(html).toContain('&quot;')
  })

  test('keeps one line so the HTML block cannot end early', () => {
    expect(escapeHtml('a\n\n<b>')).toBe('a &lt;b&gt;')
  })
})

describe('fencedCode', () => {
  test('cannot be closed by backtick or tilde fences inside', () => {
    const hostile = 'text\n```\n</details>\n<img src=x>\n````\n~~~\n@octocat #1\n'
    const html = renderGfm(`${fencedCode(hostile)}\nAFTER\n`)
    expect(html.match(/<pre>/g)).toHaveLength(1)
    expect(html).toMatch(/<\/pre>\n<p>AFTER<\/p>/)
    expect(html).not.toMatch(/<img|<\/details>/)
  })

  test('uses a fence longer than the longest backtick run', () => {
    expect(fencedCode('a ````` b').startsWith('``````text\n')).toBe(true)
  })
})

describe('codeSpan', () => {
  test('wraps backticks with a longer delimiter', () => {
    expect(renderGfm(`${codeSpan('a `b` c')}\n`)).toContain('<code>a `b` c</code>')
  })

  test('cannot break a table cell when marked as in a table', () => {
    expect(
      tableShapes(renderGfm(`| a | b |\n| - | - |\n| ${codeSpan('x | y', { inTable: true })} | z |\n`))
    ).toEqual([[2, 2]])
  })
})

test('bidi overrides and control characters are made visible', () => {
  expect(cleanControls('a\u202Eb\u0007c\r\nd')).toBe('a[U+202E]b\uFFFDc\nd')
})

test('truncateText says how much it cut and never splits a surrogate pair', () => {
  expect(truncateText('ab😀cd', 3)).toBe('ab\n… [4 more characters cut]')
  expect(truncateText('short', 10)).toBe('short')
})

test('singleLine flattens newlines for workflow-command annotations', () => {
  expect(singleLine('a\nb\r\n  c')).toBe('a b c')
})
