import { decodeTextFile, TextEncodingError } from '../../src/core/text-file.js'

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le')
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number]
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le])
}
const utf32 = (text: string, littleEndian: boolean) => {
  const points = [0xfeff, ...[...text].map(c => c.codePointAt(0) as number)]
  const bytes = Buffer.alloc(points.length * 4)
  points.forEach((p, i) => (littleEndian ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)))
  return bytes
}

function failure(file: string, bytes: Uint8Array): TextEncodingError {
  try {
    decodeTextFile(file, bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(TextEncodingError)
    return error as TextEncodingError
  }
  throw new Error('expected decodeTextFile to refuse the file')
}

const sample = 'Hello {{name}} — 東京 😀\nsecond line\n'

describe('decodeTextFile', () => {
  it('reads UTF-8 and drops a UTF-8 byte-order mark', () => {
    expect(decodeTextFile('a.md', Buffer.from(sample))).toBe(sample)
    expect(
      decodeTextFile('a.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))
    ).toBe(sample)
  })

  it('decodes UTF-16 LE and BE with a byte-order mark to the same text, surrogate pairs included', () => {
    expect(decodeTextFile('a.md', utf16le(sample))).toBe(sample)
    expect(decodeTextFile('a.md', utf16be(sample))).toBe(sample)
  })

  it('decodes UTF-32 LE and BE with a byte-order mark', () => {
    expect(decodeTextFile('a.md', utf32(sample, true))).toBe(sample)
    expect(decodeTextFile('a.md', utf32(sample, false))).toBe(sample)
  })

  it('refuses UTF-16 without a byte-order mark, naming the file and the fix', () => {
    const error = failure('prompts/p.md', Buffer.from('Hello there {{name}}', 'utf16le'))
    expect(error.message).toBe(
      'prompts/p.md: looks like UTF-16 without a byte-order mark (every other byte is NUL); save it as UTF-8 (without a byte-order mark is fine) and commit it again'
    )
  })

  it('refuses a binary file with NUL bytes', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
    ])
    expect(failure('evals/cases.jsonl', png).message).toBe(
      'evals/cases.jsonl: is a binary file (it contains NUL bytes), not a text file'
    )
  })

  it('refuses a UTF-16 file whose text holds a NUL character, with its line', () => {
    const error = failure('a.md', utf16le('one\ntwo\u0000three'))
    expect(error.line).toBe(2)
    expect(error.message).toBe(
      'a.md:2: contains a NUL character after decoding it as UTF-16: a binary file, not a text file'
    )
  })

  it('refuses bytes that are not UTF-8 (Latin-1), naming the line of the first bad byte', () => {
    const latin1 = Buffer.from('first line\nCafé crème\n', 'latin1')
    const error = failure('prompts/menu.md', latin1)
    expect(error.line).toBe(2)
    expect(error.reason).toBe(
      'is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8 (without a byte-order mark is fine) and commit it again'
    )
  })

  it('refuses a truncated UTF-32 file', () => {
    const bytes = utf32('abc', true).subarray(0, 14)
    expect(failure('a.md', bytes).reason).toMatch(/^is cut-off UTF-32; save it as UTF-8/)
  })
})
