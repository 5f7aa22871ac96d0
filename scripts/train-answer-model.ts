// Retrains the answer model on the labelled sets that are not blind and writes
// datasets/robustness/answer-model.v1.json (`npm run train:answer-model`). With --check it
// writes nothing and exits 1 when the committed file is not what the data trains to.
import { readFileSync, writeFileSync } from 'node:fs'
import { ANSWER_MODEL_PATH, trainShippedModel } from '../src/checks/robustness/answer-model-training.js'

const trained = trainShippedModel()
if (process.argv.includes('--check')) {
  if (readFileSync(ANSWER_MODEL_PATH, 'utf8') !== trained) {
    console.error(`${ANSWER_MODEL_PATH} is stale: run npm run train:answer-model`)
    process.exitCode = 1
  } else console.log(`${ANSWER_MODEL_PATH} is what the labelled sets train to`)
} else {
  writeFileSync(ANSWER_MODEL_PATH, trained)
  console.log(`wrote ${ANSWER_MODEL_PATH} (${trained.length} bytes)`)
}
