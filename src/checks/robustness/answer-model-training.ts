// Trains the answer model (`npm run train:answer-model`); not on the gate's path. Hand-written
// because the libraries on npm fit dense matrices, and 2^16 hashed features over ~3,000 answers
// want a sparse update: plain stochastic gradient descent on the softmax loss with an L2 penalty,
// shuffled by a seeded generator so the same data always gives the same weight file.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LABELLED_SETS, loadLabelled, type DetectorLabel } from './accuracy.js'
import {
  ANSWER_CLASSES,
  answerFeatures,
  classScores,
  FEATURE_HASH_BITS,
  MODEL_WINDOW_CHARS,
  softmax,
  type AnswerClass,
  type AnswerModelFile
} from './answer-model.js'
import { normaliseForMatching } from './detectors.js'

export interface TrainingExample {
  /** The answer, normalised as the detectors normalise it. */
  normal: string
  answerClass: AnswerClass
}

export const TRAINING = { epochs: 30, l2: 1e-5, learningRate: 0.5, seed: 1 } as const
/** The learning rate decays as learningRate / (1 + LEARNING_RATE_DECAY × epoch). */
const LEARNING_RATE_DECAY = 0.2
/** int8 weights: ±127 steps of max|w| / 127 per class, small enough to ship, below the model's own noise. */
const INT8_STEPS = 127

/** The class a labelled answer trains: a useful answer and a leak are both "other" (leaks are the n-gram detector's). */
export function answerClassOf(label: DetectorLabel): AnswerClass {
  return label === 'refusal' || label === 'clarification' || label === 'garbage' ? label : 'other'
}

/** A 31-bit linear congruential generator (glibc's constants): deterministic on every platform. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

/** One weight vector per class of a multinomial logistic regression on the answers' features. */
export function trainWeights(examples: readonly TrainingExample[]): Float64Array[] {
  const weights = ANSWER_CLASSES.map(() => new Float64Array(1 << FEATURE_HASH_BITS))
  const model = { weights }
  const features = examples.map(example => answerFeatures(example.normal))
  const targets = examples.map(example => ANSWER_CLASSES.indexOf(example.answerClass))
  const order = examples.map((_, i) => i)
  const random = seededRandom(TRAINING.seed)
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    const rate = TRAINING.learningRate / (1 + LEARNING_RATE_DECAY * epoch)
    for (const index of order) {
      const row = features[index] ?? []
      const probabilities = softmax(classScores(row, model))
      weights.forEach((classWeights, c) => {
        const gradient = (probabilities[c] ?? 0) - (targets[index] === c ? 1 : 0)
        for (const [bucket, value] of row) {
          const weight = classWeights[bucket] ?? 0
          classWeights[bucket] = weight - rate * (gradient * value + TRAINING.l2 * weight)
        }
      })
    }
  }
  return weights
}

/** The weight file for `weights`, quantised to int8 per class. */
export function modelFile(
  weights: readonly Float64Array[],
  trainedOn: AnswerModelFile['trainedOn']
): AnswerModelFile {
  const scales = weights.map(classWeights => {
    let largest = 0
    for (const weight of classWeights) largest = Math.max(largest, Math.abs(weight))
    return largest === 0 ? 1 : largest / INT8_STEPS
  })
  return {
    format: 'promptgate-answer-model',
    version: 1,
    classes: [...ANSWER_CLASSES],
    hashBits: FEATURE_HASH_BITS,
    windowChars: MODEL_WINDOW_CHARS,
    trainedOn,
    training: { ...TRAINING },
    scales,
    weights: weights.map((classWeights, c) => {
      const quantised = Int8Array.from(classWeights, weight => Math.round(weight / (scales[c] ?? 1)))
      return Buffer.from(quantised.buffer).toString('base64')
    })
  }
}

/** The shipped model's path, beside the phrase file. */
export const ANSWER_MODEL_PATH = 'datasets/robustness/answer-model.v1.json'

/**
 * Trains on every labelled set that is not blind (`LABELLED_SETS`), in its listed order, and
 * returns the weight file as it is written: JSON, two-space indented, with a final newline.
 */
export function trainShippedModel(root = '.'): string {
  const trainedOn: AnswerModelFile['trainedOn'] = []
  const examples: TrainingExample[] = []
  for (const set of LABELLED_SETS.filter(s => !s.blind)) {
    const file = join(root, set.path)
    const rows = loadLabelled(file)
    const byClass: Record<string, number> = Object.fromEntries(ANSWER_CLASSES.map(name => [name, 0]))
    for (const row of rows) {
      const answerClass = answerClassOf(row.label)
      byClass[answerClass] = (byClass[answerClass] ?? 0) + 1
      examples.push({ normal: normaliseForMatching(row.response), answerClass })
    }
    trainedOn.push({
      path: set.path,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      rows: rows.length,
      byClass
    })
  }
  return `${JSON.stringify(modelFile(trainWeights(examples), trainedOn), null, 2)}\n`
}
