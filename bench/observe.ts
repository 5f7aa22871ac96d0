// Times the promptgate/observe runtime helper (`npm run bench:observe`): record() of a production
// call (a ~300-character question, a ~1 KB answer) with each content-capture mode, to a JSONL file
// and through a tracer, plus feedback(). Mean and p99 after warm-up, and the share of a 1 s model
// call that the logging adds. No network: the tracer is an in-memory SDK provider.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { createObserver, type ObserverOptions } from '../src/observe/index.js'

const WARMUP = 300
const ITERATIONS = 3_000
/** What a typical model call takes; the overhead is reported as a share of it. */
const MODEL_CALL_MS = 1_000

const QUESTION =
  'Hi, I ordered the blue kettle (order 20240315-0042) two weeks ago and it still has not arrived. ' +
  'My email is jane.doe@example.com and my phone is +1 415 555 2671. Can you check where it is and, ' +
  'if it is lost, send a replacement or refund the $49.99 to my card? Thanks!'
const ANSWER =
  `Thanks for reaching out, and sorry about the wait! Order 20240315-0042 shipped on March 15 from our
warehouse in Leipzig. The tracking page shows it reached the local depot yesterday at 18:40, so delivery
should happen within one business day. If the parcel has not arrived by Friday, reply to this message
and we will send a replacement right away, or refund the $49.99 to the card ending 4242 if you prefer.
For reference, our return policy is described at https://promptgate.dev/help/returns and the shipping
times for each region are listed at https://promptgate.dev/help/shipping. You can also reach the
billing team directly at billing@northwind-traders.com during business hours (9:00-17:00 CET).
Is there anything else I can help you with?`.repeat(1)

function time(label: string, options: ObserverOptions, dir: string): void {
  const observer = createObserver(options)
  const samples: number[] = []
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    // A distinct question each time: the redactor's memo must not make the figure look better.
    const input = `${QUESTION} (ticket ${i})`
    const start = performance.now()
    const id = observer.record({
      input,
      output: ANSWER,
      model: 'gpt-4o-mini',
      provider: 'openai',
      latencyMs: 850
    })
    if (i % 4 === 0) observer.feedback(id, 'accepted')
    const elapsed = performance.now() - start
    if (i >= WARMUP) samples.push(elapsed)
  }
  samples.sort((a, b) => a - b)
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length
  const p99 = samples[Math.floor(samples.length * 0.99)] ?? NaN
  const share = ((mean / MODEL_CALL_MS) * 100).toFixed(3)
  console.log(`| ${label} | ${(mean * 1000).toFixed(0)} | ${(p99 * 1000).toFixed(0)} | ${share}% |`)
  void observer.close()
  void dir
}

const dir = mkdtempSync(join(tmpdir(), 'promptgate-bench-observe-'))
try {
  console.log(
    `observe benchmark: record() (+ feedback() every 4th call), ${ITERATIONS} calls after ${WARMUP} warm-up`
  )
  console.log('| mode | mean µs | p99 µs | of a 1 s model call |')
  console.log('|---|---|---|---|')
  time('JSONL, content redacted (default)', { file: join(dir, 'redacted.jsonl') }, dir)
  time('JSONL, content full', { file: join(dir, 'full.jsonl'), content: 'full' }, dir)
  time('JSONL, content off', { file: join(dir, 'off.jsonl'), content: 'off' }, dir)
  const provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())]
  })
  time('tracer span, content redacted', { tracer: provider.getTracer('bench') }, dir)
  await new Promise(resolve => setTimeout(resolve, 200))
  console.log(
    `JSONL bytes per call (redacted): ${Math.round(statSync(join(dir, 'redacted.jsonl')).size / (WARMUP + ITERATIONS))}`
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
