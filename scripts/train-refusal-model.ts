// Retrains the refusal model on the labelled sets that are not blind and writes
// datasets/robustness/refusal-model.v1.json (`npm run train:refusal-model`). With --check it
// writes nothing and exits 1 when the committed file is not what the data trains to.
import { readFileSync, writeFileSync } from 'node:fs'
import { REFUSAL_MODEL_PATH, trainShippedModel } from '../src/checks/robustness/refusal-model-training.js'

const trained = trainShippedModel()
if (process.argv.includes('--check')) {
  if (readFileSync(REFUSAL_MODEL_PATH, 'utf8') !== trained) {
    console.error(`${REFUSAL_MODEL_PATH} is stale: run npm run train:refusal-model`)
    process.exitCode = 1
  } else console.log(`${REFUSAL_MODEL_PATH} is what the labelled sets train to`)
} else {
  writeFileSync(REFUSAL_MODEL_PATH, trained)
  console.log(`wrote ${REFUSAL_MODEL_PATH} (${trained.length} bytes)`)
}
