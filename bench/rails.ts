// Times the rails runtime library (`npm run bench:rails`): module import, createRails start-up,
// validate() p50/p99 on a realistic ~2 KB answer (goal p99 <= 0.5 ms), adversarial inputs at 10 KB,
// 100 KB and 1 MB (goal <= 10 ms at 10 KB and linear beyond), and stream() over the 2 KB answer.
// Timings live here and nowhere in the tests (they assert on work counters instead).
import { performance } from 'node:perf_hooks'

const WARMUP = 300
const ITERATIONS = 3_000

const OUTPUT = `Thanks for reaching out, and sorry about the trouble with your order!

Here is what I found on your account:

1. **Order 20240315-0042** shipped on March 15 from our warehouse in Leipzig. The tracking page shows it
   reached the local depot yesterday at 18:40, so delivery should happen within one business day.
2. Your **refund of $49.99** for the damaged item was approved. Refunds usually appear on your
   statement within 5–10 business days, depending on your bank.
3. The discount code SPRING24 was applied to the second order; it cannot be combined with the
   loyalty credit, which is why the total was $12.50 higher than you expected.

If the parcel has not arrived by Friday, you can:

- open the Orders page and choose "Report a problem", or
- reply to this message with a photo of the label, and we will send a replacement right away.

For reference, our return policy is described at https://promptgate.dev/help/returns and the
shipping times for each region are listed at https://promptgate.dev/help/shipping. Version 2.14.3 of
the mobile app also shows live tracking for every parcel, including the courier's estimated time of
arrival, so it is worth updating if you have notifications turned off.

A quick note on the assessment you asked about: the classic plan and the new Team plan differ mainly
in seats (5 vs 50), audit logs and single sign-on. Both include unlimited projects and the same API
rate limit of 600 requests per minute. If you want, I can switch you to the Team plan today; the
price difference for the rest of this billing period would be prorated automatically.

One more thing: the invoice for March (INV-2024-000123) is attached as a PDF. It lists each item, the
VAT rate of 19% and the shipping fee, so you can file it with your expense report as it is.

Is there anything else I can help you with? You can also reach the billing team directly at
billing@northwind-traders.com during business hours (9:00–17:00 CET, Monday to Friday).

Best regards,
The Support Team`

/** The inputs that made naive validators slow; each generator returns `chars` characters. */
const ADVERSARIAL: Record<string, (chars: number) => string> = {
  'spaced digits "1 1 1"': n => '1 '.repeat(n / 2),
  'digit run': n => '1'.repeat(n),
  'dotted digits "1.1.1"': n => '1.'.repeat(n / 2),
  'repeated separators': n => '-/.('.repeat(n / 4),
  'phone numbers': n => '+1 (415) 555-2671, '.repeat(Math.ceil(n / 19)).slice(0, n),
  'huge token': n => 'a'.repeat(n),
  'base64 blob': n => 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjQy'.repeat(Math.ceil(n / 40)).slice(0, n),
  'combining marks': n => 'e' + '\u0301'.repeat(n - 1),
  whitespace: n => ' '.repeat(n),
  'spelled-out "f f f"': n => 'f '.repeat(n / 2),
  'image openers "![!["': n => '!['.repeat(n / 2),
  'realistic answer, repeated': n => OUTPUT.repeat(Math.ceil(n / OUTPUT.length)).slice(0, n)
}
const SIZES = [10_000, 100_000, 1_000_000]

interface Timing {
  mean: number
  p50: number
  p99: number
  /** Median wall time: on a busy shared machine, CPU time is the figure that says what the code costs. */
  wallP50: number
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

/** CPU time (user + system, this process) per call, in ms; plus the wall-clock median. */
function time(fn: () => void, warmup: number, iterations: number): Timing {
  for (let i = 0; i < warmup; i++) fn()
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < iterations; i++) {
    const w = performance.now()
    const c = process.cpuUsage()
    fn()
    const d = process.cpuUsage(c)
    wall.push(performance.now() - w)
    cpu.push((d.user + d.system) / 1000)
  }
  return {
    mean: cpu.reduce((s, x) => s + x, 0) / cpu.length,
    p50: quantile(cpu, 0.5),
    p99: quantile(cpu, 0.99),
    wallP50: quantile(wall, 0.5)
  }
}

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`

const t0 = performance.now()
const { createRails, createRailsAsync } = await import('../src/rails/index.js')
const { ACCURACY_CONFIG } = await import('../src/rails/accuracy.js')
const importMs = performance.now() - t0

const full = { ...ACCURACY_CONFIG, language: undefined }
const configs = {
  'defaults (content, pii, secrets)': {},
  'full (+ competitors, links)': full
}

console.log(
  `node ${process.version}, output ${OUTPUT.length} chars, ${ITERATIONS} iterations after ${WARMUP} warm-up`
)
console.log(`import src/rails/index.js (tsx, incl. zod, ajv, obscenity, libphonenumber-js): ${fmt(importMs)}`)
console.log('')
console.log('### 2 KB realistic answer')
console.log('')
console.log('| config | createRails | validate CPU mean | CPU p50 | CPU p99 | wall p50 |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const [name, config] of Object.entries(configs)) {
  const c0 = performance.now()
  const rails = createRails(config)
  const createMs = performance.now() - c0
  const { mean, p50, p99, wallP50 } = time(() => rails.validate(OUTPUT), WARMUP, ITERATIONS)
  console.log(`| ${name} | ${fmt(createMs)} | ${fmt(mean)} | ${fmt(p50)} | ${fmt(p99)} | ${fmt(wallP50)} |`)
}
const a0 = performance.now()
const withLanguage = await createRailsAsync({ language: { enabled: true } })
const asyncMs = performance.now() - a0
const lang = time(() => withLanguage.validate(OUTPUT, { expectedLanguage: 'en' }), WARMUP, ITERATIONS)
console.log(
  `| defaults + language (createRailsAsync, loads eld) | ${fmt(asyncMs)} | ${fmt(lang.mean)} | ${fmt(lang.p50)} | ${fmt(lang.p99)} | ${fmt(lang.wallP50)} |`
)
const streamRails = createRails(full)
const streamed = time(
  () => {
    const s = streamRails.stream()
    for (let i = 0; i < OUTPUT.length; i += 16) s.push(OUTPUT.slice(i, i + 16))
    s.end()
  },
  50,
  500
)
console.log(
  `| full, stream() in 16-char chunks (whole answer) | | ${fmt(streamed.mean)} | ${fmt(streamed.p50)} | ${fmt(streamed.p99)} | ${fmt(streamed.wallP50)} |`
)

console.log('')
console.log('### Adversarial inputs (full config, maxInputChars raised to 2,000,000 to time the whole input)')
console.log('')
console.log(
  `| input | ${SIZES.map(n => `${n / 1000} KB CPU p50 / p99`).join(' | ')} | CPU ms per 100 KB at 1 MB |`
)
console.log(`| --- | ${SIZES.map(() => '---:').join(' | ')} | ---: |`)
const uncapped = createRails({ ...full, maxInputChars: 2_000_000 })
for (const [name, generate] of Object.entries(ADVERSARIAL)) {
  const cells: string[] = []
  let perHundredKb = 0
  for (const size of SIZES) {
    const text = generate(size)
    const runs = size >= 1_000_000 ? 5 : size >= 100_000 ? 15 : 60
    const { p50, p99 } = time(() => uncapped.validate(text), 1, runs)
    cells.push(`${p50.toFixed(1)} / ${p99.toFixed(1)} ms`)
    if (size === 1_000_000) perHundredKb = p50 / 10
  }
  console.log(`| ${name} | ${cells.join(' | ')} | ${perHundredKb.toFixed(1)} |`)
}

console.log('')
console.log('### 1 MB with the default maxInputChars (200,000 checked, the rest reported `unchecked`)')
console.log('')
const capped = createRails(full)
for (const name of ['spaced digits "1 1 1"', 'whitespace', 'realistic answer, repeated']) {
  const text = (ADVERSARIAL[name] as (n: number) => string)(1_000_000)
  const { p50, p99, wallP50 } = time(() => capped.validate(text), 1, 5)
  console.log(`- ${name}: CPU p50 ${fmt(p50)}, p99 ${fmt(p99)} (wall p50 ${fmt(wallP50)})`)
}
