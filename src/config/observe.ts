// The `observe:` key of promptgate.yml: how calls are logged and exported, and how production logs
// map onto dataset cases. Read by src/observe (call log, OTLP export, import); embedded by
// src/config/schema.ts, so every `.describe()` here ends up in the published JSON Schema.
import { z } from 'zod'

const nonEmpty = z.string().min(1)

export const CONTENT_CAPTURE_MODES = ['off', 'redacted', 'full'] as const
export type ContentCapture = (typeof CONTENT_CAPTURE_MODES)[number]
/** PII and secrets never land in a log unless a team opts in to `full`. */
export const DEFAULT_CONTENT_CAPTURE: ContentCapture = 'redacted'

const fieldPath = nonEmpty.describe('Dot path of a field in each JSON line, e.g. request.messages.0.content')

export const importMappingSchema = z
  .strictObject({
    input: fieldPath.describe('The user input (a string, or a list of {role, content} messages).'),
    output: fieldPath.optional().describe("The model's answer."),
    id: fieldPath.optional().describe('A stable id of the logged call (default: the line number).'),
    time: fieldPath.optional().describe('When the call happened (ISO 8601 or epoch ms).'),
    model: fieldPath.optional().describe('The model version that answered.'),
    latencyMs: fieldPath.optional().describe('Latency of the call, ms.'),
    error: fieldPath.optional().describe('An error message; present means the call failed.'),
    feedback: fieldPath
      .optional()
      .describe('What the user did with the answer: accepted, rejected or edited (true/false also read).'),
    editedText: fieldPath.optional().describe('The answer as the user edited it.'),
    vars: fieldPath.optional().describe('A mapping of template variables, when the log has them.')
  })
  .describe('Field mapping for `promptgate import --format generic`.')

export const observeConfigSchema = z
  .strictObject({
    content: z
      .enum(CONTENT_CAPTURE_MODES)
      .optional()
      .describe(
        'What of the prompts and answers the call log and spans keep: off (none), redacted (default: PII and secrets masked by the rails redactor) or full.'
      ),
    otlp: z
      .strictObject({
        endpoint: z
          .url()
          .optional()
          .describe(
            'OTLP/HTTP base URL, e.g. http://localhost:4318 (spans go to <endpoint>/v1/traces). Default: OTEL_EXPORTER_OTLP_ENDPOINT; unset = no export.'
          ),
        headers: z
          .record(z.string(), z.string())
          .optional()
          .describe('Extra headers (also read from OTEL_EXPORTER_OTLP_HEADERS).'),
        serviceName: nonEmpty.optional().describe('service.name of the exported spans (default promptgate).')
      })
      .optional()
      .describe('Export one span per model call, under a span per suite and one per run.'),
    import: z
      .strictObject({ mapping: importMappingSchema.optional() })
      .optional()
      .describe('How `promptgate import` reads logs that are not PromptGate or OTLP JSON.')
  })
  .describe('Call logging, OpenTelemetry export and log import.')

export type ObserveConfig = z.infer<typeof observeConfigSchema>
export type ImportMapping = z.infer<typeof importMappingSchema>
