// Loaded with `node --import` into the measured process: records its own CPU time and peak RSS
// at exit, so the benchmark measures PromptGate alone, not the fake model server.
import { writeFileSync } from 'node:fs'

const target = process.env.PROMPTGATE_BENCH_RUSAGE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(
      target,
      JSON.stringify({
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        maxRssMiB: usage.maxRSS / 1024
      })
    )
  })
}
