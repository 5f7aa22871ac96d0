import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { silentLogger } from '../../src/github/api.js'
import { fsRepoFiles, gitRepoFiles } from '../../src/repo/files.js'
import { MAX_REPO_FILE_BYTES, OversizedFileError } from '../../src/repo/size.js'
import { createGitHubClient } from '../../src/github/client.js'
import { createLocalGit } from '../../src/repo/git.js'
import { UnsafePathError } from '../../src/repo/paths.js'
import { GitHubRecorder, useGitHubNock } from '../helpers/github-nock.js'
import { cleanupTempDirs, git, shallowClone, tempDir, tempRepo } from '../github/git-fixture.js'

const API = 'https://api.github.com'
const repoRef = { owner: 'octo', repo: 'prompts' }
let recorder: GitHubRecorder

useGitHubNock(() => recorder)
afterAll(() => cleanupTempDirs())
beforeEach(() => {
  recorder = new GitHubRecorder()
})

describe('gitRepoFiles', () => {
  test('reads the base version of a file from a local commit', async () => {
    const repo = tempRepo()
    const base = repo.commit({ 'prompts/a.md': 'base text', 'data/d.jsonl': '{"x":1}\n' })
    repo.commit({ 'prompts/a.md': 'head text', 'prompts/new.md': 'new' })
    const files = gitRepoFiles({ rev: base, git: createLocalGit(repo.dir) })

    expect(await files.readText('prompts/a.md')).toBe('base text')
    expect(await files.readText('./data/d.jsonl')).toBe('{"x":1}\n')
    expect(await files.readText('prompts/new.md')).toBeUndefined()
    expect(await files.source()).toBe('git')
    expect(files.label).toBe(`base (${base.slice(0, 7)})`)
  })

  test('refuses a directory where a file is expected', async () => {
    const repo = tempRepo()
    const base = repo.commit({ 'prompts/a.md': 'x' })

    await expect(
      gitRepoFiles({ rev: base, git: createLocalGit(repo.dir) }).readText('prompts')
    ).rejects.toThrow(/is a tree, expected a file/)
  })

  test('refuses paths that leave the repository before running git', async () => {
    const repo = tempRepo()
    const base = repo.commit({ 'a.md': 'x' })
    const files = gitRepoFiles({ rev: base, git: createLocalGit(repo.dir) })

    await expect(files.readText('../outside.md')).rejects.toThrow(UnsafePathError)
    await expect(files.readText('/etc/passwd')).rejects.toThrow(UnsafePathError)
    await expect(files.readText('prompts/../../x')).rejects.toThrow(UnsafePathError)
  })

  test('returns the target path of a committed symlink, never the file it points at', async () => {
    const repo = tempRepo()
    symlinkSync('/etc/hostname', join(repo.dir, 'link.md'))
    git(repo.dir, ['add', 'link.md'])
    const base = repo.commit({})

    expect(await gitRepoFiles({ rev: base, git: createLocalGit(repo.dir) }).readText('link.md')).toBe(
      '/etc/hostname'
    )
  })

  test('falls back to the contents API when a shallow clone lacks the base commit', async () => {
    const repo = tempRepo()
    const base = repo.commit({ 'prompts/a.md': 'base text' })
    repo.commit({ 'prompts/a.md': 'head text' })
    const clone = shallowClone(repo.dir)
    recorder
      .scope(API)
      .get('/repos/octo/prompts/contents/prompts%2Fa.md')
      .query({ ref: base })
      .reply(200, {
        type: 'file',
        encoding: 'base64',
        size: 9,
        content: Buffer.from('base text').toString('base64')
      })
      .get('/repos/octo/prompts/contents/prompts%2Fmissing.md')
      .query({ ref: base })
      .reply(404, { message: 'Not Found' })
    const api = createGitHubClient({ token: 'ghs_x', logger: silentLogger, retryAfterBaseValueMs: 1 })
    const files = gitRepoFiles({ rev: base, git: createLocalGit(clone), api, repo: repoRef })

    expect(await createLocalGit(clone).hasCommit(base)).toBe(false)
    expect(await files.readText('prompts/a.md')).toBe('base text')
    expect(await files.readText('prompts/missing.md')).toBeUndefined()
    expect(await files.source()).toBe('api')
  })

  test('refuses a file over the size limit in the base commit, sized by git cat-file -s before reading', async () => {
    const repo = tempRepo()
    // Plain text that would decode fine (and fits git's output buffer): only the size rule refuses it.
    const base = repo.commit({
      'data/huge.jsonl': 'a'.repeat(MAX_REPO_FILE_BYTES + 1),
      'data/ok.jsonl': '{}\n'
    })
    const files = gitRepoFiles({ rev: base, git: createLocalGit(repo.dir) })

    // Without the rule the read succeeds: say so by length (a 50 MiB string in a failure message helps nobody).
    const error = await files.readText('data/huge.jsonl').then(
      text => `read ${text?.length} characters`,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(OversizedFileError)
    expect((error as Error).message).toBe(
      `data/huge.jsonl in commit ${base.slice(0, 7)} is ${MAX_REPO_FILE_BYTES + 1} bytes, over the ${MAX_REPO_FILE_BYTES}-byte (50 MiB) limit for files a config names; keep prompts, datasets and schemas smaller (split a dataset into several files)`
    )
    expect(await files.readText('data/ok.jsonl')).toBe('{}\n')
  })

  test('refuses a file over the size limit read through the contents API, by its size field, without downloading it', async () => {
    const repo = tempRepo()
    const base = repo.commit({ 'data/huge.jsonl': 'small here; GitHub says otherwise' })
    repo.commit({ 'data/huge.jsonl': 'head' })
    const clone = shallowClone(repo.dir)
    // Over 1 MB GitHub answers encoding "none" and no content; only a getBlob would download it,
    // and no such request is mocked (nock refuses any request not listed).
    recorder
      .scope(API)
      .get('/repos/octo/prompts/contents/data%2Fhuge.jsonl')
      .query({ ref: base })
      .reply(200, {
        type: 'file',
        encoding: 'none',
        size: MAX_REPO_FILE_BYTES + 1,
        content: '',
        sha: 'b'.repeat(40)
      })
      .get('/repos/octo/prompts/contents/data%2Fsmall-claimed-big.jsonl')
      .query({ ref: base })
      .reply(200, {
        type: 'file',
        encoding: 'base64',
        size: MAX_REPO_FILE_BYTES + 7,
        content: Buffer.from('{}').toString('base64')
      })
    const api = createGitHubClient({ token: 'ghs_x', logger: silentLogger, retryAfterBaseValueMs: 1 })
    const files = gitRepoFiles({ rev: base, git: createLocalGit(clone), api, repo: repoRef })

    await expect(files.readText('data/huge.jsonl')).rejects.toThrow(
      `data/huge.jsonl in commit ${base.slice(0, 7)} (GitHub contents API) is ${MAX_REPO_FILE_BYTES + 1} bytes, over the ${MAX_REPO_FILE_BYTES}-byte (50 MiB) limit`
    )
    await expect(files.readText('data/small-claimed-big.jsonl')).rejects.toThrow(OversizedFileError)
    expect(await files.source()).toBe('api')
  })

  test('says how to fix a missing base commit when no API is available', async () => {
    const repo = tempRepo()
    repo.commit({ 'a.md': '1' })
    const files = gitRepoFiles({ rev: 'e'.repeat(40), git: createLocalGit(repo.dir) })

    await expect(files.readText('a.md')).rejects.toThrow(/fetch-depth: 0/)
  })
})

describe('fsRepoFiles', () => {
  function workTree() {
    const root = tempDir()
    mkdirSync(join(root, 'prompts'))
    writeFileSync(join(root, 'prompts/a.md'), 'head text')
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.txt'), 'secret')
    return { root, outside }
  }

  test('reads a working-tree file and answers undefined for a missing one', async () => {
    const { root } = workTree()
    const files = fsRepoFiles(root)

    expect(await files.readText('prompts/a.md')).toBe('head text')
    expect(await files.readText('prompts/none.md')).toBeUndefined()
    expect(files.label).toBe('head')
  })

  test('refuses a binary file and a prompt path that is a directory, naming the path', async () => {
    const { root } = workTree()
    writeFileSync(join(root, 'prompts/b.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    const files = fsRepoFiles(root)
    await expect(files.readText('prompts/b.md')).rejects.toThrow(
      'prompts/b.md: is a binary file (it contains NUL bytes), not a text file'
    )
    await expect(files.readText('prompts')).rejects.toThrow('prompts is a directory, expected a file')
  })

  test('refuses a file over the size limit before reading it', async () => {
    const { root } = workTree()
    // A sparse file: its size is over the limit without writing 50 MiB.
    const { truncateSync } = await import('node:fs')
    writeFileSync(join(root, 'prompts/huge.jsonl'), '')
    truncateSync(join(root, 'prompts/huge.jsonl'), MAX_REPO_FILE_BYTES + 1)
    await expect(fsRepoFiles(root).readText('prompts/huge.jsonl')).rejects.toThrow(
      `prompts/huge.jsonl in head is ${MAX_REPO_FILE_BYTES + 1} bytes, over the ${MAX_REPO_FILE_BYTES}-byte (50 MiB) limit for files a config names`
    )
  })

  test('refuses ../ and absolute paths', async () => {
    const { root, outside } = workTree()
    const files = fsRepoFiles(root)

    await expect(files.readText('../secret.txt')).rejects.toThrow(UnsafePathError)
    await expect(files.readText(join(outside, 'secret.txt'))).rejects.toThrow(UnsafePathError)
    await expect(files.readText('prompts\\..\\..\\secret.txt')).rejects.toThrow(UnsafePathError)
  })

  test('refuses a symlink that leads outside the repository', async () => {
    const { root, outside } = workTree()
    symlinkSync(join(outside, 'secret.txt'), join(root, 'prompts/evil.md'))
    symlinkSync(outside, join(root, 'linkdir'))
    const files = fsRepoFiles(root)

    await expect(files.readText('prompts/evil.md')).rejects.toThrow(/symlink leads outside/)
    await expect(files.readText('linkdir/secret.txt')).rejects.toThrow(/symlink leads outside/)
  })

  test('follows a symlink that stays inside the repository', async () => {
    const { root } = workTree()
    symlinkSync('a.md', join(root, 'prompts/alias.md'))

    expect(await fsRepoFiles(root).readText('prompts/alias.md')).toBe('head text')
  })
})
