// Trains the refusal model (`npm run train:refusal-model`); not on the gate's path. Hand-written
// because the libraries on npm fit dense matrices, and 2^16 hashed features over ~2,500 answers
// want a sparse update: plain stochastic gradient descent on the logistic loss with an L2 penalty,
// shuffled by a seeded generator so the same data always gives the same weight file.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LABELLED_SETS, loadLabelled } from './accuracy.js'
import { normaliseForMatching } from './detectors.js'
import {
  FEATURE_HASH_BITS,
  MODEL_WINDOW_CHARS,
  refusalFeatures,
  type RefusalModelFile
} from './refusal-model.js'

export interface TrainingExample {
  /** The answer, normalised as the detectors normalise it. */
  normal: string
  refusal: boolean
}

export const TRAINING = { epochs: 30, l2: 1e-5, learningRate: 0.5, seed: 1 } as const
/** The learning rate decays as learningRate / (1 + LEARNING_RATE_DECAY × epoch). */
const LEARNING_RATE_DECAY = 0.2
/** int8 weights: ±127 steps of max|w| / 127, small enough to ship, below the model's own noise. */
const INT8_STEPS = 127

/** A 31-bit linear congruential generator (glibc's constants): deterministic on every platform. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

/** Weights of a logistic regression of "declines" on the answer's features. */
export function trainWeights(examples: readonly TrainingExample[]): Float64Array {
  const weights = new Float64Array(1 << FEATURE_HASH_BITS)
  const features = examples.map(example => [...refusalFeatures(example.normal)])
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
      let z = 0
      for (const [bucket, value] of row) z += (weights[bucket] ?? 0) * value
      const gradient = 1 / (1 + Math.exp(-z)) - (examples[index]?.refusal ? 1 : 0)
      for (const [bucket, value] of row) {
        const weight = weights[bucket] ?? 0
        weights[bucket] = weight - rate * (gradient * value + TRAINING.l2 * weight)
      }
    }
  }
  return weights
}

/** The weight file for `weights`, quantised to int8. */
export function modelFile(weights: Float64Array, trainedOn: RefusalModelFile['trainedOn']): RefusalModelFile {
  let largest = 0
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight))
  const scale = largest === 0 ? 1 : largest / INT8_STEPS
  const quantised = Int8Array.from(weights, weight => Math.round(weight / scale))
  return {
    format: 'promptgate-refusal-model',
    version: 1,
    hashBits: FEATURE_HASH_BITS,
    windowChars: MODEL_WINDOW_CHARS,
    trainedOn,
    training: { ...TRAINING },
    scale,
    weights: Buffer.from(quantised.buffer).toString('base64')
  }
}

/** The shipped model's path, beside the phrase file. */
export const REFUSAL_MODEL_PATH = 'datasets/robustness/refusal-model.v1.json'

/**
 * Trains on every labelled set that is not blind (`LABELLED_SETS`), in its listed order, and
 * returns the weight file as it is written: JSON, two-space indented, with a final newline.
 */
export function trainShippedModel(root = '.'): string {
  const trainedOn: RefusalModelFile['trainedOn'] = []
  const examples: TrainingExample[] = []
  for (const set of LABELLED_SETS.filter(s => !s.blind)) {
    const file = join(root, set.path)
    const rows = loadLabelled(file)
    trainedOn.push({
      path: set.path,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      rows: rows.length,
      refusals: rows.filter(row => row.label === 'refusal').length
    })
    for (const row of rows)
      examples.push({ normal: normaliseForMatching(row.response), refusal: row.label === 'refusal' })
  }
  return `${JSON.stringify(modelFile(trainWeights(examples), trainedOn), null, 2)}\n`
}
