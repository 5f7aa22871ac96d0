import { gateFails, skippedReport } from '../../src/action/gate.js'
import { applyAcceptLabel } from '../../src/engine/accept.js'
import { envInputReader, InputError, parseInputs } from '../../src/action/inputs.js'
import type { RunReport, SuiteReport } from '../../src/core/report.js'

function suite(id: string, verdict: SuiteReport['verdict']): SuiteReport {
  return {
    id,
    change: 'modified',
    promptFile: `${id}.prompt.yml`,
    model: 'm',
    provider: 'p',
    verdict,
    reason: `${id} ${verdict}`,
    budgets: [],
    cases: [],
    unsupportedChecks: [],
    calls: { made: 0, cached: 0, failed: 0, adaptiveExtra: 0, saved: 0 }
  }
}

function report(...suites: SuiteReport[]): RunReport {
  return {
    ...skippedReport({ configId: 'default', configFile: 'c.yml', reason: 'r', now: 0 }),
    verdict: 'fail',
    suites
  }
}

describe('the accept label', () => {
  it('lets a known regression through and names the label', () => {
    const accepted = applyAcceptLabel(
      report(suite('a', 'regression'), suite('b', 'pass')),
      ['promptgate:accept-regression'],
      'promptgate:accept-regression'
    )
    expect(accepted.verdict).toBe('pass')
    expect(accepted.accepted).toEqual({ label: 'promptgate:accept-regression' })
    expect(accepted.reason).toBe('Regression in a accepted by the label "promptgate:accept-regression".')
  })

  it('never accepts an absolute threshold failure', () => {
    const result = applyAcceptLabel(
      report(suite('a', 'regression'), suite('b', 'fail')),
      ['ok-regress'],
      'ok-regress'
    )
    expect(result.verdict).toBe('fail')
    expect(result.reason).toContain('but b still fail')
  })

  it('changes nothing without the label', () => {
    const original = report(suite('a', 'regression'))
    expect(applyAcceptLabel(original, ['other'], 'ok-regress')).toBe(original)
  })
})

describe('gateFails', () => {
  it('fails on fail, and on inconclusive only when configured to', () => {
    expect(gateFails({ ...report(), verdict: 'fail' }, false)).toBe(true)
    expect(gateFails({ ...report(), verdict: 'inconclusive' }, false)).toBe(false)
    expect(gateFails({ ...report(), verdict: 'inconclusive' }, true)).toBe(true)
    expect(gateFails({ ...report(), verdict: 'skipped' }, true)).toBe(false)
  })
})

describe('action inputs', () => {
  it('reads INPUT_* variables the way the runner sets them, with defaults for empty values', () => {
    const inputs = parseInputs(
      envInputReader({ 'INPUT_GITHUB-TOKEN': 'ghs_x', INPUT_COMMENT: 'false', INPUT_CONFIG: '' })
    )
    expect(inputs).toEqual({
      configPath: '.github/promptgate.yml',
      githubToken: 'ghs_x',
      comment: false,
      commentAuthor: 'github-actions[bot]',
      baseRef: undefined,
      baselinePath: undefined,
      workingDirectory: '.'
    })
  })

  it('rejects a boolean input that is not true or false, naming the input', () => {
    expect(() => parseInputs(envInputReader({ INPUT_COMMENT: 'yes' }))).toThrow(InputError)
    expect(() => parseInputs(envInputReader({ INPUT_COMMENT: 'yes' }))).toThrow(
      'Input "comment" must be true or false'
    )
  })
})
