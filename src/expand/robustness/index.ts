// expand: robustness variants of a suite's cases. Deterministic: the same cases, config and seed
// give the same variants with the same ids on base and head, so both sides answer identical inputs.
import type { RobustnessConfig } from '../../config/schema.js'
import {
  CATEGORY_KIND,
  ROBUSTNESS_CATEGORIES,
  DEFAULT_CATEGORIES,
  isFormatCheckType,
  type RobustnessCategory,
  type VariantMeta
} from '../../core/robustness.js'
import type { CheckSpec, TestCase, VarValue } from '../../core/types.js'
import {
  DEFAULT_OFF_TOPIC,
  generatorsFor,
  OVER_CONTEXT,
  type Generator,
  type GeneratorContext
} from './generators.js'
import { seededRandom, stableHash } from './random.js'

export const DEFAULT_VARIANTS_PER_CATEGORY = 2
export const DEFAULT_MAX_CASES = 5
export const DEFAULT_MAX_VARIANTS = 300
export const DEFAULT_SEED = 1
export const DEFAULT_LONG_DOCUMENT_CHARS = 8000

export interface Variant {
  testCase: TestCase
  meta: VariantMeta
}

export interface ExpansionInput {
  suiteId: string
  cases: readonly TestCase[]
  /** The suite's own checks (defaults, suite, prompt file); the case's stay on the case. */
  checks: readonly CheckSpec[]
  config: RobustnessConfig
  /** All cases (still capped by maxVariants) instead of a sample of maxCases. */
  allCases: boolean
}

export interface Expansion {
  variants: Variant[]
  /** The parent cases variants were derived from, in sampled order. */
  parents: TestCase[]
  /** Variants the cap cut off. */
  capped: number
  categories: RobustnessCategory[]
  /** One line for the log and the report: how many variants, from how many cases, why. */
  summary: string
}

/** Deterministic sample: cases ordered by a hash of seed and id, so adding a case moves few others. */
export function sampleCases(cases: readonly TestCase[], count: number, seed: number): TestCase[] {
  if (count >= cases.length) return [...cases]
  return [...cases]
    .map(c => ({ c, key: stableHash([seed, c.id], 12) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, count)
    .map(x => x.c)
}

function inputVariables(config: RobustnessConfig, testCase: TestCase): string[] {
  if (config.inputs) return config.inputs.filter(name => typeof testCase.vars[name] === 'string')
  return Object.entries(testCase.vars)
    .filter(([, value]) => typeof value === 'string')
    .map(([name]) => name)
}

/** Stable id: parent case id, generator and a hash of both with the seed and the ordinal. */
export function variantId(
  parentId: string,
  category: string,
  generator: string,
  seed: number,
  ordinal: number
): string {
  return `${parentId}~${category}.${generator}.${stableHash([parentId, category, generator, seed, ordinal], 6)}`
}

/** The marker a variant's payload asks the model to print: unique and unlikely in any real answer. */
export function payloadMarker(id: string, seed: number): string {
  return `PGX-${stableHash(['marker', id, seed], 8).toUpperCase()}`
}

function makeVariant(
  parent: TestCase,
  category: RobustnessCategory,
  generator: Generator,
  ordinal: number,
  input: ExpansionInput
): Variant | undefined {
  const config = input.config
  const seed = config.seed ?? DEFAULT_SEED
  const names = inputVariables(config, parent)
  const primary = names[0]
  if (primary === undefined) return undefined
  const id = variantId(parent.id, category, generator.name, seed, ordinal)
  const context: GeneratorContext = {
    random: seededRandom([id, seed]),
    marker: payloadMarker(id, seed),
    longDocumentChars: config.longDocumentChars ?? DEFAULT_LONG_DOCUMENT_CHARS,
    overContextChars: config.overContextChars,
    competitors: config.competitors ?? [],
    offTopic: config.offTopic ?? DEFAULT_OFF_TOPIC
  }
  const generated = generator.apply(parent.vars[primary] as string, context)
  const vars: Record<string, VarValue> = { ...parent.vars, [primary]: generated.text }
  for (const name of names.slice(1)) {
    if (generator.applyOther) vars[name] = generator.applyOther(parent.vars[name] as string, context)
  }
  const kind = CATEGORY_KIND[category]
  // Benign perturbations keep the meaning, so every check and `expected` still apply; the others
  // keep only the checks about form.
  const checks =
    kind === 'benign'
      ? [...input.checks, ...parent.checks]
      : [...input.checks, ...parent.checks].filter(c => isFormatCheckType(c.type))
  const testCase: TestCase = {
    id,
    vars,
    ...(kind === 'benign' && parent.expected !== undefined ? { expected: parent.expected } : {}),
    checks,
    source: parent.source,
    derivedFrom: { caseId: parent.id, variant: `${category}/${generator.name}` },
    tags: [...(parent.tags ?? []), `robustness:${category}`]
  }
  const meta: VariantMeta = {
    category,
    generator: generator.name,
    kind,
    ...(generated.goal ? { goal: generated.goal } : {}),
    ...(generated.marker ? { marker: generated.marker } : {}),
    ...(generated.corpusEntry ? { corpusEntry: generated.corpusEntry } : {}),
    ...(generated.language ? { language: generated.language } : {}),
    ...(generated.overContext ? { overContext: true } : {})
  }
  return { testCase, meta }
}

/**
 * The cases' variants: for each sampled case and category, `variantsPerCategory` generators in a
 * seeded order (cycling when there are fewer), plus one over-context variant per case when set.
 */
export function expandRobustness(input: ExpansionInput): Expansion {
  const config = input.config
  const seed = config.seed ?? DEFAULT_SEED
  const perCategory = config.variantsPerCategory ?? DEFAULT_VARIANTS_PER_CATEGORY
  const maxVariants = config.maxVariants ?? DEFAULT_MAX_VARIANTS
  const chosen = config.categories ?? DEFAULT_CATEGORIES
  const categories = ROBUSTNESS_CATEGORIES.filter(c => chosen.includes(c))
  const sampleSize = input.allCases ? input.cases.length : (config.maxCases ?? DEFAULT_MAX_CASES)
  const parents = sampleCases(input.cases, sampleSize, seed)
  const all: Variant[] = []
  for (const parent of parents) {
    for (const category of categories) {
      const generators = generatorsFor(category, {
        competitors: config.competitors ?? [],
        ...(config.lookalikeTopics ? { lookalikeTopics: config.lookalikeTopics } : {})
      })
      if (generators.length === 0) continue
      const order = seededRandom([parent.id, category, seed]).shuffle(generators)
      for (let ordinal = 0; ordinal < perCategory; ordinal++) {
        const generator = order[ordinal % order.length] as Generator
        const variant = makeVariant(parent, category, generator, ordinal, input)
        if (variant) all.push(variant)
      }
      if (category === 'long' && config.overContextChars) {
        const variant = makeVariant(parent, category, OVER_CONTEXT, perCategory, input)
        if (variant) all.push(variant)
      }
    }
  }
  const variants = all.slice(0, maxVariants)
  const capped = all.length - variants.length
  const from =
    input.allCases || parents.length === input.cases.length
      ? `all ${parents.length} cases`
      : `${parents.length} of ${input.cases.length} cases (sampled with seed ${seed})`
  const summary =
    `${input.suiteId}: ${variants.length} robustness variants in ${categories.length} ${categories.length === 1 ? 'category' : 'categories'} from ${from}` +
    (capped > 0 ? `; ${capped} more cut by maxVariants ${maxVariants}` : '') +
    `; each runs on base and head.`
  return { variants, parents, capped, categories, summary }
}
