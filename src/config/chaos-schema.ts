// The `chaos:` block of a suite: which faults the proxy injects, where the feature finds it, and
// what counts as a valid degraded answer. The fault vocabulary lives here, the single source for
// the config types, the JSON Schema and the proxy (src/chaos/faults.ts reads it).
import { z } from 'zod'
import { regexProblem } from '../core/check-spec.js'

/** Every fault the chaos proxy can inject; src/chaos/faults.ts documents each one. */
export const FAULT_KINDS = [
  'rate-limit',
  'insufficient-quota',
  'server-error',
  'unavailable',
  'overloaded',
  'unauthorized',
  'context-length',
  'connection-reset',
  'hang',
  'slow-first-byte',
  'stream-stall',
  'stream-break',
  'malformed-json',
  'empty-completion',
  'truncated'
] as const

export const faultSchema = z.strictObject({
  kind: z
    .enum(FAULT_KINDS)
    .describe(
      'rate-limit (429 + retry-after), insufficient-quota, server-error (500), unavailable (503), overloaded (529), unauthorized (401), context-length (400), connection-reset, hang, slow-first-byte, stream-stall and stream-break (after the 200), malformed-json, empty-completion, truncated (finish reason length).'
    ),
  rate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Share of model requests that get this fault (default 1: all).'),
  retryAfterS: z
    .number()
    .min(0)
    .optional()
    .describe('rate-limit: the retry-after header, seconds (default 1).'),
  delayMs: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('slow-first-byte: silence before the answer, ms (default 2000).'),
  times: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Only the first this many requests get the fault (a blip).')
})

export const chaosScenarioSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore')
    .describe('Row name in the fault × outcome matrix.'),
  faults: z
    .array(faultSchema)
    .describe(
      'Faults, alone or mixed by rate (rates add up to at most 1). Empty: a control run with no fault.'
    ),
  seed: z.number().int().optional().describe('Seed of the fault draw (default: chaos.seed).')
})

export const chaosSchema = z
  .strictObject({
    wire: z
      .enum(['openai', 'anthropic'])
      .describe('The model API the feature calls: the proxy speaks its wire format (streaming included).'),
    port: z
      .number()
      .int()
      .min(1)
      .max(65_535)
      .describe(
        'Loopback port of the proxy. Start the feature with its base-URL variable pointing here: OPENAI_BASE_URL=http://127.0.0.1:<port>/v1 or ANTHROPIC_BASE_URL=http://127.0.0.1:<port>.'
      ),
    upstream: z
      .string()
      .min(1)
      .describe(
        'Provider (under providers:) the proxy answers from: a replay cassette offline, or a real provider.'
      ),
    scenarios: z.array(chaosScenarioSchema).min(1),
    unavailablePattern: z
      .string()
      .min(1)
      .superRefine((pattern, ctx) => {
        // Compiled with the `i` flag when the matrix is built (engine/chaos.ts).
        const problem = regexProblem(pattern, 'i')
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      })
      .optional()
      .describe('Regular expression (case-insensitive) of the feature\'s "temporarily unavailable" message.'),
    timeoutMs: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'How long the gate waits for each feature answer; a later answer counts as timed out (default: thresholds.maxP95LatencyMs, else run.timeoutMs).'
      ),
    seed: z
      .number()
      .int()
      .optional()
      .describe('Seed of the fault draws (default 13): the same faults hit the same calls on every run.')
  })
  .describe(
    'Chaos suite: each scenario runs the cases through the feature while the proxy injects faults into its model calls; every answer must be a real answer, a fallback or the unavailable message, in time.'
  )

export type ChaosConfig = z.infer<typeof chaosSchema>
export type FaultConfig = z.infer<typeof faultSchema>
