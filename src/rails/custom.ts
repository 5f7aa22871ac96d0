// Validators from the user's repo: a module whose default export is (output, context) => violations.
// Loaded once with a dynamic import; what it returns is untrusted and normalised before use.
import { pathToFileURL } from 'node:url'
import { resolveInside } from '../repo/paths.js'
import { customValidatorId, type RailsConfig } from './schema.js'
import type { Finding, RailValidator, RailsContext, Severity } from './types.js'
import { errorMessage } from '../core/guards.js'

/** What a custom module's function may return per violation; everything but the span is optional. */
export interface CustomViolationLike {
  span?: { start: number; end: number }
  start?: number
  end?: number
  message?: string
  severity?: Severity
}

export type CustomValidatorFn = (output: string, context: RailsContext) => CustomViolationLike[] | undefined

export interface CustomValidator {
  id: string
  module: string
  severity?: Severity
  redact: boolean
  fn: CustomValidatorFn
}

/** Imports every `rails.custom` module relative to rootDir; errors name the module and what to fix. */
export async function loadCustomValidators(
  rootDir: string,
  config: Pick<RailsConfig, 'custom'> | undefined
): Promise<CustomValidator[]> {
  const loaded: CustomValidator[] = []
  for (const [index, entry] of (config?.custom ?? []).entries()) {
    const where = `rails.custom[${index}].module "${entry.module}"`
    const { full: path, outside } = resolveInside(rootDir, entry.module)
    if (outside) {
      throw new Error(`${where}: must be a path inside the repository (${rootDir}), not ${outside}`)
    }
    let module: { default?: unknown }
    try {
      module = (await import(pathToFileURL(path).href)) as { default?: unknown }
    } catch (error) {
      throw new Error(`${where}: could not be loaded: ${loadHint(entry.module, error)}`, { cause: error })
    }
    if (typeof module.default !== 'function') {
      throw new Error(`${where}: must default-export a function (output, context) => violations[]`)
    }
    loaded.push({
      id: customValidatorId(entry),
      module: entry.module,
      severity: entry.severity,
      redact: entry.redact ?? true,
      fn: module.default as CustomValidatorFn
    })
  }
  return loaded
}

/** Why a module failed to load, with the fix for the one case users hit most (.ts on older Node). */
export function loadHint(module: string, error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code
  const message = errorMessage(error)
  if (/\.[cm]?ts$/.test(module) && code === 'ERR_UNKNOWN_FILE_EXTENSION') {
    return `TypeScript modules need Node >= 22.6 (type stripping, the node24 Actions runtime); on this Node (${process.version}) write it as .mjs`
  }
  return message
}

/** Wraps a loaded module as a rail: it never crashes validate(); a throwing validator fails closed. */
export function customRail(custom: CustomValidator): RailValidator {
  return {
    ids: [custom.id],
    redact: custom.redact,
    run(output, context) {
      let result: unknown
      try {
        result = custom.fn(output, context)
      } catch (error) {
        const reason = errorMessage(error)
        return [
          {
            validator: custom.id,
            start: 0,
            end: output.length,
            message: `custom validator ${custom.module} threw: ${reason}`
          }
        ]
      }
      if (result === undefined || result === null) return []
      if (!Array.isArray(result)) {
        return [
          {
            validator: custom.id,
            start: 0,
            end: output.length,
            message: `custom validator ${custom.module} returned ${typeof result}, expected an array`
          }
        ]
      }
      return (result as unknown[]).map(item => toFinding(custom, item, output.length))
    }
  }
}

const SEVERITIES = new Set(['low', 'medium', 'high', 'critical'])

function toFinding(custom: CustomValidator, item: unknown, length: number): Finding {
  const v = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
  const span = (typeof v.span === 'object' && v.span !== null ? v.span : v) as Record<string, unknown>
  const clamp = (n: unknown, fallback: number): number =>
    typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(length, Math.trunc(n))) : fallback
  const start = clamp(span.start, 0)
  const end = Math.max(start, clamp(span.end, length))
  const message = typeof v.message === 'string' ? v.message : `flagged by ${custom.id}`
  const severity =
    typeof v.severity === 'string' && SEVERITIES.has(v.severity) ? (v.severity as Severity) : undefined
  return severity === undefined
    ? { validator: custom.id, start, end, message }
    : { validator: custom.id, start, end, message, severity }
}
