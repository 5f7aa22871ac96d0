// The CLI as a user gets it: `npm pack`, installed into a project folder outside this clone, run
// with `npx promptgate`. Runs the committed dist/ (build it first when src/ changed).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { useTempDirs } from '../helpers/temp-dirs.js'

const repoRoot = resolve(import.meta.dirname, '../..')
const temp = useTempDirs()
/** npm and npx on a cold cache; generous because a busy 2-core machine is slow, not wrong. */
const NPM_TIMEOUT_MS = 120_000

interface PackageJson {
  private?: boolean
  files?: string[]
  dependencies?: Record<string, string>
  scripts?: Record<string, string>
  bin?: Record<string, string>
}
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson

// npm would otherwise write its cache and logs into the user's home during the test.
const npmEnv = (cache: string) => ({
  PATH: process.env.PATH ?? '',
  HOME: cache,
  npm_config_cache: join(cache, 'npm-cache'),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false'
})

describe('package.json', () => {
  it('can be published and installed from git: not private, a files list, no install-time scripts', () => {
    expect(manifest.private).toBeUndefined()
    expect(manifest.files).toEqual(expect.arrayContaining(['dist/', 'action.yml']))
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall'])
      expect(manifest.scripts?.[hook]).toBeUndefined()
    expect(manifest.bin).toEqual({ promptgate: 'dist/cli.js' })
  })

  it('has no runtime dependencies: dist/ bundles them, so installing the CLI installs nothing else', () => {
    // A dependency listed here would be downloaded by every `npx promptgate` and `npm install`
    // although the bundle never loads it; bundled libraries belong in devDependencies.
    expect(manifest.dependencies ?? {}).toEqual({})
  })
})

describe('the packed CLI installed into another folder', () => {
  let project: string
  let env: Record<string, string>

  beforeAll(() => {
    const work = temp.make('pg-pack-')
    env = npmEnv(work)
    execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: repoRoot,
      env,
      timeout: NPM_TIMEOUT_MS
    })
    const tarball = readdirSync(work).find(name => name.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack wrote no tarball')
    project = join(work, 'my-project')
    cpSync(join(repoRoot, 'examples'), join(project, 'examples'), { recursive: true })
    writeFileSync(join(project, 'package.json'), '{ "name": "my-project", "private": true }\n')
    // --offline: with no runtime dependencies the install needs nothing from the registry.
    execFileSync('npm', ['install', '--offline', '--no-save', join(work, tarball)], {
      cwd: project,
      env,
      timeout: NPM_TIMEOUT_MS
    })
  }, NPM_TIMEOUT_MS * 2)

  const npx = (args: string[]) =>
    spawnSync('npx', ['--offline', 'promptgate', ...args], {
      cwd: project,
      env,
      encoding: 'utf8',
      timeout: NPM_TIMEOUT_MS
    })

  it('answers --version', () => {
    const result = npx(['--version'])
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('validates the shipped example from the project folder', () => {
    const result = npx(['validate', '--config', 'examples/support/promptgate.yml'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('examples/support/promptgate.yml: valid')
    expect(result.status).toBe(0)
  })

  it('runs the shipped example offline from the cassette and writes the report there', () => {
    const result = npx(['run', '--config', 'examples/support/promptgate.yml', '--quiet'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('PASS  support')
    const report = JSON.parse(readFileSync(join(project, '.promptgate/report.json'), 'utf8')) as {
      verdict: string
    }
    expect(report.verdict).toBe('pass')
  })
})
