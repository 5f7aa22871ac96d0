// The repo config `.github/promptgate.yml`. This zod schema is the single source of truth:
// the TypeScript types below and the published JSON Schema (schema/promptgate.schema.json,
// `npm run schema`) are both derived from it. Objects are strict: a misspelt key must be an
// error, never a silently disabled gate.
import { z } from 'zod'
import { checkSpecSchema } from '../core/check-spec.js'
import { railsConfigSchema } from '../rails/schema.js'

// The check vocabulary lives on the ground floor (datasets parse per-row checks with it); the
// config embeds it unchanged.
export { checkSpecSchema, type ConfigCheckSpec } from '../core/check-spec.js'

const fraction = z.number().min(0).max(1)
const positiveInt = z.number().int().positive()
const nonEmpty = z.string().min(1)

export const modelParametersSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().min(0).max(1).optional(),
  maxTokens: positiveInt.optional()
})

export const thresholdsSchema = z.strictObject({
  minPassRate: fraction
    .optional()
    .describe('Absolute floor for the head pass rate (0..1). Below it the suite fails.'),
  maxPassRateDrop: fraction
    .optional()
    .describe(
      'Tolerated drop of the pass rate vs base (0..1) before a significant drop counts as a regression.'
    ),
  confidence: z
    .number()
    .min(0.5)
    .max(0.999)
    .optional()
    .describe('Confidence level of intervals and tests (default 0.95).'),
  minCases: positiveInt
    .optional()
    .describe('Fewer evaluated cases than this makes the verdict inconclusive.'),
  maxP50LatencyMs: z.number().positive().optional(),
  maxP95LatencyMs: z.number().positive().optional().describe('Hard p95 latency budget per call, ms.'),
  maxP99LatencyMs: z.number().positive().optional(),
  maxP95TtftMs: z
    .number()
    .positive()
    .optional()
    .describe('p95 time to first token budget (streamed calls), ms.'),
  maxOutputTokens: positiveInt.optional().describe('Maximum output tokens of any single call.'),
  maxCostPerCall: z.number().positive().optional().describe('Maximum mean cost per call, USD.'),
  maxP95LatencyIncrease: z
    .number()
    .positive()
    .optional()
    .describe(
      'Regression limit vs base: p95 latency may rise by at most this fraction (0.2 = 20%) with significance.'
    ),
  maxSafetyViolations: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Maximum head outputs with a rails violation (default: no new ones vs base).')
})

export const samplingSchema = z.strictObject({
  repeats: positiveInt.max(50).optional().describe('Samples per case and prompt version (default 1).'),
  adaptive: z
    .boolean()
    .optional()
    .describe(
      'Spend extra samples on flipped or uncertain cases until the verdict is decided (default true).'
    ),
  maxExtraCalls: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      'Extra model calls adaptive sampling may spend per suite (default: 40 per case; 0 with a replay provider).'
    ),
  maxExtraCost: z
    .number()
    .min(0)
    .optional()
    .describe(
      'US dollars adaptive sampling may spend per suite on extra calls, when the model price is known (default 0.50).'
    )
})

const providerBase = {
  timeoutMs: positiveInt.optional().describe('Per-call timeout, ms (default: run.timeoutMs).'),
  maxRetries: z
    .number()
    .int()
    .min(0)
    .max(10)
    .optional()
    .describe('Retries on 429, 5xx and network errors (default 3).'),
  headers: z.record(z.string(), z.string()).optional().describe('Extra HTTP headers sent on every call.'),
  stream: z.boolean().optional().describe('Stream responses to measure time to first token (default false).')
}

export const providerSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('openai'),
    baseUrl: z.url().optional().describe('Default https://api.openai.com/v1'),
    apiKeyEnv: nonEmpty.optional().describe('Environment variable holding the key (default OPENAI_API_KEY).'),
    ...providerBase
  }),
  z.strictObject({
    type: z.literal('openai-compatible'),
    baseUrl: z
      .url()
      .describe('Base URL ending before /chat/completions, e.g. http://localhost:11434/v1 (Ollama).'),
    apiKeyEnv: nonEmpty
      .optional()
      .describe('Environment variable holding the key; omit for servers without auth.'),
    ...providerBase
  }),
  z.strictObject({
    type: z.literal('azure-openai'),
    baseUrl: z.url().describe('Resource endpoint, e.g. https://my-resource.openai.azure.com'),
    apiKeyEnv: nonEmpty.optional().describe('Default AZURE_OPENAI_API_KEY.'),
    apiVersion: nonEmpty.optional().describe('Default 2024-10-21.'),
    ...providerBase
  }),
  z.strictObject({
    type: z.literal('anthropic'),
    baseUrl: z.url().optional().describe('Default https://api.anthropic.com'),
    apiKeyEnv: nonEmpty.optional().describe('Default ANTHROPIC_API_KEY.'),
    anthropicVersion: nonEmpty.optional().describe('anthropic-version header (default 2023-06-01).'),
    ...providerBase
  }),
  z.strictObject({
    type: z.literal('replay'),
    cassette: nonEmpty.describe(
      'Repo-relative path of a cassette (JSONL) written by `promptgate run --record`.'
    ),
    onMiss: z
      .enum(['error', 'passthrough'])
      .optional()
      .describe('A call not in the cassette is an error (default).')
  })
])

export const modelRouteSchema = z.strictObject({
  provider: nonEmpty.describe('Name of a provider under `providers`.'),
  model: nonEmpty
    .optional()
    .describe(
      'Model name the provider expects (Azure: the deployment name). Default: the id without its publisher/ prefix.'
    )
})

export const suiteSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'letters, digits, dot, dash and underscore, starting with a letter or digit'
    )
    .describe('Stable suite id used in reports and the PR comment.'),
  prompt: nonEmpty.describe(
    'Repo-relative path: a GitHub Models .prompt.yml/.prompt.yaml, or a text/markdown template with {{var}}.'
  ),
  role: z
    .enum(['system', 'user'])
    .optional()
    .describe('Template files only: the role of the template message (default user).'),
  system: nonEmpty
    .optional()
    .describe('Template files only: repo-relative path of a system message template.'),
  model: nonEmpty
    .optional()
    .describe('Model id; overrides the prompt file. Required for templates unless defaults.model is set.'),
  modelParameters: modelParametersSchema.optional(),
  datasets: z
    .array(nonEmpty)
    .optional()
    .describe('Repo-relative dataset files (.jsonl, .json, .yaml/.yml, .csv).'),
  checks: z.array(checkSpecSchema).optional(),
  thresholds: thresholdsSchema.optional(),
  sampling: samplingSchema.optional(),
  files: z
    .array(nonEmpty)
    .optional()
    .describe('Extra files or globs whose change makes this suite affected (schemas, shared partials).')
})

export const runSchema = z.strictObject({
  concurrency: positiveInt.max(1000).optional().describe('Model calls in flight at once (default 8).'),
  timeoutMs: positiveInt.optional().describe('Per-call timeout, ms (default 60000).'),
  deadlineMs: positiveInt
    .optional()
    .describe('Whole-run deadline, ms; calls not started by then are reported, not dropped silently.'),
  cacheDir: nonEmpty.optional().describe('Response cache directory (default .promptgate/cache).'),
  cache: z.boolean().optional().describe('Use the response cache (default true).'),
  reportPath: nonEmpty
    .optional()
    .describe('Where the JSON report is written (default .promptgate/report.json).'),
  logPath: nonEmpty.optional().describe('JSONL log of every model call (default .promptgate/calls.jsonl).')
})

export const gateSchema = z.strictObject({
  onMissingSecret: z
    .enum(['fail', 'skip'])
    .optional()
    .describe(
      'When a provider key is absent (fork PRs): fail the check (default) or skip with verdict skipped.'
    ),
  acceptLabel: nonEmpty
    .optional()
    .describe(
      'PR label with which a maintainer accepts a known regression (default promptgate:accept-regression).'
    ),
  failOnInconclusive: z
    .boolean()
    .optional()
    .describe(
      'Fail the check when the verdict is inconclusive (default false: neutral, never a silent pass).'
    )
})

export const judgeSchema = z.strictObject({
  model: nonEmpty.describe('Judge model id, pinned, e.g. openai/gpt-4o-2024-08-06.'),
  provider: nonEmpty.optional().describe('Provider name; default: the route of the model id.'),
  temperature: z.number().min(0).max(2).optional()
})

export const priceSchema = z.strictObject({
  inputPerMillion: z.number().min(0).describe('USD per million input tokens.'),
  outputPerMillion: z.number().min(0).describe('USD per million output tokens.')
})

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).describe('Config format version.'),
    id: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/)
      .optional()
      .describe('Config id; one sticky comment per PR and id (monorepos running several gates).'),
    providers: z.record(nonEmpty, providerSchema).describe('Model providers by name.'),
    defaults: z
      .strictObject({
        provider: nonEmpty.optional().describe('Provider for model ids with no route in `models`.'),
        model: nonEmpty.optional().describe('Model for suites and prompts that name none.'),
        modelParameters: modelParametersSchema.optional(),
        thresholds: thresholdsSchema.optional(),
        sampling: samplingSchema.optional(),
        checks: z.array(checkSpecSchema).optional().describe('Checks added to every suite.')
      })
      .optional(),
    models: z
      .record(nonEmpty, modelRouteSchema)
      .optional()
      .describe(
        'Routes from model ids (e.g. GitHub Models `openai/gpt-4o-mini`) to a provider and its model name.'
      ),
    suites: z.array(suiteSchema).min(1).describe('Prompt suites to evaluate.'),
    run: runSchema.optional(),
    gate: gateSchema.optional(),
    judge: judgeSchema.optional(),
    prices: z.record(nonEmpty, priceSchema).optional().describe('Price overrides per provider model name.'),
    rails: railsConfigSchema.optional()
  })
  .describe('PromptGate repo config (.github/promptgate.yml).')

export type Config = z.infer<typeof configSchema>
export type SuiteConfig = z.infer<typeof suiteSchema>
export type ProviderConfig = z.infer<typeof providerSchema>
export type Thresholds = z.infer<typeof thresholdsSchema>
export type Sampling = z.infer<typeof samplingSchema>
export type JudgeConfig = z.infer<typeof judgeSchema>
export type GateConfig = z.infer<typeof gateSchema>
export type RunConfig = z.infer<typeof runSchema>
export type Price = z.infer<typeof priceSchema>
