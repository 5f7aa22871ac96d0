// Rails configuration (the `rails:` key of promptgate.yml and the argument of createRails).
// Owned by src/rails; src/config/schema.ts embeds it, so every `.describe()` here ends up in the
// published JSON Schema. No zod defaults: the parsed type equals the input type, so a team can pass a
// plain object literal to createRails; defaults are applied in one place (resolveRailsSettings).
import { z } from 'zod'

/** The PII validators' ids, in report order (validators/pii.ts reports under them). */
export const PII_IDS = ['pii.email', 'pii.phone', 'pii.credit-card', 'pii.iban', 'pii.ssn', 'pii.ip'] as const

/** The secret validators' ids, in report order (validators/secrets.ts reports under them). */
export const SECRET_IDS = [
  'secret.github',
  'secret.openai',
  'secret.anthropic',
  'secret.aws',
  'secret.slack',
  'secret.private-key',
  'secret.stripe',
  'secret.google',
  'secret.jwt'
] as const

/** Every built-in validator id; custom validators add their own (`custom.<name>` by default). */
export const builtinValidatorIds = [
  'format',
  'content',
  'forbidden-terms',
  ...PII_IDS,
  ...SECRET_IDS,
  'links',
  'language',
  'length',
  'unchecked'
] as const

/**
 * Characters validate() checks by default (≈ 50k tokens, above the output limit of current models).
 * The rest of a longer output is reported as an `unchecked` violation, never passed silently.
 */
export const DEFAULT_MAX_INPUT_CHARS = 200_000

export type BuiltinValidatorId = (typeof builtinValidatorIds)[number]

export const piiKinds = ['email', 'phone', 'credit-card', 'iban', 'ssn', 'ip'] as const
export const secretKinds = [
  'github',
  'openai',
  'anthropic',
  'aws',
  'slack',
  'private-key',
  'stripe',
  'google',
  'jwt'
] as const

const severitySchema = z.enum(['low', 'medium', 'high', 'critical'])
const nonEmpty = z.string().min(1)

const termSchema = z.union([
  nonEmpty.describe('A term matched as a whole word, e.g. a competitor name.'),
  z.strictObject({
    name: nonEmpty.describe('Canonical name reported in violations.'),
    aliases: z
      .array(nonEmpty)
      .optional()
      .describe('Other spellings and product names that count as the same term.')
  })
])

const validatorOverrideSchema = z.strictObject({
  enabled: z.boolean().optional().describe('Turn this validator on or off, overriding its group setting.'),
  severity: severitySchema.optional().describe('Severity of its violations.')
})

export const railsConfigSchema = z
  .strictObject({
    failOn: severitySchema
      .optional()
      .describe('A violation at or above this severity makes the output fail (default medium).'),
    maxInputChars: z
      .number()
      .int()
      .min(1000)
      .optional()
      .describe(
        'Characters checked per output (default 200000). Past it, an `unchecked` violation (high) spans the rest, and the redacted copy masks it.'
      ),
    validators: z
      .record(nonEmpty, validatorOverrideSchema)
      .optional()
      .describe(
        'Per-validator overrides keyed by validator id (e.g. pii.ip, secret.aws, content, or a custom id).'
      ),
    format: z
      .strictObject({
        enabled: z
          .boolean()
          .optional()
          .describe(
            'Validate that the output is JSON (default: on when a schema is configured or the prompt has a jsonSchema).'
          ),
        schema: z
          .record(z.string(), z.unknown())
          .optional()
          .describe("JSON Schema (2020-12) every output must satisfy; the prompt's own jsonSchema wins.")
      })
      .optional()
      .describe('JSON parse and JSON Schema validation of the output.'),
    content: z
      .strictObject({
        enabled: z.boolean().optional().describe('Profanity and slur filter (default on).'),
        allow: z
          .array(nonEmpty)
          .optional()
          .describe('Words or phrases never reported (e.g. a place or product name the filter trips on).'),
        deny: z
          .array(nonEmpty)
          .optional()
          .describe('Extra words reported as inappropriate, matched as whole words, leetspeak-robust.')
      })
      .optional()
      .describe('Content filter for profanity and obscenity (English dataset of the obscenity library).'),
    forbiddenTerms: z
      .array(termSchema)
      .optional()
      .describe(
        'Terms that must never appear (case, Unicode width, homoglyphs and zero-width characters ignored).'
      ),
    competitors: z
      .array(termSchema)
      .optional()
      .describe('Competitor names with aliases; reported by the forbidden-terms validator.'),
    pii: z
      .strictObject({
        enabled: z.boolean().optional().describe('Personal data detection (default on).'),
        kinds: z
          .array(z.enum(piiKinds))
          .optional()
          .describe('Which kinds to detect (default all): email, phone, credit-card, iban, ssn, ip.'),
        phoneDefaultCountry: z
          .string()
          .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code in capitals, e.g. US or DE')
          .optional()
          .describe(
            'Country for national-format phone numbers such as (415) 555-2671 (default US); international +CC numbers are always found.'
          )
      })
      .optional()
      .describe('Personal data: each kind reports as its own validator id (pii.email, pii.phone, ...).'),
    secrets: z
      .strictObject({
        enabled: z.boolean().optional().describe('API key and private key detection (default on).'),
        kinds: z
          .array(z.enum(secretKinds))
          .optional()
          .describe(
            'Which kinds to detect (default all): github, openai, anthropic, aws, slack, private-key, stripe, google, jwt.'
          )
      })
      .optional()
      .describe('Leaked credentials: each kind reports as secret.<kind>.'),
    links: z
      .strictObject({
        enabled: z
          .boolean()
          .optional()
          .describe('Report links outside the allowlist (default: on when allowedDomains is set).'),
        allowedDomains: z
          .array(nonEmpty)
          .optional()
          .describe('Domains links and images may point to; their subdomains are allowed too.')
      })
      .optional()
      .describe('URLs, www. domains and markdown images pointing outside the allowed domains.'),
    language: z
      .strictObject({
        enabled: z
          .boolean()
          .optional()
          .describe(
            "The answer must be in the user's language (default: on when the language key is present). Loads a language model: use createRailsAsync."
          ),
        expected: z
          .string()
          .regex(/^[a-z]{2}(?:[-_][A-Za-z0-9]{1,8}){0,3}$/, 'an ISO 639-1 code such as en, de or pt-BR')
          .optional()
          .describe('Fixed expected language; otherwise it is detected from the input of each case.'),
        minLetters: z
          .number()
          .int()
          .min(1)
          .optional()
          .describe('Texts with fewer letters get no verdict (default 20): detection is unreliable on them.')
      })
      .optional()
      .describe("Language of the answer vs the user's language."),
    length: z
      .strictObject({
        maxChars: z.number().int().positive().optional().describe('Maximum characters (UTF-16 code units).'),
        maxWords: z.number().int().positive().optional().describe('Maximum whitespace-separated words.')
      })
      .optional()
      .describe('Length limits.'),
    custom: z
      .array(
        z.strictObject({
          module: nonEmpty.describe(
            'Repo-relative path of a JS module whose default export is (output, context) => violations. .ts needs Node >= 22.6.'
          ),
          id: z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore')
            .optional()
            .describe('Validator id (default custom.<file name without extension>).'),
          severity: severitySchema
            .optional()
            .describe('Default severity of its violations (default medium).'),
          redact: z
            .boolean()
            .optional()
            .describe('Mask its violation spans in the redacted copy (default true).')
        })
      )
      .optional()
      .describe('Validators from your repo, loaded with a dynamic import.')
  })
  .superRefine((config, ctx) => {
    const known = new Set<string>([...builtinValidatorIds, ...(config.custom ?? []).map(customValidatorId)])
    if (config.validators?.unchecked?.enabled === false) {
      ctx.addIssue({
        code: 'custom',
        path: ['validators', 'unchecked', 'enabled'],
        message:
          'the part of an output past maxInputChars is never silently unchecked; raise rails.maxInputChars instead'
      })
    }
    for (const key of Object.keys(config.validators ?? {})) {
      if (!known.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['validators', key],
          message: `unknown validator id "${key}"; valid ids: ${[...known].join(', ')}`
        })
      }
    }
  })
  .describe('Safety rails run on every output (and available at runtime as promptgate/rails).')

export type RailsConfig = z.infer<typeof railsConfigSchema>
export type RailsTerm = z.infer<typeof termSchema>
export type CustomValidatorConfig = NonNullable<RailsConfig['custom']>[number]

/** `custom.<file name>` unless an id is given, so the same module always reports under the same id. */
export function customValidatorId(entry: { module: string; id?: string | undefined }): string {
  if (entry.id !== undefined) return entry.id
  const base = entry.module.split(/[\\/]/).pop() ?? entry.module
  return `custom.${base.replace(/\.(?:[cm]?[jt]s)$/, '')}`
}
