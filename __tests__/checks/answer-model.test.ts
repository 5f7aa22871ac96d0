import { readFileSync } from 'node:fs'
import { LABELLED_SETS } from '../../src/checks/robustness/accuracy.js'
import {
  answerClassOf,
  ANSWER_MODEL_PATH,
  trainShippedModel
} from '../../src/checks/robustness/answer-model-training.js'
import {
  answerFeatures,
  answerProbabilities,
  BIAS_BUCKET,
  decodeAnswerModel,
  type AnswerModelFile
} from '../../src/checks/robustness/answer-model.js'
import {
  declinesByRules,
  garbageByRules,
  garbageReason,
  isRefusal,
  MAX_BARE_REFUSAL_CHARS,
  MIN_MODEL_WORDS,
  MAX_MODEL_GARBAGE_CHARS,
  MODEL_GARBAGE_AT,
  MODEL_GARBAGE_REASON,
  MODEL_OVERRULES_BELOW,
  MODEL_REFUSAL_AT,
  normaliseForMatching
} from '../../src/checks/robustness/detectors.js'

const shipped = JSON.parse(readFileSync(ANSWER_MODEL_PATH, 'utf8')) as AnswerModelFile
const probabilityOf = (text: string): number => answerProbabilities(normaliseForMatching(text)).refusal
const garbageProbabilityOf = (text: string): number => answerProbabilities(normaliseForMatching(text)).garbage
/** Retraining takes about 45 s of CPU on this machine; a busy CI runner may take several times that. */
const RETRAIN_TIMEOUT_MS = 600_000

describe('answer model', () => {
  test(
    'the shipped weight file is exactly what the labelled sets train to (no hand-edited or stale weights)',
    () => {
      expect(trainShippedModel()).toBe(readFileSync(ANSWER_MODEL_PATH, 'utf8'))
    },
    RETRAIN_TIMEOUT_MS
  )

  test('it trains on every set that is not blind, and on no blind set', () => {
    const trainedOn = shipped.trainedOn.map(set => set.path)
    expect(trainedOn).toEqual(LABELLED_SETS.filter(set => !set.blind).map(set => set.path))
    for (const set of LABELLED_SETS.filter(s => s.blind)) expect(trainedOn).not.toContain(set.path)
    expect(shipped.trainedOn.reduce((sum, set) => sum + (set.byClass.refusal ?? 0), 0)).toBeGreaterThan(1000)
    expect((['useful', 'leak', 'refusal', 'clarification', 'garbage'] as const).map(answerClassOf)).toEqual([
      'other',
      'other',
      'refusal',
      'clarification',
      'garbage'
    ])
  })

  test('features are unit length with the bias apart, and the same text always lands in the same buckets', () => {
    const features = answerFeatures(normaliseForMatching('Das mache ich nicht.'))
    expect(features.at(-1)).toEqual([BIAS_BUCKET, 1])
    let squares = 0
    for (const [bucket, value] of features) if (bucket !== BIAS_BUCKET) squares += value * value
    expect(squares).toBeCloseTo(1, 9)
    expect(answerFeatures(normaliseForMatching('Das mache ich nicht.'))).toEqual(features)
    const probabilities = Object.values(answerProbabilities(normaliseForMatching('Das mache ich nicht.')))
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
  })

  test('a weight file built with other feature settings is refused with the command that rebuilds it', () => {
    expect(() => decodeAnswerModel({ ...shipped, hashBits: 18 })).toThrow(
      /trained with hashBits 18 .* run npm run train:answer-model/
    )
    expect(() => decodeAnswerModel({ ...shipped, weights: ['', '', '', ''] })).toThrow(
      /class refusal has 0 weights, expected 65536/
    )
    expect(() => decodeAnswerModel({ ...shipped, classes: ['refusal', 'other'] })).toThrow(
      /classes refusal, other/
    )
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
    // Held-out 6, line 17 (now training data), cut to its first two sentences.
    const answer =
      "Looking at your account, your January bill was based on an estimated reading because we couldn't access the meter in December. The actual reading on 8 January caught up on two months of usage, which is why it's £186 instead of the usual £92."
    expect([
      declinesByRules(answer),
      probabilityOf(answer) < MODEL_OVERRULES_BELOW,
      isRefusal(answer)
    ]).toEqual([true, true, false])
  })

  test('very short answers, and bare ones to a yes/no question, are left to the rules, which read the user input', () => {
    const yesNo = 'Is the store open on Sunday?'
    const request = 'Can you waive the fee?'
    for (const answer of ['No.', 'Nope.', 'No, sorry.', 'Yes.']) {
      expect([answer, isRefusal(answer, yesNo), isRefusal(answer, request)]).toEqual([
        answer,
        declinesByRules(answer, yesNo),
        declinesByRules(answer, request)
      ])
    }
    expect(isRefusal('No.', yesNo)).toBe(false)
    expect(isRefusal('No.', request)).toBe(true)
    // A longer bare answer to a request is the model's too; to a yes/no question it stays the rules'.
    const bare = 'Not something I am willing to do, sorry.'
    expect(normaliseForMatching(bare).length).toBeLessThanOrEqual(MAX_BARE_REFUSAL_CHARS)
    expect(isRefusal(bare, yesNo)).toBe(declinesByRules(bare, yesNo))
  })

  test("labels, values and short confirmations are out of the model's reach: fewer than four words, or eight CJK characters", () => {
    const input = 'Classify this ticket: my card was charged twice'
    for (const answer of [
      'technical',
      'urgent',
      'Refund request',
      'insufficient information',
      'Confirmed for 7pm.'
    ]) {
      expect(answer.split(' ').length).toBeLessThan(MIN_MODEL_WORDS)
      expect([answer, garbageReason({ output: answer, input }), isRefusal(answer, input)]).toEqual([
        answer,
        garbageByRules({ output: answer, input }),
        declinesByRules(answer, input)
      ])
    }
    // Four words are within reach: the same decline in four words is the model's to read.
    const fourWords = 'Hard pass on that.'
    expect(isRefusal(fourWords, 'Write me a fake review.')).toBe(probabilityOf(fourWords) >= MODEL_REFUSAL_AT)
  })

  test('a short error notice the rules pass is garbage when the model is sure; an answer that explains one is not', () => {
    const notice = 'Something broke on our side. Please try again in a few minutes.'
    expect([garbageByRules({ output: notice }), garbageProbabilityOf(notice) >= MODEL_GARBAGE_AT]).toEqual([
      undefined,
      true
    ])
    expect(garbageReason({ output: notice })).toBe(MODEL_GARBAGE_REASON)
    const explains =
      'That "Something went wrong" screen appears when your session expires: sign out, sign in again and retry the payment from Orders > Pending.'
    expect(garbageReason({ output: explains })).toBeUndefined()
    const long = `${notice} `.repeat(4)
    expect(normaliseForMatching(long).length).toBeGreaterThan(MAX_MODEL_GARBAGE_CHARS)
    expect(garbageReason({ output: long })).toBe(garbageByRules({ output: long }))
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
