// The repo config `.github/promptgate.yml`. This zod schema is the single source of truth:
// the TypeScript types below and the published JSON Schema (schema/promptgate.schema.json,
// `npm run schema`) are both derived from it. Objects are strict: a misspelt key must be an
// error, never a silently disabled gate.
import { z } from 'zod'
import { checkSpecSchema } from '../core/check-spec.js'
import { DEFAULT_CATEGORIES, LOOKALIKE_TOPICS, ROBUSTNESS_CATEGORIES } from '../core/robustness.js'
import { observeConfigSchema } from './observe.js'
import { railsConfigSchema } from '../rails/schema.js'
import { chaosSchema } from './chaos-schema.js'

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
  stream: z.boolean().optional().describe('Stream responses to measure time to first token (default false).'),
  circuitBreaker: z
    .strictObject({
      consecutiveFailures: positiveInt
        .max(1000)
        .optional()
        .describe(
          'Failed attempts in a row (5xx, 529, network errors, timeouts, malformed responses) that open the circuit (default 5). A rejected key or an exhausted quota opens it at once.'
        ),
      cooldownMs: positiveInt
        .optional()
        .describe(
          'How long an open circuit refuses calls before one probe call is let through (default 30000).'
        )
    })
    .optional()
    .describe(
      'Stops sending calls to a provider that is down: once open, the remaining calls fail at once as "provider unavailable".'
    )
}

/** Limits of the long-input generator: a pasted document, and one variant past the model's context. */
export const MAX_LONG_DOCUMENT_CHARS = 200_000
export const MAX_OVER_CONTEXT_CHARS = 2_000_000

export const robustnessGatesSchema = z.strictObject({
  maxAttackSuccessRate: fraction
    .optional()
    .describe(
      'Attack categories: head share of variants where the attack succeeded; clearly above it fails.'
    ),
  minGracefulRate: fraction
    .optional()
    .describe(
      'Head share of graceful answers (useful, or a clear refusal/clarifying question); clearly below it fails.'
    ),
  minConsistency: fraction
    .optional()
    .describe(
      'Benign perturbations: head share of variants whose checks give the same outcome as their clean parent.'
    ),
  maxOverRefusal: fraction
    .optional()
    .describe('Clean cases and benign perturbations: head share of refusals; clearly above it fails.'),
  maxWorsening: fraction
    .optional()
    .describe(
      'Regression vs base: a rate may worsen by at most this much (default 0.1) before a significant change (exact McNemar) is a regression.'
    ),
  minVariants: positiveInt
    .optional()
    .describe('Fewer judged variants than this in a category makes its verdict inconclusive (default 5).')
})

export const robustnessSchema = z.strictObject({
  enabled: z
    .boolean()
    .optional()
    .describe(
      'false turns robustness off (e.g. for one suite when defaults.robustness is set); default true.'
    ),
  inputs: z
    .array(nonEmpty)
    .min(1)
    .optional()
    .describe(
      "Case variables holding the user's input, perturbed by every generator (default: every string variable)."
    ),
  categories: z
    .array(z.enum(ROBUSTNESS_CATEGORIES))
    .min(1)
    .optional()
    .describe(
      `Categories to run: ${ROBUSTNESS_CATEGORIES.join(', ')} (default all but the opt-in lookalike: ${DEFAULT_CATEGORIES.join(', ')}).`
    ),
  variantsPerCategory: positiveInt
    .max(20)
    .optional()
    .describe('Variants generated per case and category (default 2).'),
  maxCases: positiveInt
    .optional()
    .describe(
      'Cases variants are derived from in pull requests, sampled deterministically with the seed (default 5).'
    ),
  allCasesOnDefaultBranch: z
    .boolean()
    .optional()
    .describe(
      'Derive from every case (still capped by maxVariants) on runs that are not pull requests (default true).'
    ),
  maxVariants: positiveInt
    .max(100_000)
    .optional()
    .describe('Hard cap on variants per suite; the count is logged before the run (default 300).'),
  seed: z.number().int().min(0).optional().describe('Seed of sampling and generators (default 1).'),
  longDocumentChars: positiveInt
    .max(MAX_LONG_DOCUMENT_CHARS)
    .optional()
    .describe(
      `Size of the pasted document around the input, characters (default 8000, at most ${MAX_LONG_DOCUMENT_CHARS}).`
    ),
  overContextChars: positiveInt
    .max(MAX_OVER_CONTEXT_CHARS)
    .optional()
    .describe(
      "Adds one long variant of this many characters, meant to exceed the model's context: a provider error is the graceful path (default: none)."
    ),
  competitors: z
    .array(nonEmpty)
    .optional()
    .describe(
      'Domain attacks: competitor names the model is pushed to recommend; naming one counts as a success.'
    ),
  offTopic: z
    .array(nonEmpty)
    .optional()
    .describe(
      'Domain attacks: off-topic requests the model is pushed to follow (default: a few built-in ones).'
    ),
  lookalikeTopics: z
    .array(z.enum(LOOKALIKE_TOPICS))
    .min(1)
    .optional()
    .describe(
      `lookalike category: topics of the benign look-alike corpus to draw from (default all): ${LOOKALIKE_TOPICS.join(', ')}.`
    ),
  canary: z
    .boolean()
    .optional()
    .describe(
      'Plant a unique token in the system prompt of base and head (it changes the prompt under test, equally on both sides); printing it counts as a leak (default false).'
    ),
  leakNgram: positiveInt
    .min(3)
    .max(20)
    .optional()
    .describe('Word n-gram size of the system-prompt leak detector (default 6).'),
  leakThreshold: fraction
    .optional()
    .describe("Share of the system prompt's n-grams an answer must repeat to count as a leak (default 0.3)."),
  consistencyKeys: z
    .array(nonEmpty)
    .optional()
    .describe(
      'JSON answers: top-level keys whose values must equal the parent case answer for a benign variant to be consistent.'
    ),
  judge: z
    .boolean()
    .optional()
    .describe(
      'Ask the top-level `judge:` model (graceful, refusal or garbage) about the variant answers the deterministic detectors read as plainly useful; its calls are cached, logged and capped by maxJudgeCalls (default false).'
    ),
  maxJudgeCalls: positiveInt
    .max(100_000)
    .optional()
    .describe(
      'Most model-judge calls per suite, both sides together; answers past it keep the deterministic judgement, and the cut is said (default 200).'
    ),
  gates: robustnessGatesSchema.optional().describe('Gates for every category.'),
  perCategory: z
    .partialRecord(z.enum(ROBUSTNESS_CATEGORIES), robustnessGatesSchema)
    .optional()
    .describe('Gates per category, overriding `gates` key by key.')
})

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
    type: z.literal('http'),
    url: z.url().describe("The team's own feature endpoint, as its users call it (the head version)."),
    baseVersionUrl: z
      .url()
      .optional()
      .describe(
        'Where the base version of the feature runs (e.g. a second port started from the base commit); default: url.'
      ),
    method: z
      .enum(['POST', 'GET'])
      .optional()
      .describe('POST a JSON body (default) or GET with the variables as query.'),
    body: z
      .unknown()
      .optional()
      .describe(
        'JSON request template; {{var}} in any string is replaced by the case variable (a string that is one placeholder keeps the value type). Default: the variables as an object.'
      ),
    headers: z.record(z.string(), z.string()).optional().describe('Fixed request headers.'),
    headersFromEnv: z
      .record(z.string(), nonEmpty)
      .optional()
      .describe(
        'Headers whose value comes from an environment variable (masked in logs), e.g. {authorization: FEATURE_TOKEN}.'
      ),
    outputPath: nonEmpty
      .optional()
      .describe(
        'Dot path of the answer in the JSON response, e.g. answer or data.text (default: the whole body).'
      ),
    sourcePath: nonEmpty
      .optional()
      .describe(
        'Dot path of a field naming what produced the answer (e.g. source: model | cache | rules | unavailable); chaos suites count non-model sources as fallbacks.'
      ),
    stream: z
      .boolean()
      .optional()
      .describe(
        'The feature answers with Server-Sent Events: their data is joined, time to first byte is recorded as TTFT.'
      ),
    timeoutMs: positiveInt.optional().describe('Per-call timeout, ms (default: run.timeoutMs).')
  }),
  z.strictObject({
    type: z.literal('exec'),
    command: z
      .array(nonEmpty)
      .min(1)
      .describe(
        'The command and its arguments, run without a shell once per case, e.g. [node, scripts/answer.mjs]. Variables arrive as JSON on stdin and as PROMPTGATE_VAR_<NAME>; the answer is stdout. Never runs under pull_request_target.'
      ),
    cwd: nonEmpty
      .optional()
      .describe('Working directory of the head version, repo-relative (default: the repository root).'),
    baseVersionCwd: nonEmpty
      .optional()
      .describe('Working directory of the base version, e.g. a worktree of the base commit (default: cwd).'),
    env: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        'Environment for the command (only PATH, HOME and temp-dir variables are passed from the runner).'
      ),
    outputPath: nonEmpty
      .optional()
      .describe('Dot path of the answer when stdout is JSON (default: all of stdout).'),
    sourcePath: nonEmpty
      .optional()
      .describe('Dot path of the field naming what produced the answer, as for http.'),
    timeoutMs: positiveInt
      .optional()
      .describe('The process is killed after this, ms (default: run.timeoutMs).')
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
  robustness: robustnessSchema
    .optional()
    .describe(
      'Robustness variants of this suite (`{}` for the defaults), over defaults.robustness key by key.'
    ),
  files: z
    .array(nonEmpty)
    .optional()
    .describe('Extra files or globs whose change makes this suite affected (schemas, shared partials).'),
  chaos: chaosSchema.optional()
})

export const runSchema = z.strictObject({
  concurrency: positiveInt.max(1000).optional().describe('Model calls in flight at once (default 8).'),
  timeoutMs: positiveInt.optional().describe('Per-call timeout, ms (default 60000).'),
  deadlineMs: positiveInt
    .optional()
    .describe(
      'Whole-run deadline, ms: calls in flight are aborted when it passes, calls not started are not sent; the report is still written and lists what was not run.'
    ),
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
  onProviderOutage: z
    .enum(['fail', 'inconclusive', 'skip'])
    .optional()
    .describe(
      "When a suite's provider is unavailable (circuit open, key rejected, no quota, every call failed): inconclusive (default: an outage is no evidence about the PR, and never a pass), fail the check, or skip the suite."
    ),
  failOnInconclusive: z
    .boolean()
    .optional()
    .describe(
      'Fail the check when the verdict is inconclusive (default false: neutral, never a silent pass).'
    ),
  configFrom: z
    .enum(['pr', 'base'])
    .optional()
    .describe(
      "Where gate settings (thresholds, checks, rails, budgets, sampling, judge…) come from on pull_request: pr (default: the PR's, with the verdict also computed under the base branch's settings, which decide when the two disagree unless the accept label is set) or base (the base branch's only). Read from the base branch's config; pull_request_target always uses base."
    )
})

const judgeModelSchema = {
  model: nonEmpty.describe('Judge model id, pinned, e.g. openai/gpt-4o-2024-08-06.'),
  provider: nonEmpty.optional().describe('Provider name; default: the route of the model id.')
}

export const judgeSchema = z.strictObject({
  ...judgeModelSchema,
  temperature: z.number().min(0).max(2).optional(),
  fallback: z
    .strictObject(judgeModelSchema)
    .optional()
    .describe(
      'A second judge used when a judge call fails (outage, rate limit, circuit open), so graded checks still decide. Its grades are marked in the call log.'
    )
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
        robustness: robustnessSchema
          .optional()
          .describe('Robustness settings of every suite; a suite block overrides them key by key.'),
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
    rails: railsConfigSchema.optional(),
    observe: observeConfigSchema.optional()
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
export type RobustnessConfig = z.infer<typeof robustnessSchema>
export type RobustnessGates = z.infer<typeof robustnessGatesSchema>
