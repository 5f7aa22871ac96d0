import { GITHUB_PR_FILES_CAP } from '../../src/constants.js'
import { silentLogger, type GitHubApi } from '../../src/github/api.js'
import {
  affectedSuites,
  listChangedFiles,
  type ChangeSet,
  type SuiteFileSet
} from '../../src/github/changes.js'
import { createGitHubClient } from '../../src/github/client.js'
import { createLocalGit, parseNameStatusZ } from '../../src/repo/git.js'
import { GitHubRecorder, useGitHubNock } from '../helpers/github-nock.js'
import { cleanupTempDirs, shallowClone, tempRepo } from './git-fixture.js'

const API = 'https://api.github.com'
let recorder: GitHubRecorder

useGitHubNock(() => recorder)
afterAll(() => cleanupTempDirs())
beforeEach(() => {
  recorder = new GitHubRecorder()
})

const client = () => createGitHubClient({ token: 'ghs_x', logger: silentLogger, retryAfterBaseValueMs: 1 })

function servePrFiles(files: { filename: string; status: string; previous_filename?: string }[]) {
  const scope = recorder.scope(API)
  const pages = Math.max(1, Math.ceil(files.length / 100))
  for (let page = 1; page <= pages; page++) {
    const headers: Record<string, string> =
      page < pages
        ? { link: `<${API}/repos/octo/prompts/pulls/3/files?per_page=100&page=${page + 1}>; rel="next"` }
        : {}
    scope
      .get('/repos/octo/prompts/pulls/3/files')
      .query(page === 1 ? { per_page: '100' } : { per_page: '100', page: String(page) })
      .reply(200, files.slice((page - 1) * 100, page * 100), headers)
  }
}

const manyFiles = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ filename: `generated/f${i}.txt`, status: 'added' }))

describe('listChangedFiles', () => {
  test('maps the PR files API statuses, renames included', async () => {
    servePrFiles([
      { filename: 'prompts/a.prompt.yml', status: 'modified' },
      { filename: 'prompts/new.md', status: 'added' },
      { filename: 'prompts/gone.md', status: 'removed' },
      { filename: 'prompts/b2.md', status: 'renamed', previous_filename: 'prompts/b.md' },
      { filename: 'prompts/copy.md', status: 'copied', previous_filename: 'prompts/a.prompt.yml' },
      { filename: 'bin/tool', status: 'changed' }
    ])

    const set = await listChangedFiles(
      { owner: 'octo', repo: 'prompts', prNumber: 3, base: 'b', head: 'h' },
      { api: client() }
    )

    expect(set).toEqual({
      source: 'pulls-api',
      complete: true,
      notes: [],
      files: [
        { path: 'prompts/a.prompt.yml', status: 'modified' },
        { path: 'prompts/new.md', status: 'added' },
        { path: 'prompts/gone.md', status: 'removed' },
        { path: 'prompts/b2.md', status: 'renamed', previousPath: 'prompts/b.md' },
        { path: 'prompts/copy.md', status: 'added' },
        { path: 'bin/tool', status: 'modified' }
      ]
    })
  })

  test('at the 3,000-file cap, completes the list from local git when both commits are present', async () => {
    const repo = tempRepo()
    const base = repo.commit({ 'prompts/a.md': 'v1', 'prompts/b.md': 'same content for rename\n'.repeat(5) })
    const head = repo.commit({
      'prompts/a.md': 'v2',
      'prompts/b.md': null,
      'prompts/c.md': 'same content for rename\n'.repeat(5)
    })
    servePrFiles(manyFiles(GITHUB_PR_FILES_CAP))

    const set = await listChangedFiles(
      { owner: 'octo', repo: 'prompts', prNumber: 3, base, head },
      { api: client(), git: createLocalGit(repo.dir) }
    )

    expect(recorder.requests).toHaveLength(30)
    expect(set.source).toBe('git')
    expect(set.complete).toBe(true)
    expect(set.notes[0]).toMatch(/local git diff/)
    expect(set.files).toEqual([
      { path: 'prompts/a.md', status: 'modified' },
      { path: 'prompts/c.md', status: 'renamed', previousPath: 'prompts/b.md' }
    ])
  })

  test('at the cap without the base commit locally, marks the list incomplete and says how to fix it', async () => {
    const repo = tempRepo()
    repo.commit({ 'a.md': '1' })
    const head = repo.commit({ 'a.md': '2' })
    const clone = shallowClone(repo.dir)
    servePrFiles(manyFiles(GITHUB_PR_FILES_CAP))

    const set = await listChangedFiles(
      { owner: 'octo', repo: 'prompts', prNumber: 3, base: 'f'.repeat(40), head },
      { api: client(), git: createLocalGit(clone) }
    )

    expect(set).toMatchObject({ source: 'pulls-api', complete: false })
    expect(set.files).toHaveLength(GITHUB_PR_FILES_CAP)
    expect(set.notes[0]).toMatch(/fetch-depth: 0/)
  })

  test('for a push without the base commit locally, uses the compare API', async () => {
    recorder
      .scope(API)
      .get('/repos/octo/prompts/compare/aaa...bbb')
      .reply(200, { files: [{ filename: 'prompts/a.md', status: 'modified' }] })
    const source = tempRepo()
    source.commit({ 'x.md': '1' })
    const clone = shallowClone(source.dir)

    const set = await listChangedFiles(
      { owner: 'octo', repo: 'prompts', base: 'aaa', head: 'bbb' },
      { api: client(), git: createLocalGit(clone) }
    )

    expect(set).toEqual({
      source: 'compare-api',
      complete: true,
      notes: [],
      files: [{ path: 'prompts/a.md', status: 'modified' }]
    })
  })

  test('marks a compare result at its 300-file cap as incomplete', async () => {
    const api: Pick<GitHubApi, 'listPullFiles' | 'compareCommits'> = {
      listPullFiles: async () => [],
      compareCommits: async () =>
        manyFiles(300).map(f => ({ filename: f.filename, status: 'added' as const }))
    }

    const set = await listChangedFiles({ owner: 'o', repo: 'r', base: 'a', head: 'b' }, { api })

    expect(set.complete).toBe(false)
    expect(set.notes[0]).toMatch(/at most 300/)
  })
})

test('parses NUL-separated name-status output with renames and hostile file names', () => {
  expect(
    parseNameStatusZ('M\0a b.md\0R087\0old\tname.md\0new\nname.md\0D\0gone.md\0A\0@user #1.md\0')
  ).toEqual([
    { path: 'a b.md', status: 'modified' },
    { path: 'new\nname.md', status: 'renamed', previousPath: 'old\tname.md' },
    { path: 'gone.md', status: 'removed' },
    { path: '@user #1.md', status: 'added' }
  ])
})

describe('affectedSuites', () => {
  const changes = (files: ChangeSet['files'], complete = true): ChangeSet => ({
    files,
    complete,
    source: 'pulls-api',
    notes: []
  })
  const suite = (
    id: string,
    prompt: string,
    files: string[] = [],
    configFingerprint?: string
  ): SuiteFileSet => (configFingerprint ? { id, prompt, files, configFingerprint } : { id, prompt, files })
  const configPath = '.github/promptgate.yml'

  test('a modified prompt is affected and compared with the same path in base', () => {
    const [r] = affectedSuites({
      head: [suite('s', 'prompts/s.md')],
      base: [suite('s', 'prompts/s.md')],
      changes: changes([{ path: 'prompts/s.md', status: 'modified' }]),
      configPath
    })
    expect(r).toEqual({
      id: 's',
      affected: true,
      change: 'modified',
      promptPath: 'prompts/s.md',
      basePromptPath: 'prompts/s.md',
      reasons: ['prompt prompts/s.md modified']
    })
  })

  test('a renamed prompt is compared with its old path', () => {
    const [r] = affectedSuites({
      head: [suite('s', 'prompts/new.md')],
      base: [suite('s', 'prompts/old.md')],
      changes: changes([{ path: 'prompts/new.md', status: 'renamed', previousPath: 'prompts/old.md' }]),
      configPath
    })
    expect(r).toMatchObject({ change: 'renamed', basePromptPath: 'prompts/old.md', affected: true })
  })

  test('an added prompt has no base version', () => {
    const [r] = affectedSuites({
      head: [suite('s', './prompts/s.md')],
      base: [],
      changes: changes([{ path: 'prompts/s.md', status: 'added' }]),
      configPath
    })
    expect(r).toMatchObject({ change: 'added', affected: true, promptPath: 'prompts/s.md' })
    expect(r!.basePromptPath).toBeUndefined()
  })

  test('a suite only in the base config is deleted', () => {
    const result = affectedSuites({
      head: [suite('kept', 'k.md')],
      base: [suite('kept', 'k.md'), suite('gone', 'prompts/gone.md')],
      changes: changes([{ path: 'prompts/gone.md', status: 'removed' }]),
      configPath
    })
    expect(result.map(r => [r.id, r.change, r.affected])).toEqual([
      ['kept', 'unchanged', false],
      ['gone', 'deleted', true]
    ])
    expect(result[1]!.basePromptPath).toBe('prompts/gone.md')
    expect(result[1]!.promptPath).toBeUndefined()
  })

  test('a removed prompt file still named by the head config is deleted', () => {
    const [r] = affectedSuites({
      head: [suite('s', 'p.md')],
      base: [suite('s', 'p.md')],
      changes: changes([{ path: 'p.md', status: 'removed' }]),
      configPath
    })
    expect(r).toMatchObject({ change: 'deleted', basePromptPath: 'p.md' })
  })

  test('a changed dataset or a file matching a glob affects an unchanged prompt', () => {
    const result = affectedSuites({
      head: [
        suite('a', 'a.md', ['data/a.jsonl']),
        suite('b', 'b.md', ['schemas/**/*.json']),
        suite('c', 'c.md', ['data/c.csv'])
      ],
      base: [
        suite('a', 'a.md', ['data/a.jsonl']),
        suite('b', 'b.md', ['schemas/**/*.json']),
        suite('c', 'c.md', ['data/c.csv'])
      ],
      changes: changes([
        { path: 'data/a.jsonl', status: 'modified' },
        { path: 'schemas/v2/out.json', status: 'added' }
      ]),
      configPath
    })
    expect(result.map(r => [r.id, r.change, r.affected, r.reasons])).toEqual([
      ['a', 'unchanged', true, ['data/a.jsonl modified']],
      ['b', 'unchanged', true, ['schemas/v2/out.json added']],
      ['c', 'unchanged', false, []]
    ])
  })

  test('a dataset renamed away from the path the suite used counts as changed', () => {
    const [r] = affectedSuites({
      head: [suite('s', 's.md', ['data/new.jsonl'])],
      base: [suite('s', 's.md', ['data/old.jsonl'])],
      changes: changes([{ path: 'data/new.jsonl', status: 'renamed', previousPath: 'data/old.jsonl' }]),
      configPath
    })
    expect(r!.reasons).toEqual(['data/new.jsonl renamed from data/old.jsonl'])
  })

  test('a config change affects every suite unless its config fingerprint is unchanged', () => {
    const result = affectedSuites({
      head: [suite('a', 'a.md', [], 'h1'), suite('b', 'b.md', [], 'same'), suite('c', 'c.md')],
      base: [suite('a', 'a.md', [], 'h0'), suite('b', 'b.md', [], 'same'), suite('c', 'c.md')],
      changes: changes([{ path: configPath, status: 'modified' }]),
      configPath
    })
    expect(result.map(r => [r.id, r.affected])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true]
    ])
  })

  test('a suite added to an existing config runs against the unchanged prompt in base', () => {
    const [r] = affectedSuites({
      head: [suite('new', 'legacy.md')],
      base: [],
      changes: changes([{ path: configPath, status: 'modified' }]),
      configPath
    })
    expect(r).toMatchObject({ change: 'unchanged', basePromptPath: 'legacy.md', affected: true })
    expect(r!.reasons).toContain('suite added to the config')
  })

  test('pointing a suite at another prompt file compares against the file base used', () => {
    const [r] = affectedSuites({
      head: [suite('s', 'prompts/v2.md')],
      base: [suite('s', 'prompts/v1.md')],
      changes: changes([{ path: 'prompts/v2.md', status: 'added' }]),
      configPath
    })
    expect(r).toMatchObject({ change: 'modified', basePromptPath: 'prompts/v1.md', affected: true })
  })

  test('an incomplete change list affects every suite', () => {
    const [r] = affectedSuites({
      head: [suite('s', 's.md')],
      base: [suite('s', 's.md')],
      changes: changes([], false),
      configPath
    })
    expect(r).toMatchObject({ affected: true, change: 'unchanged' })
  })
})
