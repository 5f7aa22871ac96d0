// Every path a config can name, tried with a `../` path and with a committed symlink that leads
// out of the repository: the prompt, a system template, a dataset, a JSON Schema file, a prompt
// glob, the outputs, a replay cassette and a custom rails module. Each is refused (exit code 2)
// with the path named, before any model call; nothing outside the repository is read.
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
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

/** Where a config may name a file, as the config lines that name `path` there. */
const PLACES: Record<
  string,
  (path: string) => { prompt?: string; dataset?: string; checks?: string[]; extra?: string[] }
> = {
  prompt: path => ({ prompt: path }),
  'system template': path => ({ extra: [`    system: ${path}`] }),
  dataset: path => ({ dataset: path }),
  'JSON Schema file': path => ({ checks: ['      - type: json-schema', `        schemaFile: ${path}`] }),
  'prompt glob': path => ({ prompt: `"${path.replace('secret.md', '*.md')}"` })
}

/** A project whose `outside/` sibling holds the file, reached by `../` or by the symlink `linked`. */
async function project(place: string, how: '../' | 'symlink'): Promise<string> {
  const outside = temp.make('pg-outside-')
  await addFiles(outside, { 'secret.md': 'OUTSIDE-SECRET {{input}}', 'secret.jsonl': '{"input":"x"}\n' })
  const root = await writeProject(temp, {
    'prompts/p.md': 'Say {{input}}',
    'data/d.jsonl': '{"input":"hi"}\n'
  })
  const rel = `${'../'.repeat(1)}${outside.split('/').pop()}`
  if (how === 'symlink') symlinkSync(outside, join(root, 'linked'))
  const dir = how === 'symlink' ? 'linked' : rel
  const file = place === 'dataset' ? `${dir}/secret.jsonl` : `${dir}/secret.md`
  const named = PLACES[place]?.(file) ?? {}
  await addFiles(root, {
    '.github/promptgate.yml': localConfig({
      baseUrl: server.baseUrl,
      prompt: named.prompt ?? 'prompts/p.md',
      dataset: named.dataset ?? 'data/d.jsonl',
      ...(named.checks ? { checks: named.checks } : {}),
      ...(named.extra ? { extra: named.extra } : {})
    })
  })
  return root
}

describe.each(['../', 'symlink'] as const)('a path out of the repository through %s', how => {
  test.each(Object.keys(PLACES))(
    'as the %s: refused at its config line with the path named, no model call',
    async place => {
      const root = await project(place, how)
      const calls = server.received.length
      const result = await runIn(root, ['run'])
      expect({ code: result.code, stdout: result.stdout }).toMatchObject({ code: 2 })
      // At the config line that names it, with the path.
      expect(result.stderr).toMatch(
        /\.github\/promptgate\.yml:\d+:\d+: suites\[0\]\.[a-z]+.*(secret\.(md|jsonl)|\*\.md)/
      )
      expect(result.stderr).not.toContain('OUTSIDE-SECRET')
      expect(server.received.length).toBe(calls)
    }
  )
})
