// Defaults of `promptgate import` and `insights`, in a module without imports: the CLI's help text
// names them without loading the importer (or the semantic conventions) on every start.

export type LogFormat = 'promptgate' | 'otlp' | 'generic'
export const LOG_FORMATS: readonly LogFormat[] = ['promptgate', 'otlp', 'generic']

/** At most this many new cases per import unless --cap says otherwise. */
export const DEFAULT_IMPORT_CAP = 50
/** Seed of the tie-break among calls with equal signal, so an import is reproducible. */
export const DEFAULT_IMPORT_SEED = 1

/** Jaccard similarity at or above which two queries count as the same query (see similar.ts). */
export const NEAR_DUPLICATE_JACCARD = 0.8
