// Renders a sample PR comment to a standalone HTML page styled like github.com (a comment body is
// about 780 px wide: 812 px box minus 16 px padding each side), for the README screenshot:
// `npx tsx scripts/render-comment-html.ts [report.json] [out.html]`. docs/comment.png is
// `npx tsx scripts/render-comment-html.ts __tests__/fixtures/github/report-safety.json /tmp/comment.html`, then
// `chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars
//  --window-size=860,1700 --screenshot=docs/comment.png file:///tmp/comment.html` (Debian's chromium).
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { RunReport } from '../src/core/report.js'
import { renderComment } from '../src/report/markdown.js'

const DEFAULT_FIXTURE = '__tests__/fixtures/github/report-regression.json'

interface Cmark {
  renderHtmlSync(markdown: string, options: Record<string, unknown>): string
}

const CSS = `
body { margin: 0; background: #f6f8fa; }
.comment { max-width: 812px; margin: 24px auto; background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; border-radius: 6px 6px 0 0; color: #59636e; }
.comment header b { color: #1f2328; }
.markdown-body { padding: 16px; }
.markdown-body h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
.markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; }
.markdown-body table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; margin: 0 0 16px; }
.markdown-body pre code { background: none; padding: 0; }
.markdown-body details { margin: 0 0 8px; }
.markdown-body summary { cursor: pointer; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body hr { border: 0; border-top: 1px solid #d1d9e0; margin: 24px 0 8px; }
.markdown-body a { color: #0969da; text-decoration: none; }
`

/** The comment as GitHub would show it (raw HTML allowed as on GitHub; the sample is trusted). */
export function renderCommentHtml(report: RunReport): string {
  const cmark = createRequire(import.meta.url)('cmark-gfm') as Cmark
  const markdown = renderComment(report, {
    serverUrl: 'https://github.com',
    repository: 'octo/prompts',
    runId: '1234567890'
  })
  const body = cmark.renderHtmlSync(markdown, {
    unsafe: true,
    extensions: { table: true, strikethrough: true, tagfilter: true, autolink: true, tasklist: true }
  })
  // Open the first case so the screenshot shows base and head stacked.
  const opened = body.replace('<details>', '<details open>')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PromptGate comment</title><style>${CSS}</style></head>
<body><div class="comment"><header><b>github-actions</b> bot commented</header>
<div class="markdown-body">
${opened}</div></div></body></html>
`
}

function main(): void {
  const [input = DEFAULT_FIXTURE, output] = process.argv.slice(2)
  const report = JSON.parse(readFileSync(input, 'utf8')) as RunReport
  const html = renderCommentHtml(report)
  if (output) writeFileSync(output, html)
  else process.stdout.write(html)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
