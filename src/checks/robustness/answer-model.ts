// The detectors' learned second opinion: a multinomial logistic regression over hashed character
// and word n-grams of an answer's opening, giving the probability that it is a refusal, a
// clarifying question, garbage or anything else. Trained by `npm run train:answer-model` on the
// labelled sets the phrase rules were tuned on (datasets/robustness/answer-model.v1.json names
// them with their sha256). Phrase rules stop at the phrasings someone wrote down; each blind set
// brought declines and error notices in new words ("Sharing another guest's room details isn't
// allowed", "Something broke on our side. Please try again in a few minutes.") that the rules
// read as answers. The model generalises over the vocabulary those share in 16 languages instead.
// Clarification is a class of its own so that "Sorry, I didn't catch that — what would you like
// to know?" is not pushed towards refusal. A pure function of the text: the same answer always
// gets the same probabilities.
import model from '../../../datasets/robustness/answer-model.v1.json' with { type: 'json' }

export const ANSWER_CLASSES = ['refusal', 'clarification', 'garbage', 'other'] as const
export type AnswerClass = (typeof ANSWER_CLASSES)[number]

/** Buckets of the feature hash: 2^16 per class keeps the weight file small with no loss measured against 2^18. */
export const FEATURE_HASH_BITS = 16
/** Only the opening is read, as the refusal rules read only the first two sentences (240 characters) plus courtesy. */
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
 * The answer's features as [bucket, weight] pairs: character 2–5-grams (they carry CJK, kana,
 * hangul, Arabic and Hebrew, where words are not space-separated or take joined prefixes), word
 * unigrams and bigrams, scaled to unit length so long and short openings weigh alike, plus the
 * bias. `normal` is the answer as the phrase rules see it (`normaliseForMatching`), so both read
 * the same folded text.
 */
export function answerFeatures(normal: string): [number, number][] {
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
  const features: [number, number][] = [...counts].map(([bucket, count]) => [bucket, count / norm])
  features.push([BIAS_BUCKET, 1])
  return features
}

/** A trained model: one weight vector per class, in ANSWER_CLASSES order. */
export interface AnswerModel {
  weights: Float64Array[]
}

/** The softmax of the class scores, as probabilities in ANSWER_CLASSES order. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores)
  const exps = scores.map(score => Math.exp(score - top))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map(e => e / sum)
}

/** Each class's score for the features: the dot product with its weights. */
export function classScores(features: readonly [number, number][], answerModel: AnswerModel): number[] {
  return answerModel.weights.map(weights => {
    let score = 0
    for (const [bucket, value] of features) score += (weights[bucket] ?? 0) * value
    return score
  })
}

/** The probability the model gives each class for the (normalised) answer. */
export function answerProbabilities(
  normal: string,
  answerModel: AnswerModel = shippedModel()
): Record<AnswerClass, number> {
  // The judge asks about the same answer twice in a row (for refusal and for garbage): score it once.
  if (lastScored?.normal === normal && lastScored.model === answerModel) return lastScored.probabilities
  const scores = softmax(classScores(answerFeatures(normal), answerModel))
  const probabilities = Object.fromEntries(ANSWER_CLASSES.map((name, i) => [name, scores[i] ?? 0])) as Record<
    AnswerClass,
    number
  >
  lastScored = { normal, model: answerModel, probabilities: Object.freeze(probabilities) }
  return probabilities
}

let lastScored: { normal: string; model: AnswerModel; probabilities: Record<AnswerClass, number> } | undefined

/** The weight file's shape; each class's `weights` is int8, base64, each times its `scale`. */
export interface AnswerModelFile {
  format: 'promptgate-answer-model'
  version: 1
  classes: string[]
  hashBits: number
  windowChars: number
  trainedOn: { path: string; sha256: string; rows: number; byClass: Record<string, number> }[]
  training: { epochs: number; l2: number; learningRate: number; seed: number }
  scales: number[]
  weights: string[]
}

/** Decodes the int8 weights; a file built with other classes or feature settings is refused, not misread. */
export function decodeAnswerModel(file: AnswerModelFile): AnswerModel {
  const where = 'datasets/robustness/answer-model.v1.json'
  if (file.format !== 'promptgate-answer-model' || file.version !== 1) {
    throw new Error(`${where}: not a version 1 promptgate-answer-model file`)
  }
  if (file.classes.join() !== ANSWER_CLASSES.join()) {
    throw new Error(
      `${where}: classes ${file.classes.join(', ')}, the code reads ${ANSWER_CLASSES.join(', ')}`
    )
  }
  if (file.hashBits !== FEATURE_HASH_BITS || file.windowChars !== MODEL_WINDOW_CHARS) {
    throw new Error(
      `${where}: trained with hashBits ${file.hashBits} and windowChars ${file.windowChars}, the code reads ${FEATURE_HASH_BITS} and ${MODEL_WINDOW_CHARS}; run npm run train:answer-model`
    )
  }
  const weights = ANSWER_CLASSES.map((name, i) => {
    const bytes = Buffer.from(file.weights[i] ?? '', 'base64')
    if (bytes.length !== 1 << FEATURE_HASH_BITS) {
      throw new Error(
        `${where}: class ${name} has ${bytes.length} weights, expected ${1 << FEATURE_HASH_BITS}`
      )
    }
    const scale = file.scales[i] ?? 0
    return Float64Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), q => q * scale)
  })
  return { weights }
}

let decoded: AnswerModel | undefined
function shippedModel(): AnswerModel {
  decoded ??= decodeAnswerModel(model as AnswerModelFile)
  return decoded
}
