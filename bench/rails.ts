// Times the rails runtime library (`npm run bench:rails`): module import, createRails start-up and
// validate() on a realistic ~2 KB answer (mean and p99 after warm-up). Target: validate < 1 ms.
import { performance } from 'node:perf_hooks'

const WARMUP = 500
const ITERATIONS = 5_000

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

function stats(samples: number[]): { mean: number; p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { mean: samples.reduce((s, x) => s + x, 0) / samples.length, p50: at(0.5), p99: at(0.99) }
}

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`

const t0 = performance.now()
const { createRails, createRailsAsync } = await import('../src/rails/index.js')
const { ACCURACY_CONFIG } = await import('../src/rails/accuracy.js')
const importMs = performance.now() - t0

const configs = {
  'defaults (content, pii, secrets)': {},
  'full (+ competitors, links, JSON off)': { ...ACCURACY_CONFIG, language: undefined }
}

console.log(
  `node ${process.version}, output ${OUTPUT.length} chars, ${ITERATIONS} iterations after ${WARMUP} warm-up`
)
console.log(`import src/rails/index.js (tsx, incl. zod, ajv, obscenity, libphonenumber-js): ${fmt(importMs)}`)
console.log('')
console.log('| config | createRails | validate mean | p50 | p99 |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const [name, config] of Object.entries(configs)) {
  const c0 = performance.now()
  const rails = createRails(config)
  const createMs = performance.now() - c0
  for (let i = 0; i < WARMUP; i++) rails.validate(OUTPUT)
  const samples: number[] = []
  for (let i = 0; i < ITERATIONS; i++) {
    const s = performance.now()
    rails.validate(OUTPUT)
    samples.push(performance.now() - s)
  }
  const { mean, p50, p99 } = stats(samples)
  console.log(`| ${name} | ${fmt(createMs)} | ${fmt(mean)} | ${fmt(p50)} | ${fmt(p99)} |`)
}

const a0 = performance.now()
const withLanguage = await createRailsAsync({ language: { enabled: true } })
const asyncMs = performance.now() - a0
const samples: number[] = []
for (let i = 0; i < WARMUP; i++) withLanguage.validate(OUTPUT, { expectedLanguage: 'en' })
for (let i = 0; i < ITERATIONS; i++) {
  const s = performance.now()
  withLanguage.validate(OUTPUT, { expectedLanguage: 'en' })
  samples.push(performance.now() - s)
}
const lang = stats(samples)
console.log(
  `| defaults + language (createRailsAsync, loads eld) | ${fmt(asyncMs)} | ${fmt(lang.mean)} | ${fmt(lang.p50)} | ${fmt(lang.p99)} |`
)
