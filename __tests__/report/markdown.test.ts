import { GITHUB_COMMENT_MAX_CHARS } from '../../src/constants.js'
import type { CaseReport, RunReport } from '../../src/core/report.js'
import {
  annotationsFor,
  renderComment,
  renderSkippedComment,
  renderSummary
} from '../../src/report/markdown.js'
import { assertDetailsBalanced, linkifiable, renderGfm, tableShapes } from './gfm.js'
import { check, regressedCase, regressionReport, report, sample, stats, suite } from './reports.js'
import {
  harmlessPassScenario,
  inconclusiveScenario,
  providerOutageScenario,
  regressionScenario,
  safetyOnFailingCaseScenario
} from './scenarios.js'

const RUN = { serverUrl: 'https://github.com', repository: 'octo/prompts', runId: '987654' }
const RUN_URL = 'https://github.com/octo/prompts/actions/runs/987654'

const HOSTILE = [
  '@octocat @github/security-team',
  '#123 GH-456 octo/prompts#7',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details></summary></td></tr></table>',
  '```\n~~~\n````',
  '| a | b |',
  '![x](http://evil.example/x.png)',
  '[x](javascript:alert(1))',
  'https://evil.example www.evil.example',
  '\u202Egnp.exe',
  '\n\n# heading\n- list'
].join(' ')

function hostileCase(id: string): CaseReport {
  const regressed = regressedCase(id, `head says ${HOSTILE}`, `base says ${HOSTILE}`, `reason ${HOSTILE}`)
  const railsCheck = check({
    id: 'rails#1',
    type: 'rails',
    pass: false,
    score: 0,
    reason: `1 violation: ${HOSTILE}`,
    violations: [
      { validator: HOSTILE, severity: 'high', span: { start: 3, end: 9 }, text: HOSTILE, message: HOSTILE }
    ]
  })
  return {
    ...regressed,
    head: regressed.head.map(s => ({ ...s, checks: [...s.checks, railsCheck] })),
    vars: { question: HOSTILE, [`key ${HOSTILE}`]: [HOSTILE] },
    expected: HOSTILE,
    source: { file: `datasets/${HOSTILE}.jsonl`, line: 3 },
    derivedFrom: { caseId: HOSTILE, variant: HOSTILE }
  }
}

function hostileReport(): RunReport {
  return report({
    configId: 'default',
    configFile: `.github/${HOSTILE}.yml`,
    verdict: 'fail',
    reason: `reason ${HOSTILE}`,
    accepted: { label: HOSTILE },
    missingSecrets: [HOSTILE],
    notes: [HOSTILE, `note ${HOSTILE}`],
    git: { headSha: HOSTILE },
    suites: [
      suite({
        id: HOSTILE,
        promptFile: `prompts/${HOSTILE}.md`,
        basePromptFile: `prompts/old ${HOSTILE}.md`,
        change: 'renamed',
        model: HOSTILE,
        provider: HOSTILE,
        verdict: 'regression',
        reason: HOSTILE,
        error: HOSTILE,
        needs: { moreCases: 40, description: HOSTILE },
        base: stats({ checkFailures: { [HOSTILE]: 2 } }),
        head: stats({ checkFailures: { [HOSTILE]: 5 } }),
        budgets: [{ id: HOSTILE, limit: 1, actual: 2, unit: 'ms', status: 'fail', message: HOSTILE }],
        unsupportedChecks: [{ id: HOSTILE, reason: HOSTILE }],
        cases: [
          hostileCase('c1'),
          { ...hostileCase(HOSTILE), head: [sample({ pass: false, error: HOSTILE, output: undefined })] }
        ]
      }),
      suite({
        id: 'plain',
        change: 'added',
        verdict: 'fail',
        cases: [{ ...hostileCase('c3'), base: undefined, flip: undefined }]
      })
    ]
  })
}

describe('a hostile report renders inert on GitHub', () => {
  const md = renderComment(hostileReport(), RUN)
  const html = renderGfm(md)

  test('no image, script or iframe from untrusted text', () => {
    expect(html).not.toMatch(/<(img|script|iframe|style|svg|object)\b/i)
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i)
  })

  test('the only link is our workflow run link', () => {
    expect([...html.matchAll(/<a [^>]*>/g)].map(m => m[0])).toEqual([`<a href="${RUN_URL}">`])
  })

  test('nothing in text GitHub scans can ping, reference an issue or autolink', () => {
    expect(linkifiable(html)).toEqual([])
  })

  test('details blocks are balanced: one per case', () => {
    expect(assertDetailsBalanced(html)).toBe(3)
  })

  test('every table keeps its shape', () => {
    const shapes = tableShapes(html)
    // Overview, metrics and budgets; case outputs are stacked, never in a table.
    expect(shapes.length).toBeGreaterThanOrEqual(3)
    for (const rows of shapes) expect(new Set(rows).size).toBe(1)
  })

  test('no untrusted text becomes a heading beyond our own', () => {
    expect(html.match(/<h[1-6]>/g)).toHaveLength(3)
  })

  test('the marker comes first and the footer last', () => {
    expect(md.startsWith('<!-- promptgate:comment id=default -->\n')).toBe(true)
    expect(html.trimEnd().endsWith('</sub></p>')).toBe(true)
  })
})

describe('safety violations in case details', () => {
  it('lists each violation under its failing check with validator, severity and span', () => {
    const md = renderComment(
      report({
        suites: [
          suite({
            cases: [
              {
                ...regressedCase(
                  'c9',
                  'Unlike Notion, we sync offline.',
                  'We sync offline.',
                  'forbidden term'
                ),
                head: [
                  sample({
                    caseId: 'c9',
                    output: 'Unlike Notion, we sync offline.',
                    pass: false,
                    score: 0,
                    checks: [
                      check({
                        id: 'rails#1',
                        type: 'rails',
                        pass: false,
                        score: 0,
                        reason: '1 violation: forbidden-terms ×1 (medium)',
                        violations: [
                          {
                            validator: 'forbidden-terms',
                            severity: 'medium',
                            span: { start: 7, end: 13 },
                            text: 'Notion',
                            message: 'competitor'
                          }
                        ]
                      })
                    ]
                  })
                ]
              }
            ]
          })
        ]
      }),
      RUN
    )
    expect(md).toContain('  - `forbidden-terms` medium at 7–13: `Notion`')
  })
})

describe('size limits', () => {
  function hugeReport(): RunReport {
    const big = 'x'.repeat(8000) + '\n```\n'
    const cases = Array.from({ length: 60 }, (_, i) => regressedCase(`case-${i}`, big, big, 'failed'))
    return report({
      verdict: 'fail',
      reason: 'regressed',
      suites: Array.from({ length: 3 }, (_, i) =>
        suite({ id: `s${i}`, verdict: 'regression', base: stats(), head: stats(), cases })
      )
    })
  }

  test('a huge report fits GitHub comment limit, says it was shortened, keeps marker and footer', () => {
    const md = renderComment(hugeReport(), RUN)
    const html = renderGfm(md)

    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_CHARS)
    expect(md).toMatch(/^<!-- promptgate:comment id=default -->\n/)
    expect(md).toMatch(/Shortened to fit GitHub's comment size limit/)
    expect(html).toContain(`<a href="${RUN_URL}">workflow run</a>`)
    assertDetailsBalanced(html)
  })

  test('first drops case details beyond the per-suite cap', () => {
    const md = renderComment(hugeReport(), { ...RUN, maxSize: 300_000, maxOutputChars: 10_000 })
    expect(md).toMatch(/\*\*Regressed cases\*\* \(5 of 60 shown\)/)
    expect(md).not.toMatch(/… \[\d[\d,]* more characters cut\]/)
  })

  test('then shortens outputs', () => {
    const md = renderComment(hugeReport(), RUN)
    expect(md).toMatch(/more characters cut/)
  })

  test('then drops case details entirely, and finally whole sections', () => {
    const noDetails = renderComment(hugeReport(), { ...RUN, maxSize: 6000 })
    expect(noDetails).not.toContain('<details>')
    expect(noDetails.length).toBeLessThanOrEqual(6000)
    expect(noDetails).toMatch(/case details were left out/)

    const tiny = renderComment(hugeReport(), { ...RUN, maxSize: 1500 })
    expect(tiny.length).toBeLessThanOrEqual(1500)
    expect(tiny).toMatch(/section\(s\) were left out/)
    expect(tiny).toContain('workflow run')
  })

  test('the job summary keeps more detail than the comment', () => {
    const summary = renderSummary(hugeReport(), RUN)
    expect(summary.length).toBeGreaterThan(GITHUB_COMMENT_MAX_CHARS)
    expect(summary).not.toContain('promptgate:comment')
    expect(Number(/\((\d+) of 60 shown\)/.exec(summary)?.[1])).toBeGreaterThan(5)
  })
})

describe('content', () => {
  test('the headline comes from the verdict enum and the report reason only', () => {
    const md = renderComment(report({ verdict: 'inconclusive', reason: 'Too few cases: 8 < minCases 20.' }))
    expect(md.split('\n\n')[1]).toBe('## ⚠️ PromptGate: **inconclusive**')
    expect(md.split('\n\n')[2]).toBe('Too few cases: 8 < minCases 20.'.replace('<', '\\<'))
  })

  test('shows the statistical evidence when base and head were compared', () => {
    const md = renderComment(regressionReport(), RUN)
    expect(md).toContain('5 pass→fail, 1 fail→pass')
    expect(md).toContain('exact McNemar p = 0.008')
    expect(md).toContain('| Pass rate | 95.0% (76.9–96.0%) | 85.0% (71.0–93.0%) | −10.0 pp (−18.2 to −2.1) |')
  })

  test('lists budgets with their status and checks that could not run', () => {
    const md = renderComment(regressionReport(), RUN)
    expect(md).toContain(
      '| maxCostPerCall | $0.0002 | $0.000307 | ❌ fail: mean cost per call above budget |'
    )
    expect(md).toContain('`github/similarity`: no judge configured')
  })

  test('stacks base and head outputs of a regressed case, so neither scrolls off at GitHub width', () => {
    const html = renderGfm(renderComment(regressionReport(), RUN))
    expect(html).toMatch(
      /<p><strong>Base<\/strong><\/p>\n<pre><code class="language-text">Your refund was issued[^<]*<\/code><\/pre>\n<p><strong>Head<\/strong><\/p>\n<pre><code class="language-text">Sorry, I cannot help/
    )
    expect(html).not.toMatch(/<td>\s*<pre/)
  })

  test('names unaffected suites in one line instead of a section', () => {
    expect(renderComment(regressionReport(), RUN)).toContain('**Not affected by this change:** classifier')
  })

  test('says when a regression was accepted by label', () => {
    const md = renderComment(report({ accepted: { label: 'promptgate:accept-regression' } }))
    expect(md).toContain('accepted with the label `promptgate:accept-regression`')
  })

  test('omits the run link when the server URL is not http(s)', () => {
    expect(renderComment(report(), { ...RUN, serverUrl: 'javascript:alert(1)//' })).not.toContain(
      'workflow run'
    )
  })
})

describe('snapshots of representative comments', () => {
  test('regression with evidence, budgets and regressed cases', () => {
    expect(renderComment(regressionReport(), RUN)).toMatchSnapshot()
  })

  test('a new prompt that passes', () => {
    const md = renderComment(
      report({
        reason: 'The new prompt passes: 97.5% ≥ minPassRate 90%.',
        suites: [suite({ change: 'added', promptFile: 'prompts/new.md', head: stats({ passRate: 0.975 }) })]
      }),
      RUN
    )
    expect(md).toMatchSnapshot()
  })

  test('inconclusive with missing secrets and what would decide it', () => {
    const md = renderComment(
      report({
        verdict: 'inconclusive',
        reason: 'Not enough evidence: the pass rate interval straddles the threshold.',
        missingSecrets: ['ANTHROPIC_API_KEY'],
        suites: [
          suite({
            verdict: 'inconclusive',
            reason: 'Pass rate 88% vs 90% floor; interval 79–95% straddles it.',
            needs: {
              moreCases: 60,
              moreRepeats: 2,
              description: 'More cases would narrow the interval below the floor or above it.'
            },
            base: stats(),
            head: stats({ passRate: 0.88 }),
            budgets: [
              {
                id: 'maxP95LatencyMs',
                limit: 1500,
                actual: 1450,
                interval: { low: 1300, high: 1700, confidence: 0.95 },
                unit: 'ms',
                status: 'inconclusive',
                message: 'interval straddles the budget'
              }
            ]
          })
        ]
      }),
      RUN
    )
    expect(md).toMatchSnapshot()
  })

  test('the skipped comment that replaces stale results', () => {
    expect(renderSkippedComment({ configId: 'default', headSha: 'abcdef1234567' }, RUN)).toMatchSnapshot()
  })
})

describe('annotationsFor', () => {
  test('one error per regressed or failing suite on its prompt file, message on one line', () => {
    const r = report({
      suites: [
        suite({ id: 'a', verdict: 'regression', promptFile: 'prompts/a.md', reason: 'fell\nbadly' }),
        suite({ id: 'b', verdict: 'pass' }),
        suite({ id: 'c', verdict: 'inconclusive', promptFile: 'prompts/c.md' }),
        suite({ id: 'd', verdict: 'fail', change: 'deleted', promptFile: 'prompts/d.md' })
      ]
    })
    expect(annotationsFor(r)).toEqual([
      { level: 'error', file: 'prompts/a.md', title: 'PromptGate: a regression', message: 'fell badly' },
      {
        level: 'warning',
        file: 'prompts/c.md',
        title: 'PromptGate: c inconclusive',
        message: expect.any(String)
      }
    ])
  })

  test('an accepted regression is a warning, not an error', () => {
    const r = report({ accepted: { label: 'ok' }, suites: [suite({ verdict: 'regression' })] })
    expect(annotationsFor(r)[0]!.level).toBe('warning')
  })
})

test('a failing case without a base shows its output and failing check', () => {
  const md = renderComment(
    report({
      suites: [
        suite({
          change: 'added',
          head: stats(),
          cases: [
            {
              id: 'x',
              vars: {},
              source: { file: 'd.jsonl' },
              head: [
                sample({
                  output: 'bad',
                  pass: false,
                  checks: [check({ id: 'len', type: 'max-length', pass: false, reason: '12 > 10' })]
                })
              ],
              headPassRate: 0
            }
          ]
        })
      ]
    })
  )
  expect(md).toContain('**Failing cases** (1)')
  expect(md).toContain('- `len` (max-length) failed: 12 \\> 10')
})

describe('snapshots of the comments a reviewer acts on (issue 10)', () => {
  const cases = [
    ['a regression', regressionScenario],
    ['a safety-only fail on an already-failing case', safetyOnFailingCaseScenario],
    ['a provider outage', providerOutageScenario],
    ['a harmless pass', harmlessPassScenario],
    ['an inconclusive', inconclusiveScenario]
  ] as const
  test.each(cases)('%s', (_name, build) => {
    expect(renderComment(build(), RUN)).toMatchSnapshot()
  })

  test('the headline names the suite, the validator terms and how many cases', () => {
    expect(safetyOnFailingCaseScenario().reason).toBe(
      'support: head names forbidden terms (Globex, Initech) in 2 cases that base answered cleanly.'
    )
    expect(regressionScenario().reason).toBe(
      'support: pass rate fell 53 points (84% → 30%); is-json fails on 30 of 43 head samples.'
    )
  })

  test('the case that already failed on base and gained a violation is listed first, with its failing checks', () => {
    const md = renderComment(safetyOnFailingCaseScenario(), RUN)
    const summaries = [...md.matchAll(/<summary>(.*)<\/summary>/g)].map(m => m[1])
    // Both new violations, larger effect first (case-03 flipped as well); nothing else contributes.
    expect(summaries).toHaveLength(2)
    expect(summaries[0]).toMatch(
      /^1\. “Is your plan cheaper than Globex\?” · <code>case-03<\/code> · <b>new safety violation<\/b>/
    )
    expect(summaries[1]).toMatch(
      /^2\. “How does your product compare with Initech\?” · <code>case-04<\/code> · <b>new safety violation<\/b> · <code>forbidden-terms<\/code>/
    )
    expect(md).toMatch(/\*\*Failing checks \(head\)\*\*\n\n- `tone` \(llm-rubric\) failed/)
  })

  test('a side with no judged sample shows why, not a percentage', () => {
    const md = renderComment(providerOutageScenario(), RUN)
    expect(md).toContain(
      '| Pass rate | 90.7% (78.4–96.3%) | not evaluated: provider unavailable (HTTP 503 after 3 retries) |'
    )
    expect(md).not.toMatch(/\| Pass rate \|[^\n]*\| 0\.0%/)
    expect(providerOutageScenario().reason).toBe(
      'support: not evaluated: provider unavailable (HTTP 503 after 3 retries).'
    )
  })

  test('what would decide it is said once, within the documented repeat limit', () => {
    const md = renderComment(inconclusiveScenario(), RUN)
    const hint =
      /\*\*To decide:\*\* About ([\d,]+) more cases, or (\d+) more repeats per case \(sampling\.repeats: (\d+)\)/.exec(
        md
      )
    expect(hint).not.toBeNull()
    expect(Number(hint?.[3])).toBeLessThanOrEqual(50)
    expect(md).not.toMatch(/\(about \d+ more cases/)
  })

  test('says what adaptive sampling spent', () => {
    expect(renderComment(harmlessPassScenario(), RUN)).toContain(
      '**Sampling:** 946 extra calls ($0.128) over 3 looks of 4, budget 1,720 calls or $0.50; stopped once decided'
    )
  })

  test('the rendered comment has no <pre> inside a table cell', () => {
    for (const [, build] of cases) {
      const html = renderGfm(renderComment(build(), RUN))
      expect(html).not.toMatch(/<td>(?:(?!<\/td>)[\s\S])*<pre/)
    }
    expect(renderGfm(renderComment(regressionScenario(), RUN))).toContain('<pre><code class="language-text">')
  })
})
