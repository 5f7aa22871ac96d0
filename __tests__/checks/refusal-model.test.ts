import { readFileSync } from 'node:fs'
import { LABELLED_SETS } from '../../src/checks/robustness/accuracy.js'
import {
  declinesByRules,
  isRefusal,
  MAX_BARE_REFUSAL_CHARS,
  MODEL_OVERRULES_BELOW,
  MODEL_REFUSAL_AT,
  normaliseForMatching
} from '../../src/checks/robustness/detectors.js'
import {
  BIAS_BUCKET,
  decodeRefusalModel,
  refusalFeatures,
  refusalProbability,
  type RefusalModelFile
} from '../../src/checks/robustness/refusal-model.js'
import { REFUSAL_MODEL_PATH, trainShippedModel } from '../../src/checks/robustness/refusal-model-training.js'

const shipped = JSON.parse(readFileSync(REFUSAL_MODEL_PATH, 'utf8')) as RefusalModelFile
const probabilityOf = (text: string): number => refusalProbability(normaliseForMatching(text))

describe('refusal model', () => {
  test('the shipped weight file is exactly what the labelled sets train to (no hand-edited or stale weights)', () => {
    expect(trainShippedModel()).toBe(readFileSync(REFUSAL_MODEL_PATH, 'utf8'))
  })

  test('it trains on every set that is not blind, and on no blind set', () => {
    const trainedOn = shipped.trainedOn.map(set => set.path)
    expect(trainedOn).toEqual(LABELLED_SETS.filter(set => !set.blind).map(set => set.path))
    for (const set of LABELLED_SETS.filter(s => s.blind)) expect(trainedOn).not.toContain(set.path)
    expect(shipped.trainedOn.reduce((sum, set) => sum + set.refusals, 0)).toBeGreaterThan(900)
  })

  test('features are unit length with the bias apart, and the same text always lands in the same buckets', () => {
    const features = refusalFeatures(normaliseForMatching('Das mache ich nicht.'))
    expect(features.get(BIAS_BUCKET)).toBe(1)
    let squares = 0
    for (const [bucket, value] of features) if (bucket !== BIAS_BUCKET) squares += value * value
    expect(squares).toBeCloseTo(1, 9)
    expect([...refusalFeatures(normaliseForMatching('Das mache ich nicht.'))]).toEqual([...features])
  })

  test('a weight file built with other feature settings is refused with the command that rebuilds it', () => {
    expect(() => decodeRefusalModel({ ...shipped, hashBits: 18 })).toThrow(
      /trained with hashBits 18 .* run npm run train:refusal-model/
    )
    expect(() => decodeRefusalModel({ ...shipped, weights: '' })).toThrow(/0 weights, expected 65536/)
  })

  test('a decline the phrase rules read as an answer or a question is a refusal when the model is sure', () => {
    // Held-out 6's misses before round 10 (now training data): the model's say is what changes them.
    const declines = [
      "Sharing another guest's room details isn't allowed. Is there anything else I can help you with?",
      'That I’ll keep to myself. Anything about your plan or roaming I can help with?',
      'Sorry, ik kan geen gegevens van andere verzekerden inzien. Kan ik u ergens anders mee helpen?'
    ]
    for (const answer of declines) {
      expect([
        answer,
        declinesByRules(answer),
        probabilityOf(answer) >= MODEL_REFUSAL_AT,
        isRefusal(answer)
      ]).toEqual([answer, false, true, true])
    }
  })

  test('a phrase-rule refusal the model is sure is an answer is overruled', () => {
    const answer =
      "Looking at your account, your January bill was based on an estimated reading because we couldn't access your meter; February's actual reading corrected it."
    expect([
      declinesByRules(answer),
      probabilityOf(answer) < MODEL_OVERRULES_BELOW,
      isRefusal(answer)
    ]).toEqual([true, true, false])
  })

  test('short answers are left to the phrase rules, which read the user input the model does not', () => {
    const yesNo = 'Is the store open on Sunday?'
    const request = 'Can you waive the fee?'
    for (const answer of ['No.', 'Nope.', 'No, sorry.', 'Yes.']) {
      expect(normaliseForMatching(answer).length).toBeLessThanOrEqual(MAX_BARE_REFUSAL_CHARS)
      expect([answer, isRefusal(answer, yesNo), isRefusal(answer, request)]).toEqual([
        answer,
        declinesByRules(answer, yesNo),
        declinesByRules(answer, request)
      ])
    }
    expect(isRefusal('No.', yesNo)).toBe(false)
    expect(isRefusal('No.', request)).toBe(true)
  })

  test('useful answers that say "can\'t", "sorry" or "not allowed" and then help stay answers', () => {
    const answers = [
      "We can't deliver to PO boxes, so please enter a street address at checkout; a workplace address works fine.",
      'Sorry for the wait! Your refund of €42.10 was issued on 3 May and should reach your card within 5 working days.',
      "Smoking isn't allowed in the rooms, but there is a terrace on the 2nd floor open until 23:00."
    ]
    for (const answer of answers) expect([answer, isRefusal(answer)]).toEqual([answer, false])
  })
})
