import { readFileSync } from 'node:fs'
import { renderCommentHtml } from '../../scripts/render-comment-html.js'
import type { RunReport } from '../../src/core/report.js'
import { regressionReport } from './reports.js'
import { safetyOnFailingCaseScenario } from './scenarios.js'

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/github/report-regression.json', import.meta.url), 'utf8')
) as RunReport

test('the screenshot fixture is the regression report the tests use', () => {
  expect(fixture).toEqual(regressionReport())
})

test('renders the sample comment as a standalone page with tables and an opened case', () => {
  const html = renderCommentHtml(fixture)
  expect(html).toMatch(/^<!doctype html>/)
  expect(html).toContain('<details open>')
  expect(html.match(/<table>/g)!.length).toBeGreaterThanOrEqual(4)
  expect(html).toContain('<h2>❌ PromptGate: <strong>fail</strong></h2>')
})

test('styles the page like a github.com comment: a 780 px content column', () => {
  const html = renderCommentHtml(fixture)
  const box = /\.comment \{ max-width: (\d+)px;/.exec(html)
  const padding = /\.markdown-body \{ padding: (\d+)px; \}/.exec(html)
  expect(Number(box?.[1]) - 2 * Number(padding?.[1])).toBe(780)
})

test('the screenshot comment keeps outputs out of table cells', () => {
  const html = renderCommentHtml(fixture)
  expect(html).toContain('<pre>')
  expect(html).not.toMatch(/<td>(?:(?!<\/td>)[\s\S])*<pre/)
})

test('the README screenshot fixture is the safety scenario the snapshot tests use', () => {
  const safety = JSON.parse(
    readFileSync(new URL('../fixtures/github/report-safety.json', import.meta.url), 'utf8')
  ) as RunReport
  expect(safety).toEqual(safetyOnFailingCaseScenario())
})
