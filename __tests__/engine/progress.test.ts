import { describeProgress, LineProgress, TtyProgress } from '../../src/engine/progress.js'

describe('progress', () => {
  it('describes done/total, rate, ETA, failures and cache hits', () => {
    expect(describeProgress({ done: 50, total: 200, failed: 2, cached: 10, elapsedMs: 10_000 })).toBe(
      '50/200 (25%) 5.0/s ETA 30s failed 2 cached 10'
    )
  })

  it('prints plain lines in CI no more often than the interval', () => {
    const lines: string[] = []
    let clock = 0
    const progress = new LineProgress(
      line => lines.push(line),
      10_000,
      () => clock
    )
    progress.start(100, 'suite')
    for (let done = 1; done <= 100; done++) {
      clock += 500
      progress.update({ done, total: 100, failed: 0, cached: 0, elapsedMs: clock })
    }
    progress.finish({ done: 100, total: 100, failed: 0, cached: 0, elapsedMs: clock })
    expect(lines[0]).toBe('suite: 100 model calls planned')
    expect(lines).toHaveLength(1 + 5 + 1)
    expect(lines.at(-1)).toMatch(/^suite: finished 100\/100 \(100%\)/)
  })

  it('says in CI logs when adaptive sampling adds calls', () => {
    const lines: string[] = []
    const progress = new LineProgress(
      line => lines.push(line),
      10_000,
      () => 0
    )
    progress.start(34, 'promptgate')
    progress.extend(34, 68)
    expect(lines[1]).toBe(
      'promptgate: adaptive sampling adds 34 calls where the verdict is still open (now 68)'
    )
  })

  it('redraws a bar on a terminal in place and ends with a newline', () => {
    const chunks: string[] = []
    const progress = new TtyProgress({ write: (c: string) => chunks.push(c) }, 10, () => 1000)
    progress.start(4, 'run')
    progress.update({ done: 2, total: 4, failed: 1, cached: 0, elapsedMs: 1000 })
    progress.finish({ done: 4, total: 4, failed: 1, cached: 0, elapsedMs: 2000 })
    expect(chunks[0]).toContain('\r\x1b[2Krun █████░░░░░ 2/4 (50%)')
    expect(chunks.at(-1)?.endsWith('\n')).toBe(true)
  })
})
