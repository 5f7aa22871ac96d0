// One answer rule for the feature providers: the http and exec providers read a reply the same way.
import { answerFromReply } from '../../src/providers/feature-answer.js'

const paths = { outputPath: 'data.answer', sourcePath: 'data.source' }

test('no path: the raw text is the answer', () => {
  expect(answerFromReply('{"data":{"answer":"x"}}', {})).toEqual({ text: '{"data":{"answer":"x"}}' })
})

test('a reply that is not JSON is the answer as it is, even with a path configured', () => {
  expect(answerFromReply('Service unavailable', paths)).toEqual({ text: 'Service unavailable' })
})

test('the value at outputPath: a string as it is, nothing or null as empty, anything else as JSON', () => {
  expect(answerFromReply('{"data":{"answer":"Hi","source":"fallback"}}', paths)).toEqual({
    text: 'Hi',
    source: 'fallback'
  })
  expect(answerFromReply('{"data":{"answer":null}}', paths)).toEqual({ text: '' })
  expect(answerFromReply('{"data":{}}', paths)).toEqual({ text: '' })
  expect(answerFromReply('{"data":{"answer":{"n":1}}}', paths)).toEqual({ text: '{"n":1}' })
  expect(answerFromReply('{"data":{"answer":"a","source":7}}', paths)).toEqual({ text: 'a' })
})

test('only a sourcePath: the raw reply stays the answer text', () => {
  const raw = '{"answer":"a","via":"cache"}'
  expect(answerFromReply(raw, { sourcePath: 'via' })).toEqual({ text: raw, source: 'cache' })
})
