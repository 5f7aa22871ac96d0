// promptgate/observe as a team's production code gets it: through package.json exports, from the
// bundle, writing lines that `promptgate import` reads back unchanged. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createObserver, type CallLine } from '../../src/observe/index.js'
import { readCallLogs } from '../../src/observe/read.js'

const CALL = {
  input: 'Call me on +1 415 555 2671 about order 4417',
  output: 'Order 4417 ships today.',
  model: 'gpt-4o-mini',
  provider: 'openai',
  latencyMs: 420,
  usage: { inputTokens: 12, outputTokens: 6 }
}
const OPTIONS = { suite: 'support', promptVersion: 'v3' }

function viaPackage(): string[] {
  const script = `
    import { createObserver } from 'promptgate/observe'
    let n = 0
    const lines = []
    const observer = createObserver({ ...${JSON.stringify(OPTIONS)}, write: l => lines.push(l), now: () => 1764583200000, newId: () => 'id-' + ++n })
    const id = observer.record(${JSON.stringify(CALL)})
    observer.feedback(id, 'rejected')
    console.log(JSON.stringify(lines))
  `
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as string[]
}

/** Every file the bundle's entry imports statically, transitively. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const source = readFileSync(entry, 'utf8')
  for (const match of source.matchAll(
    /^import\s[^'"]*?from\s*["'](\.[^"']+)["']|^import\s*["'](\.[^"']+)["']/gm
  )) {
    staticGraph(join(dirname(entry), (match[1] ?? match[2]) as string), seen)
  }
  return seen
}

describe('promptgate/observe package export', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    exports: Record<string, { types: string; default: string }>
  }

  it('resolves to the bundle with type declarations', () => {
    expect(existsSync(pkg.exports['./observe']?.default ?? '')).toBe(true)
    expect(readFileSync(pkg.exports['./observe']?.types ?? '', 'utf8')).toContain('createObserver')
  })

  it('writes the same lines as the source, and they read back with feedback joined', () => {
    const bundled = viaPackage()
    let n = 0
    const lines: string[] = []
    const observer = createObserver({
      ...OPTIONS,
      write: l => lines.push(l),
      now: () => 1764583200000,
      newId: () => `id-${++n}`
    })
    observer.feedback(observer.record(CALL), 'rejected')
    expect(bundled).toEqual(lines)
    const [call] = readCallLogs([{ file: 'prod.jsonl', text: bundled.join('\n') }])
    expect(call?.attributes).toEqual((JSON.parse(bundled[0] as string) as CallLine).attributes)
    expect(call?.feedback?.verdict).toBe('rejected')
    expect(bundled.join('\n')).not.toContain('555 2671')
  })

  it('loads no OpenTelemetry SDK or exporter: the app’s tracer provider does the sending', () => {
    const files = [...staticGraph(pkg.exports['./observe']?.default ?? '')]
    const code = files.map(f => readFileSync(f, 'utf8')).join('\n')
    expect(code).not.toContain('OTLPTraceExporter')
    expect(code).not.toContain('BatchSpanProcessor')
  })

  it('keeps the OTLP exporter out of the CLI and the action until export is configured', () => {
    for (const entry of ['dist/cli.js', 'dist/index.js']) {
      const code = [...staticGraph(entry)].map(f => readFileSync(f, 'utf8')).join('\n')
      expect(code).not.toContain('OTLPTraceExporter')
    }
    // …while the chunk that has it is part of the bundle, imported on demand.
    const lazy = readdirSync('dist/chunks').filter(f => /^otlp-[A-Z0-9]+\.js$/.test(f))
    expect(lazy).toHaveLength(1)
    expect(readFileSync(join('dist/chunks', lazy[0] as string), 'utf8')).toContain('OTLPTraceExporter')
  })
})
