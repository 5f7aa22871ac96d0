// Runs the example's chaos suite offline, end to end: starts the base version of the service
// (with fallbacks) and a head version (with, or without fallbacks when given `--head
// service-no-fallbacks.mjs`), then the suite through the chaos proxy in front of the cassette,
// and prints the chaos section of the PR comment. From the repository root:
//   npx tsx examples/chaos-support/run.ts [--head service-no-fallbacks.mjs]
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { readConfigFile } from '../../src/config/load.js'
import { resolveSuites } from '../../src/config/suites.js'
import { runSuites } from '../../src/engine/pipeline.js'
import { silentProgress } from '../../src/engine/progress.js'
import { fsRepoFiles } from '../../src/repo/files.js'
import { renderChaosSection } from '../../src/report/chaos.js'

const ROOT = process.cwd()
const EXAMPLE = 'examples/chaos-support'
const headIndex = process.argv.indexOf('--head')
const headFile = headIndex > 0 ? (process.argv[headIndex + 1] ?? 'service.mjs') : 'service.mjs'

const children: ChildProcess[] = []
async function start(file: string, port: number): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, EXAMPLE, file)], {
    env: { ...process.env, PORT: String(port), OPENAI_BASE_URL: 'http://127.0.0.1:4199/v1' },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  children.push(child)
  await new Promise<void>(resolve => child.stdout?.on('data', () => resolve()))
}

try {
  await start('service.mjs', 4100)
  await start(headFile, 4101)
  const config = await readConfigFile(join(ROOT, EXAMPLE, 'promptgate.yml'))
  const files = fsRepoFiles(ROOT)
  const [suite] = await resolveSuites(config, files)
  if (!suite) throw new Error('the example has no suite')
  const started = performance.now()
  const report = await runSuites(
    config,
    [{ suite, change: 'modified', basePrompt: suite.prompt, basePromptFile: suite.prompt.file }],
    [],
    {
      configFile: `${EXAMPLE}/promptgate.yml`,
      rootDir: ROOT,
      cacheDir: '/tmp/unused',
      record: false,
      cache: false
    },
    { head: files, base: files, env: {}, progress: silentProgress, now: Date.now }
  )
  const section = report.suites[0] && renderChaosSection(report.suites[0])
  console.log(
    `suite verdict: ${report.suites[0]?.verdict} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`
  )
  console.log(section ?? 'no chaos section')
} finally {
  for (const child of children) child.kill()
}
