import { readFileSync } from 'node:fs'
import { renderCommentHtml } from '../../scripts/render-comment-html.js'
import type { RunReport } from '../../src/core/report.js'
import { regressionReport } from './reports.js'

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
