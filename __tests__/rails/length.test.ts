import { createRails } from '../../src/rails/index.js'

describe('length', () => {
  it('reports the part past maxChars', () => {
    const [v] = createRails({ length: { maxChars: 5 } }).validate('hello world').violations
    expect(v).toEqual(
      expect.objectContaining({ validator: 'length', span: { start: 5, end: 11 }, text: ' world' })
    )
    expect(v?.message).toBe('11 characters, limit 5')
  })
  it('reports words past maxWords and counts them all', () => {
    const [v] = createRails({ length: { maxWords: 2 } }).validate('one two three four').violations
    expect(v).toEqual(expect.objectContaining({ span: { start: 8, end: 18 }, message: '4 words, limit 2' }))
  })
  it('passes outputs within the limits and is off without limits', () => {
    expect(
      createRails({ length: { maxChars: 100, maxWords: 10 } }).validate('short answer').violations
    ).toEqual([])
    expect(createRails({}).validators).not.toContain('length')
  })
})
