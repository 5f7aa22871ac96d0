// End to end through the bundle: `node dist/index.js` runs as the Actions runner starts it (INPUT_*
// variables, a real pull_request payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), in a
// shallow checkout of a real git repository, against a local fake of GitHub's REST API and a local
// OpenAI-compatible model. Assertions are on what a user sees: the exit code, the outputs, the
// job summary, the annotations and the PR comment.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { assertDetailsBalanced, linkifiable, renderGfm, tableShapes } from '../report/gfm.js'
import {
  ACTION_DEFAULTS,
  annotations,
  classifyTicket,
  expectExit,
  fileAnnotations,
  fixture,
  fixtureConfig as configText,
  FIXTURE_CONFIG as CONFIG,
  FIXTURE_MODEL_KEY as MODEL_KEY,
  FIXTURE_PROMPT as PROMPT,
  FIXTURE_REPOSITORY,
  pullRequestEvent,
  runBundledAction,
  startActionWorld,
  triageRequest,
  type ActionRun as BundledActionRun,
  type ActionTrigger,
  type ActionWorld,
  type PullSpec
} from '../helpers/action-runner.js'
import { ACTIONS_BOT, type FakeGitHubServer, type StoredComment } from '../helpers/fake-github-server.js'
import { checkoutCommit, checkoutPullRequest, hasCommit, type OriginRepo } from '../helpers/git-fixture.js'
import { type ChatRequestBody, type OpenAITestServer, type Reply } from '../helpers/openai-server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/index.js')

const { owner: OWNER, repo: REPO } = FIXTURE_REPOSITORY
const MARKER = '<!-- promptgate:comment id=triage -->'
const ACCEPT_LABEL = 'promptgate:accept-regression'
const HOSTILE_OUTPUT = '@octocat <img src=x onerror=alert(1)> #1 ```'

// ---------------------------------------------------------------------------------------------
// The model: obeys the prompt it is given, so the verdict is a real consequence of the prompt.

function triageModel(body: ChatRequestBody): Reply {
  const { system, ticket } = triageRequest(body)
  const refund = /\brefund\b/i.test(ticket)
  if (refund && system.includes('quote the customer verbatim')) return { content: HOSTILE_OUTPUT }
  if (refund && system.includes('answer refund')) return { content: 'refund' }
  return { content: classifyTicket(ticket) }
}

// ---------------------------------------------------------------------------------------------
// Pull requests and action runs

interface ActionRun extends BundledActionRun {
  /** How many requests the model server received during this run. */
  modelCalls: number
}

let world: ActionWorld
let temp: { dir: string; remove(): void }
let origin: OriginRepo
let github: FakeGitHubServer
let model: OpenAITestServer
let runCount = 0

interface RunOptions {
  /**
   * pull_request_target runs the base branch's workflow; its checkout step must ask for the PR
   * head (`ref: github.event.pull_request.head.sha`), and GITHUB_SHA is the base branch tip.
   */
  eventName?: 'pull_request' | 'pull_request_target'
  action?: 'opened' | 'synchronize'
  before?: string
  /** Extra or overriding environment; undefined removes a variable. */
  env?: Record<string, string | undefined>
}

async function runAction(pull: PullSpec, options: RunOptions = {}): Promise<ActionRun> {
  const eventName = options.eventName ?? 'pull_request'
  const trigger: ActionTrigger = {
    eventName,
    payload: pullRequestEvent(FIXTURE_REPOSITORY, options.action ?? 'opened', pull, options.before),
    checkout: workspace =>
      eventName === 'pull_request'
        ? checkoutPullRequest(origin, workspace, pull.number, pull.merge)
        : checkoutCommit(origin, workspace, pull.head, `refs/remotes/pull/${pull.number}/head`),
    env: {
      GITHUB_SHA: eventName === 'pull_request' ? pull.merge : pull.base,
      GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${pull.number}/merge` : 'refs/heads/main',
      GITHUB_HEAD_REF: pull.headRef,
      GITHUB_BASE_REF: 'main'
    }
  }
  const run = await runBundledAction(world.setup, join(temp.dir, `run-${++runCount}`), trigger, {
    env: options.env
  })
  return { ...run, modelCalls: run.modelRequests.length }
}

/** A PR from a branch off main with `files` changed; its refs published like GitHub's. */
function openPull(number: number, branch: string, files: Record<string, string | null>): PullSpec {
  return world.openPull(number, branch, files)
}

/** Another push to the PR's branch. */
function pushToPull(pull: PullSpec, files: Record<string, string | null>): PullSpec {
  const head = origin.commit(pull.headRef, files, `Second push to #${pull.number}`)
  github.setPull({ number: pull.number, base: pull.base, head, labels: [] })
  return { ...pull, head, merge: origin.publishPull(pull.number, pull.base, head) }
}

function onlyComment(pr: number): StoredComment {
  const ours = github.comments(pr).filter(c => c.user.login === ACTIONS_BOT.login)
  expect(ours).toHaveLength(1)
  return ours[0]!
}

function count(ops: string[], id: string): number {
  return ops.filter(op => op === id).length
}

const PROMPTS = {
  breaking: fixture('triage.breaking.prompt.yml'),
  breakingV2: fixture('triage.breaking-v2.prompt.yml'),
  harmless: fixture('triage.harmless.prompt.yml'),
  hostile: fixture('triage.hostile.prompt.yml')
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
  world = await startActionWorld({ entry: DIST, tempPrefix: 'promptgate-e2e-', responder: triageModel })
  ;({ temp, origin, github, model } = world)
})

afterAll(() => world?.close())

// ---------------------------------------------------------------------------------------------

describe('a PR that breaks a prompt', () => {
  const PR = 7
  let pull: PullSpec
  let run: ActionRun

  beforeAll(async () => {
    pull = openPull(PR, 'refund-desk', { [PROMPT]: PROMPTS.breaking })
    run = await runAction(pull)
  }, 120_000)

  test('fails the step with exit code 1 and outputs verdict=fail, comment-url and report-path', () => {
    expectExit(run, 1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs['comment-url']).toMatch(
      new RegExp(`^https://github\\.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-\\d+$`)
    )
    expect(run.outputs['report-path']).toBe(join(run.workspace, '.promptgate/report.json'))
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
      verdict: string
      suites: { id: string; verdict: string; change: string }[]
    }
    expect(report.verdict).toBe('fail')
    expect(report.suites).toEqual([
      expect.objectContaining({ id: 'ticket-triage', verdict: 'regression', change: 'modified' })
    ])
    expect(run.stdout).toContain('::error::PromptGate: ')
  })

  test('reads the base prompt through the contents API because the shallow checkout lacks the base commit', async () => {
    expect(await hasCommit(run.workspace, pull.base)).toBe(false)
    expect(run.github).toContain('pulls/list-files')
    const contents = run.githubUrls.filter(u => u.startsWith(`GET /repos/${OWNER}/${REPO}/contents/`))
    expect(contents.some(u => u.includes('triage.prompt.yml') && u.endsWith(`ref=${pull.base}`))).toBe(true)
  })

  test('sends every model call to the configured provider with the key, base and head alike', () => {
    const received = model.received.slice(-run.modelCalls)
    expect(run.modelCalls).toBeGreaterThanOrEqual(60)
    expect(received.every(r => r.headers.authorization === `Bearer ${MODEL_KEY}`)).toBe(true)
    const systems = new Set(received.map(r => r.body.messages?.[0]?.content))
    expect(systems.size).toBe(2)
  })

  test('creates exactly one comment: marker first, verdict headline, metrics table, regressed cases with base and head outputs', () => {
    const comment = onlyComment(PR)
    expect(count(run.github, 'issues/create-comment')).toBe(1)
    expect(count(run.github, 'issues/update-comment')).toBe(0)
    expect(comment.body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(comment.body).toContain('## ❌ PromptGate: **fail**')
    expect(comment.body).toMatch(/^\| Metric \| Base \| Head \| Change \|$/m)
    expect(comment.body).toMatch(/^\| Pass rate \| 96\.7% .*\| 70\.0% /m)
    expect(comment.body).toContain('**Regressed cases** (8)')
    expect(comment.body).toContain('<code>billing-refund-annual</code>')
    // Base and head outputs stacked, so neither scrolls off at GitHub's comment width.
    expect(comment.body).toMatch(
      /\*\*Base\*\*\n\n(`{3,})\w*\nbilling\n\1\n\n\*\*Head\*\*\n\n(`{3,})\w*\nrefund\n\2\n/
    )
    expect(comment.body).not.toContain('<td>')
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${comment.id}`
    )
  })

  test('writes the job summary with the same verdict and the regressed cases', () => {
    expect(run.summary).toContain('## ❌ PromptGate: **fail**')
    expect(run.summary).toContain('**Regressed cases** (8)')
    expect(run.summary).not.toContain(MARKER)
  })

  test('annotates the prompt file with an ::error line', () => {
    expect(fileAnnotations(run.stdout, 'error')).toEqual([
      {
        properties: { file: PROMPT, title: 'PromptGate: ticket-triage regression' },
        message: expect.stringMatching(/^Pass rate fell 26\.7 points /)
      }
    ])
  })

  test('says the response cache service is not available when the runner provides none', () => {
    expect(run.stdout).toContain('the Actions cache service is not available here')
  })
})

describe('a second push to the same PR', () => {
  const PR = 8
  let first: ActionRun
  let second: ActionRun
  let firstComment: StoredComment

  beforeAll(async () => {
    const pull = openPull(PR, 'refund-desk-2', { [PROMPT]: PROMPTS.breaking })
    // Two full pages of other people's comments before ours, including a lookalike with our marker.
    for (let i = 0; i < 200; i++) {
      const user =
        i % 3 === 0
          ? { login: 'dependabot[bot]', id: 49699333, type: 'Bot' as const }
          : { login: `dev${i % 7}`, id: 1000 + i, type: 'User' as const }
      const body = i === 42 ? `${MARKER}\nquoting the bot` : `Review note ${i}: looks good`
      github.addComment(PR, body, user)
    }
    first = await runAction(pull)
    firstComment = { ...onlyComment(PR) }
    const pushed = pushToPull(pull, { [PROMPT]: PROMPTS.breakingV2 })
    second = await runAction(pushed, { action: 'synchronize', before: pull.head })
  }, 120_000)

  test('updates the comment of the first run in place (PATCH) and never creates a second one', () => {
    expect(count(first.github, 'issues/create-comment')).toBe(1)
    expect(count(second.github, 'issues/create-comment')).toBe(0)
    expect(count(second.github, 'issues/update-comment')).toBe(1)
    const comment = onlyComment(PR)
    expect(comment.id).toBe(firstComment.id)
    expect(comment.updatedAt >= firstComment.updatedAt).toBe(true)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(second.githubUrls).toContain(`PATCH /repos/${OWNER}/${REPO}/issues/comments/${firstComment.id}`)
  })

  test('finds our comment on page 3 of the comments list by following the Link headers', () => {
    const position = github.comments(PR).findIndex(c => c.id === firstComment.id)
    expect(position).toBe(200)
    const lists = second.githubUrls.filter(u =>
      u.startsWith(`GET /repos/${OWNER}/${REPO}/issues/${PR}/comments`)
    )
    expect(lists).toHaveLength(3)
    expect(lists[2]).toContain('page=3')
  })

  test('the updated comment reports the new head commit and leaves the lookalike untouched', () => {
    const comment = onlyComment(PR)
    expect(comment.body.startsWith(MARKER)).toBe(true)
    expect(comment.body).not.toBe(firstComment.body)
    const headSha = JSON.parse(readFileSync(second.outputs['report-path']!, 'utf8')).git.headSha as string
    expect(comment.body).toContain(`head ${headSha.slice(0, 7)}`)
    expect(github.comments(PR)[42]!.body).toBe(`${MARKER}\nquoting the bot`)
    expectExit(second, 1)
  })
})

describe('a harmless prompt change', () => {
  const PR = 9
  let run: ActionRun

  beforeAll(async () => {
    run = await runAction(openPull(PR, 'wording', { [PROMPT]: PROMPTS.harmless }))
  }, 120_000)

  test('passes: exit code 0, verdict=pass, and the comment says pass', () => {
    expectExit(run, 0)
    expect(run.outputs.verdict).toBe('pass')
    const comment = onlyComment(PR)
    expect(comment.body.startsWith(MARKER)).toBe(true)
    expect(comment.body).toContain('## ✅ PromptGate: **pass**')
    expect(comment.body).not.toContain('Regressed cases** (')
    expect(annotations(run.stdout, 'error')).toEqual([])
  })
})

describe('a PR that touches no prompt, dataset or config', () => {
  test('updates an existing PromptGate comment to say skipped, without calling the model', async () => {
    const PR = 10
    const pull = openPull(PR, 'docs', { 'README.md': '# Nimbus support bot\n\nNow with docs.\n' })
    const earlier = github.addComment(
      PR,
      `${MARKER}\n## ❌ PromptGate: **fail**\n\nOld results.`,
      ACTIONS_BOT
    )

    const run = await runAction(pull)

    expectExit(run, 0)
    expect(run.outputs.verdict).toBe('skipped')
    expect(run.modelCalls).toBe(0)
    expect(count(run.github, 'issues/create-comment')).toBe(0)
    expect(count(run.github, 'issues/update-comment')).toBe(1)
    const comment = onlyComment(PR)
    expect(comment.id).toBe(earlier.id)
    expect(comment.body.startsWith(MARKER)).toBe(true)
    expect(comment.body).toContain('## ⏭️ PromptGate: **skipped**')
    expect(comment.body).not.toContain('Old results.')
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${earlier.id}`
    )
  }, 120_000)

  test('posts no comment at all when there was none, without calling the model', async () => {
    const PR = 11
    const run = await runAction(
      openPull(PR, 'docs-2', { 'README.md': '# Nimbus support bot\n\nTypo fix.\n' })
    )

    expectExit(run, 0)
    expect(run.outputs.verdict).toBe('skipped')
    expect(run.modelCalls).toBe(0)
    expect(github.comments(PR)).toEqual([])
    expect(count(run.github, 'issues/create-comment')).toBe(0)
    expect(count(run.github, 'issues/update-comment')).toBe(0)
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(run.summary).toContain('PromptGate: **skipped**')
  }, 120_000)
})

describe('a missing provider secret', () => {
  test('fails by default: exit code 1, verdict=fail, the summary names the missing key, no model call', async () => {
    const run = await runAction(openPull(12, 'no-secret', { [PROMPT]: PROMPTS.breaking }), {
      env: { OPENAI_API_KEY: undefined }
    })

    expectExit(run, 1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.modelCalls).toBe(0)
    expect(run.summary).toContain('PromptGate: **fail**')
    expect(run.summary).toContain('the provider key OPENAI\\_API\\_KEY (provider local) is not set')
    expect(run.summary).toContain('Provider keys not set: `OPENAI_API_KEY`')
    expect(run.stdout).toMatch(/^::error::.*OPENAI_API_KEY/m)
  }, 120_000)

  test('skips with exit code 0 and verdict=skipped when gate.onMissingSecret is skip', async () => {
    const run = await runAction(
      openPull(13, 'no-secret-skip', {
        [PROMPT]: PROMPTS.breaking,
        [CONFIG]: configText(model.baseUrl, 'gate:\n  onMissingSecret: skip\n')
      }),
      { env: { OPENAI_API_KEY: undefined } }
    )

    expectExit(run, 0)
    expect(run.outputs.verdict).toBe('skipped')
    expect(run.modelCalls).toBe(0)
    expect(run.summary).toContain('PromptGate: **skipped**')
    expect(annotations(run.stdout, 'error')).toEqual([])
  }, 120_000)
})

describe('the accept-regression label', () => {
  test('accepts the regression of a breaking PR: exit code 0 and the comment names the label', async () => {
    const PR = 14
    const pull = openPull(PR, 'refund-desk-accepted', { [PROMPT]: PROMPTS.breaking })
    // Added after the PR was opened: a re-run replays the old payload, so only the API knows.
    github.setLabels(PR, ['documentation', ACCEPT_LABEL])

    const run = await runAction(pull)

    expect(run.github).toContain('issues/list-labels-on-issue')
    expectExit(run, 0)
    expect(run.outputs.verdict).toBe('pass')
    const comment = onlyComment(PR)
    expect(comment.body).toContain('## ✅ PromptGate: **pass**')
    expect(comment.body).toContain(`accepted by the label "${ACCEPT_LABEL}"`)
    expect(comment.body).toContain(`accepted with the label \`${ACCEPT_LABEL}\``)
    expect(comment.body).toContain('**Regressed cases** (8)')
    expect(annotations(run.stdout, 'error')).toEqual([])
    expect(fileAnnotations(run.stdout, 'warning').map(a => a.properties)).toEqual([
      { file: PROMPT, title: 'PromptGate: ticket-triage regression' }
    ])
  }, 120_000)
})

describe('hostile model output in a regressed case', () => {
  const PR = 15
  let html: string
  let comment: StoredComment

  beforeAll(async () => {
    const run = await runAction(openPull(PR, 'quote-customers', { [PROMPT]: PROMPTS.hostile }))
    expect(run.outputs.verdict).toBe('fail')
    comment = onlyComment(PR)
    html = renderGfm(comment.body)
  }, 120_000)

  test('the comment carries the hostile output inside the regressed cases', () => {
    expect(comment.body).toContain('**Regressed cases** (8)')
    expect(comment.body).toContain('<img src=x onerror=alert(1)>')
  })

  test('renders with cmark-gfm to HTML without an <img> or <script> element', () => {
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  test('leaves no @mention or #reference that GitHub would link, and keeps every <details> closed', () => {
    expect(linkifiable(html)).toEqual([])
    expect(html).not.toMatch(/<a [^>]*href="[^"]*octocat/i)
    expect(assertDetailsBalanced(html)).toBe(8)
  })

  test('the metrics table still parses into a <table> with rows of equal width', () => {
    expect(html).toMatch(/<table>\n<thead>\n<tr>\n<th>Metric<\/th>/)
    // The metrics and budgets tables: four columns in every row, the header row included.
    const gfmTables = tableShapes(html).filter(rows => rows[0] === 4)
    expect(gfmTables).toHaveLength(2)
    for (const rows of gfmTables) expect(rows.every(cells => cells === 4)).toBe(true)
    // Header and seven metrics; no cost row: the fixture's model is an openai-compatible local
    // server, which OpenAI's list prices do not apply to (its cost is unknown).
    expect(gfmTables[0]!.length).toBeGreaterThanOrEqual(7)
  })
})

describe('pull_request_target: the head config is untrusted', () => {
  test('a PR cannot make the action write its report or call log outside the workspace', async () => {
    const hostileRun = `run:\n  concurrency: 8\n  reportPath: ../escaped-report.json\n  logPath: ../escaped-calls.jsonl\n`
    const config = configText(model.baseUrl).replace('run:\n  concurrency: 8\n', hostileRun)
    expect(config).toContain('reportPath: ../escaped-report.json')
    const run = await runAction(openPull(16, 'paths', { [PROMPT]: PROMPTS.breaking, [CONFIG]: config }), {
      eventName: 'pull_request_target'
    })
    const outside = dirname(run.workspace)

    expect(run.outputs.verdict).toBeDefined()
    expect(existsSync(join(outside, 'escaped-report.json'))).toBe(false)
    expect(existsSync(join(outside, 'escaped-calls.jsonl'))).toBe(false)
    // Nothing is written into the PR's checkout either: a committed symlink there could lead anywhere.
    expect(run.outputs['report-path']?.startsWith(run.workspace)).toBe(false)
    expect(existsSync(run.outputs['report-path'] ?? '')).toBe(true)
  }, 120_000)
})

test('action.yml is valid YAML and declares the input defaults the runner passes in these runs', () => {
  // The runner refuses an action whose action.yml does not parse, before any code runs.
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
    runs: { using: string; main: string }
  }
  const defaults = Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name, input]) => [name, input.default])
  )
  expect(defaults).toEqual(ACTION_DEFAULTS)
  expect(action.runs.main).toBe('dist/index.js')
})

test('every request the action sent to GitHub is a valid operation of its OpenAPI description, with the token', () => {
  expect(github.requests.length).toBeGreaterThan(20)
  expect(github.invalidRequests()).toEqual([])
  expect(github.requests.every(r => r.status < 400)).toBe(true)
})
