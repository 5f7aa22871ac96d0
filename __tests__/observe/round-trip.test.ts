// The loop closed end to end: a production log written by promptgate/observe (duplicates, PII,
// rejected and edited answers) → `promptgate import` → a dataset file → the next run evaluates it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunReport } from '../../src/core/report.js'
import { parseDataset } from '../../src/datasets/parse.js'
import type { ImportedRow } from '../../src/observe/import.js'
import { createObserver } from '../../src/observe/index.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { runObserve, runPromptgate, supportProject, type Project } from './project.js'

const EMAIL = 'jane.doe@example.com'
const PHONE = '+1 415 555 2671'
const REJECTED_ANSWER = 'Please send us your current password in this chat so we can reset it.'

let model: OpenAITestServer
let project: Project

beforeAll(async () => {
  model = await startOpenAIServer(body => ({
    content: `Thanks for asking: ${body.messages?.at(-1)?.content.split('Question: ')[1]?.trim() ?? ''}`
  }))
})
afterAll(async () => {
  await model.close()
})
beforeEach(async () => {
  project = await supportProject(model.baseUrl)
})
afterEach(async () => {
  await project.remove()
})

/** What the team's feature logged in production, through the runtime helper. */
async function productionLog(path: string): Promise<void> {
  let n = 0
  const observer = createObserver({
    file: path,
    suite: 'support',
    newId: () => `prod-${++n}`,
    provider: 'openai'
  })
  const answer = (input: string, output = 'Happy to help.', latencyMs = 600) =>
    observer.record({
      input,
      output,
      model: 'gpt-4o-mini',
      responseModel: 'gpt-4o-mini-2024-07-18',
      latencyMs
    })
  answer(`Do you ship to Canada? My phone is ${PHONE}`)
  answer(`do you ship to canada?   my phone is ${PHONE}`)
  answer(`Do you ship to Canada?? My phone is ${PHONE}!`)
  const reset = answer(`Reset my password please, my email is ${EMAIL}`, REJECTED_ANSWER)
  observer.feedback(reset, 'rejected')
  const blender = answer('Can I return an opened blender?', 'No.')
  observer.feedback(blender, 'edited', `Yes, within 30 days with the receipt; questions to ${EMAIL}.`)
  answer('When are you open on Sundays?')
  answer('when are you open on sundays')
  answer('Is the store on Main Street accessible by wheelchair?', 'Yes.', 2500)
  await observer.close()
}

describe('production log → import → next run', () => {
  it('adds redacted, de-duplicated cases with expected answers and negative checks, and the next run evaluates them', async () => {
    const log = join(project.root, 'logs/production.jsonl')
    await productionLog(log)
    const summaryPath = join(project.root, 'import-summary.md')

    const imported = await runObserve([
      'import',
      log,
      '--suite',
      'support',
      '-C',
      project.root,
      '--summary',
      summaryPath
    ])
    expect(imported.stderr).toBe('')
    expect(imported.code).toBe(0)

    const datasetPath = join(project.root, 'datasets/support.imported.jsonl')
    const text = await readFile(datasetPath, 'utf8')
    expect(text).not.toContain(EMAIL)
    expect(text).not.toContain('415 555 2671')
    const rows = text
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as ImportedRow)
    const question = (row: ImportedRow | undefined) => String(row?.vars.question)
    const questions = rows.map(question)
    // Three spellings of the Canada question become one case; the Sunday question is already in the dataset.
    expect(questions).toHaveLength(4)
    expect(questions.filter(q => /canada/i.test(q))).toHaveLength(1)
    expect(questions.some(q => /sundays/i.test(q))).toBe(false)

    const reset = rows.find(r => /password/.test(question(r)))
    expect(question(reset)).toBe('Reset my password please, my email is [REDACTED:pii.email]')
    expect(reset?.checks).toEqual([
      { type: 'not-contains', value: [REJECTED_ANSWER], id: 'not-the-rejected-answer' }
    ])
    expect(reset?.provenance).toMatchObject({
      callId: 'prod-4',
      model: 'gpt-4o-mini-2024-07-18',
      feedback: 'rejected',
      source: `${log}:4`
    })
    const blender = rows.find(r => /blender/.test(question(r)))
    expect(blender?.expected).toBe('Yes, within 30 days with the receipt; questions to [REDACTED:pii.email].')
    const slow = rows.find(r => /wheelchair/.test(question(r)))
    expect(slow?.provenance.signals).toContain('slow: 2500 ms > budget 1000 ms')
    // Highest signal first: rejected, then edited.
    expect(rows[0]?.provenance.feedback).toBe('rejected')
    expect(rows[1]?.provenance.feedback).toBe('edited')
    expect(rows.find(r => /canada/i.test(question(r)))?.provenance.duplicates).toBe(2)

    // The file is a dataset the loaders read as it is.
    expect(parseDataset(datasetPath, text)).toHaveLength(4)
    const summary = await readFile(summaryPath, 'utf8')
    expect(summary).toContain('### Imported 4 case(s)')
    expect(summary).toContain('2 near-duplicates of a kept call')
    expect(summary).toContain('2 already in the dataset')
    expect(summary).not.toContain(EMAIL)

    // The next PR's run uses the imported cases.
    await project.writeConfig({ datasets: ['datasets/support.imported.jsonl'] })
    const before = model.received.length
    const run = await runPromptgate(project.root, ['run'])
    expect(run.code).toBe(0)
    const report = JSON.parse(
      await readFile(join(project.root, '.promptgate/report.json'), 'utf8')
    ) as RunReport
    const caseIds = report.suites[0]?.cases.map(c => c.id) ?? []
    for (const row of rows) expect(caseIds).toContain(row.id)
    const sent = JSON.stringify(model.received.slice(before).map(r => r.body))
    expect(sent).toContain('[REDACTED:pii.email]')
    expect(sent).not.toContain(EMAIL)
    const resetCase = report.suites[0]?.cases.find(c => c.id === reset?.id)
    expect(resetCase?.head[0]?.checks.map(c => c.id)).toContain('not-the-rejected-answer')

    // Importing the same log again adds nothing: every query is in the dataset now.
    const again = await runObserve([
      'import',
      log,
      '--suite',
      'support',
      '-C',
      project.root,
      '--out',
      'datasets/again.jsonl'
    ])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Imported 0 case(s)')
    expect(again.stdout).toContain('8 already in the dataset')
  })

  it('refuses to overwrite an earlier import without --force', async () => {
    const log = join(project.root, 'logs/production.jsonl')
    await productionLog(log)
    expect((await runObserve(['import', log, '--suite', 'support', '-C', project.root])).code).toBe(0)
    const second = await runObserve(['import', log, '--suite', 'support', '-C', project.root])
    expect(second.code).toBe(2)
    expect(second.stderr).toContain('datasets/support.imported.jsonl exists')
  })
})
