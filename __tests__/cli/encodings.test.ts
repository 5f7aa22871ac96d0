// Bad encodings through the whole CLI: a UTF-16 template runs with its real text, binary and
// non-UTF-8 files stop validate and run with the file named, before any model call.
import { execFileSync } from 'node:child_process'
import { createLocalGit } from '../../src/repo/git.js'
import { addFiles, localConfig, runIn, writeProject } from '../helpers/cli-project.js'
import { startOpenAIServer, type OpenAITestServer } from '../helpers/openai-server.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()
let server: OpenAITestServer
beforeAll(async () => {
  server = await startOpenAIServer(() => ({ content: 'ok' }))
})
afterAll(async () => {
  await server.close()
})

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const dataset = '{"id": "c1", "vars": {"name": "Ada"}}\n{"id": "c2", "vars": {"name": "Grace"}}\n'

async function projectWith(prompt: string | Uint8Array, data: string | Uint8Array = dataset) {
  return writeProject(temp, {
    '.github/promptgate.yml': localConfig({
      baseUrl: server.baseUrl,
      prompt: 'p.md',
      dataset: 'cases.jsonl'
    }),
    'p.md': prompt,
    'cases.jsonl': data
  })
}

describe('file encodings', () => {
  it('sends a UTF-16 template as its decoded text, never NUL-filled', async () => {
    const root = await projectWith(utf16le('Greet {{name}} kindly.\n'))
    const before = server.received.length
    const result = await runIn(root, ['run'])
    expect(result.stderr).toBe('')
    const sent = server.received.slice(before).map(r => r.body.messages?.[0]?.content)
    expect(sent.sort()).toEqual(['Greet Ada kindly.\n', 'Greet Grace kindly.\n'])
  })

  it('stops validate on a binary dataset, naming the file, with exit code 2', async () => {
    const root = await projectWith('Greet {{name}}.', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]))
    const result = await runIn(root, ['validate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'cases.jsonl: this file is a binary file (it contains NUL bytes), not a text file'
    )
  })

  it('stops run on a UTF-16 template without a byte-order mark before any model call', async () => {
    const root = await projectWith(Buffer.from('Greet {{name}} kindly.', 'utf16le'))
    const before = server.received.length
    const result = await runIn(root, ['run'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('p.md: this file looks like UTF-16 without a byte-order mark')
    expect(server.received.length).toBe(before)
  })

  it('names the line of a Latin-1 byte in a config file', async () => {
    const root = await projectWith('Greet {{name}}.')
    const config = localConfig({ baseUrl: server.baseUrl, prompt: 'p.md', dataset: 'cases.jsonl' })
    await addFiles(root, { '.github/promptgate.yml': Buffer.from(`# Réglages\n${config}`, 'latin1') })
    const result = await runIn(root, ['validate'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.github/promptgate.yml:1: this file is not valid UTF-8')
  })

  it('decodes a UTF-16 file read from a git commit (the base side of a PR) like the working tree', async () => {
    const root = temp.make('pg-git-')
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e'
        }
      })
    git('init', '-q')
    await addFiles(root, {
      'p.md': utf16le('Héllo {{name}}\n'),
      'bin.dat': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    })
    git('add', '.')
    git('commit', '-qm', 'files')
    const local = createLocalGit(root)
    await expect(local.readFile('HEAD', 'p.md')).resolves.toBe('Héllo {{name}}\n')
    await expect(local.readFile('HEAD', 'bin.dat')).rejects.toThrow('bin.dat: is a binary file')
  })
})
