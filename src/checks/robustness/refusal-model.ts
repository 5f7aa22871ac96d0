// The refusal detector's learned second opinion: a logistic regression over hashed character
// and word n-grams, trained by `npm run train:refusal-model` on the labelled sets the phrase
// rules were tuned on (datasets/robustness/refusal-model.v1.json says which, with their sha256).
// Phrase rules stop at the phrasings someone wrote down; each blind set brought declines in new
// words ("Sharing another guest's room details isn't allowed") that the rules read as answers.
// The model generalises over the shared vocabulary of declining in 16 languages instead. It is a
// pure function of the text, so every judgement stays reproducible.
import model from '../../../datasets/robustness/refusal-model.v1.json' with { type: 'json' }

/** Buckets of the feature hash: 2^16 keeps the weight file under 100 KB with no loss measured against 2^18. */
export const FEATURE_HASH_BITS = 16
/** Only the opening is read, as the phrase rules read only the first two sentences (240 characters) plus courtesy. */
export const MODEL_WINDOW_CHARS = 300
const CHAR_NGRAM_SIZES = [2, 3, 4, 5] as const

/** FNV-1a (32-bit): a fixed, platform-independent hash, so a feature lands in the same bucket everywhere. */
function bucketOf(feature: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) & ((1 << FEATURE_HASH_BITS) - 1)
}

/** The bias term's bucket: the last one, kept apart from the hashed n-grams by convention only. */
export const BIAS_BUCKET = (1 << FEATURE_HASH_BITS) - 1

/**
 * The answer's features as bucket → weight: character 2–5-grams (they carry CJK, kana, hangul,
 * Arabic and Hebrew, where words are not space-separated or take joined prefixes), word unigrams
 * and bigrams, scaled to unit length so long and short openings weigh alike, plus the bias.
 * `normal` is the answer as the phrase rules see it (`normaliseForMatching`), so both read the
 * same folded text.
 */
export function refusalFeatures(normal: string): Map<number, number> {
  const opening = normal.slice(0, MODEL_WINDOW_CHARS)
  const counts = new Map<number, number>()
  const add = (feature: string): void => {
    const bucket = bucketOf(feature)
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1)
  }
  const padded = ` ${opening} `
  for (const n of CHAR_NGRAM_SIZES) {
    for (let i = 0; i + n <= padded.length; i++) add(`c${n}:${padded.slice(i, i + n)}`)
  }
  const words = opening.split(/[^\p{L}\p{M}\p{N}']+/u).filter(word => word !== '')
  for (let i = 0; i < words.length; i++) {
    add(`w:${words[i]}`)
    if (i + 1 < words.length) add(`b:${words[i]} ${words[i + 1]}`)
  }
  let norm = 0
  for (const count of counts.values()) norm += count * count
  norm = Math.sqrt(norm)
  const features = new Map<number, number>()
  for (const [bucket, count] of counts) features.set(bucket, count / norm)
  features.set(BIAS_BUCKET, 1)
  return features
}

/** A trained model: one weight per bucket. */
export interface RefusalModel {
  weights: Float64Array
}

/** The probability the model gives that the (normalised) answer declines. */
export function refusalProbability(normal: string, refusalModel: RefusalModel = shippedModel()): number {
  let z = 0
  for (const [bucket, value] of refusalFeatures(normal)) z += (refusalModel.weights[bucket] ?? 0) * value
  return 1 / (1 + Math.exp(-z))
}

/** The weight file's shape; `weights` is int8, base64, each times `scale`. */
export interface RefusalModelFile {
  format: 'promptgate-refusal-model'
  version: 1
  hashBits: number
  windowChars: number
  trainedOn: { path: string; sha256: string; rows: number; refusals: number }[]
  training: { epochs: number; l2: number; learningRate: number; seed: number }
  scale: number
  weights: string
}

/** Decodes the int8 weights; a file built with other feature settings is refused, not misread. */
export function decodeRefusalModel(file: RefusalModelFile): RefusalModel {
  if (file.format !== 'promptgate-refusal-model' || file.version !== 1) {
    throw new Error('refusal-model.v1.json: not a version 1 promptgate-refusal-model file')
  }
  if (file.hashBits !== FEATURE_HASH_BITS || file.windowChars !== MODEL_WINDOW_CHARS) {
    throw new Error(
      `refusal-model.v1.json: trained with hashBits ${file.hashBits} and windowChars ${file.windowChars}, the code reads ${FEATURE_HASH_BITS} and ${MODEL_WINDOW_CHARS}; run npm run train:refusal-model`
    )
  }
  const bytes = Buffer.from(file.weights, 'base64')
  if (bytes.length !== 1 << FEATURE_HASH_BITS) {
    throw new Error(`refusal-model.v1.json: ${bytes.length} weights, expected ${1 << FEATURE_HASH_BITS}`)
  }
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  return { weights: Float64Array.from(quantised, q => q * file.scale) }
}

let decoded: RefusalModel | undefined
function shippedModel(): RefusalModel {
  decoded ??= decodeRefusalModel(model as RefusalModelFile)
  return decoded
}
