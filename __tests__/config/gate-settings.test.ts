import { loadConfig } from '../../src/config/load.js'
import { configFromOf, gateSettingChanges, withBaseGateSettings } from '../../src/config/gate-settings.js'
import { decideUnderBothSettings, reviewBaseOnly } from '../../src/action/config-review.js'
import type { RunReport } from '../../src/core/report.js'

const BASE = `
version: 1
providers: { local: { type: openai-compatible, baseUrl: 'http://127.0.0.1:1/v1', apiKeyEnv: K } }
defaults: { provider: local, model: m1, thresholds: { minPassRate: 0.8 } }
suites:
  - id: triage
    prompt: p.prompt.yml
    datasets: [d.jsonl]
    checks: [{ type: contains, value: ok }]
    thresholds: { maxPassRateDrop: 0.05 }
    sampling: { repeats: 3 }
gate: { acceptLabel: accept }
rails: { competitors: [Acme] }
`

const base = loadConfig('base.yml', BASE)

function pr(edit: (text: string) => string) {
  return loadConfig('pr.yml', edit(BASE))
}

describe('gateSettingChanges', () => {
  test('lists changed thresholds, dropped checks, sampling, rails and defaults, old → new', () => {
    const head = pr(t =>
      t
        .replace('maxPassRateDrop: 0.05', 'maxPassRateDrop: 0.9')
        .replace('    checks: [{ type: contains, value: ok }]\n', '')
        .replace('repeats: 3', 'repeats: 1')
        .replace('minPassRate: 0.8', 'minPassRate: 0.1')
        .replace('rails: { competitors: [Acme] }\n', '')
    )
    const changes = gateSettingChanges(base, head)
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'suites[triage].thresholds.maxPassRateDrop', base: '0.05', pr: '0.9' },
        { path: 'suites[triage].checks', base: '[{"type":"contains","value":"ok"}]', pr: undefined },
        { path: 'suites[triage].sampling.repeats', base: '3', pr: '1' },
        { path: 'defaults.thresholds.minPassRate', base: '0.8', pr: '0.1' },
        { path: 'rails.competitors', base: '["Acme"]', pr: undefined }
      ])
    )
    expect(changes).toHaveLength(5)
  })

  test('ignores what is evaluated (prompt, datasets, model) and where calls go (providers)', () => {
    const head = pr(t =>
      t.replace('model: m1', 'model: m2').replace('d.jsonl', 'e.jsonl').replace('127.0.0.1:1', '127.0.0.1:2')
    )
    expect(gateSettingChanges(base, head)).toEqual([])
  })

  test('a new acceptLabel is a gate-setting change (a PR could name a label it already has)', () => {
    const head = pr(t => t.replace('acceptLabel: accept', 'acceptLabel: bug'))
    expect(gateSettingChanges(base, head)).toEqual([
      { path: 'gate.acceptLabel', base: '"accept"', pr: '"bug"' }
    ])
  })
})

describe('withBaseGateSettings', () => {
  test("keeps the PR's subject and takes every gate setting of a shared suite from base", () => {
    const head = pr(t =>
      t
        .replace('maxPassRateDrop: 0.05', 'maxPassRateDrop: 0.9')
        .replace('d.jsonl', 'e.jsonl')
        .replace('repeats: 3', 'repeats: 1')
    )
    const gated = withBaseGateSettings(head, base)
    expect(gated.suites[0]).toMatchObject({
      datasets: ['e.jsonl'],
      thresholds: { maxPassRateDrop: 0.05 },
      sampling: { repeats: 3 },
      checks: [{ type: 'contains', value: 'ok' }]
    })
    expect(gated.rails).toEqual(base.rails)
    expect(gated.defaults).toMatchObject({ model: 'm1', thresholds: { minPassRate: 0.8 } })
  })

  test('a suite the base does not have keeps its own settings', () => {
    const head = pr(t =>
      t.replace(
        'suites:\n',
        'suites:\n  - { id: new, prompt: n.prompt.yml, thresholds: { minPassRate: 0.1 } }\n'
      )
    )
    expect(withBaseGateSettings(head, base).suites.find(s => s.id === 'new')?.thresholds).toEqual({
      minPassRate: 0.1
    })
  })

  test('a gate setting the PR removed stays removed only if base lacks it too', () => {
    const head = pr(t => t.replace('    sampling: { repeats: 3 }\n', ''))
    expect(withBaseGateSettings(head, base).suites[0]?.sampling).toEqual({ repeats: 3 })
  })
})

describe('configFromOf', () => {
  test('pull_request_target is always base, whatever either config says', () => {
    expect(
      configFromOf(
        base,
        pr(t => `${t}`),
        true
      )
    ).toBe('base')
  })
  test("comes from the base config: a PR's own configFrom: pr does not count", () => {
    const baseWithBase = loadConfig(
      'b.yml',
      BASE.replace('acceptLabel: accept', 'acceptLabel: accept, configFrom: base')
    )
    const head = pr(t => t.replace('acceptLabel: accept', 'acceptLabel: accept, configFrom: pr'))
    expect(configFromOf(baseWithBase, head, false)).toBe('base')
    expect(gateSettingChanges(baseWithBase, head)).toEqual([])
  })
  test('first adoption (no base config): the PR decides, pr by default', () => {
    expect(configFromOf(undefined, base, false)).toBe('pr')
  })
})

function runReport(verdict: RunReport['verdict'], reason: string): RunReport {
  return {
    schemaVersion: 1,
    tool: { name: 'promptgate', version: 'test' },
    configId: 'default',
    configFile: 'c.yml',
    startedAt: '',
    finishedAt: '',
    verdict,
    reason,
    suites: [],
    missingSecrets: [],
    notes: [],
    run: { concurrency: 1, durationMs: 0 }
  }
}

describe('decideUnderBothSettings', () => {
  const changes = [{ path: 'suites[a].thresholds.minPassRate', base: '0.6', pr: '0.05' }]
  const underPr = runReport('pass', 'all good')
  const underBase = runReport('fail', 'a regressed')

  test('the base settings decide when the verdicts disagree', () => {
    const r = decideUnderBothSettings({ underPr, underBase, changes, labels: [], acceptLabel: 'ok' })
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe("Under the base branch's gate settings: a regressed")
    expect(r.configReview).toMatchObject({ decidedBy: 'base', other: { settings: 'pr', verdict: 'pass' } })
  })

  test("the accept label lets the PR's settings decide", () => {
    const r = decideUnderBothSettings({ underPr, underBase, changes, labels: ['ok'], acceptLabel: 'ok' })
    expect(r.verdict).toBe('pass')
    expect(r.configReview).toMatchObject({ decidedBy: 'pr', other: { settings: 'base', verdict: 'fail' } })
  })

  test('agreeing verdicts keep the PR report and still list the changes', () => {
    const r = decideUnderBothSettings({
      underPr,
      underBase: runReport('pass', 'x'),
      changes,
      labels: [],
      acceptLabel: 'ok'
    })
    expect(r.verdict).toBe('pass')
    expect(r.configReview?.changes).toEqual(changes)
  })

  test('reviewBaseOnly adds nothing when the PR changed no gate setting', () => {
    expect(reviewBaseOnly(underPr, [], 'configFrom')).toBe(underPr)
  })
})
