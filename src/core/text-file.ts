// Bytes of a repository file → text, the one place every reader (working tree, git, contents
// API, config) decodes. A prompt, dataset or config that is not text, or not UTF-8, must be
// decoded for what it is or refused with a message naming the file: decoding UTF-16 as UTF-8
// yields NUL-filled text that a model answers and a `contains` check may well pass.

/** A file that is not UTF-8 text (binary, or an encoding PromptGate does not read). */
export class TextEncodingError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    /** What is wrong, worded to follow "this file": `is a binary file …`. */
    readonly reason: string
  ) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`)
    this.name = 'TextEncodingError'
  }
}

const SAVE_AS_UTF8 = 'save it as UTF-8 (without a byte-order mark is fine) and commit it again'

// Byte-order marks, Unicode 15 §23.8 table 23-4. UTF-32LE's starts with UTF-16LE's: test it first.
const BOM_UTF8 = [0xef, 0xbb, 0xbf]
const BOM_UTF32LE = [0xff, 0xfe, 0x00, 0x00]
const BOM_UTF32BE = [0x00, 0x00, 0xfe, 0xff]
const BOM_UTF16LE = [0xff, 0xfe]
const BOM_UTF16BE = [0xfe, 0xff]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2))
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number
    swapped[i + 1] = bytes[i] as number
  }
  return swapped
}

function decodeUtf32(file: string, bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0)
    throw new TextEncodingError(file, undefined, `is cut-off UTF-32; ${SAVE_AS_UTF8}`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const parts: string[] = []
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian)
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      throw new TextEncodingError(file, undefined, `is not valid UTF-32; ${SAVE_AS_UTF8}`)
    parts.push(String.fromCodePoint(codePoint))
  }
  return parts.join('')
}

function decodeUtf16(file: string, bytes: Uint8Array, littleEndian: boolean): string {
  try {
    return utf16le.decode(littleEndian ? bytes : swapPairs(bytes))
  } catch {
    throw new TextEncodingError(file, undefined, `is not valid UTF-16; ${SAVE_AS_UTF8}`)
  }
}

/** UTF-16 text without a byte-order mark: ASCII characters leave every other byte NUL. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096)
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) evenZeros++
    else oddZeros++
  }
  const pairs = Math.floor(sample.length / 2)
  return pairs >= 4 && Math.max(evenZeros, oddZeros) >= pairs * 0.6 && Math.min(evenZeros, oddZeros) === 0
}

/**
 * Decodes a text file: UTF-8 (a BOM is dropped), or UTF-16/UTF-32 with a byte-order mark.
 * Refuses binary content (a NUL character) and bytes that are not valid UTF-8, naming the file
 * and, where known, the line.
 */
export function decodeTextFile(file: string, bytes: Uint8Array): string {
  let text: string
  let encoding = 'UTF-8'
  if (startsWith(bytes, BOM_UTF32LE) || startsWith(bytes, BOM_UTF32BE)) {
    encoding = 'UTF-32'
    text = decodeUtf32(file, bytes.subarray(4), startsWith(bytes, BOM_UTF32LE))
  } else if (startsWith(bytes, BOM_UTF16LE) || startsWith(bytes, BOM_UTF16BE)) {
    encoding = 'UTF-16'
    text = decodeUtf16(file, bytes.subarray(2), startsWith(bytes, BOM_UTF16LE))
  } else {
    const body = startsWith(bytes, BOM_UTF8) ? bytes.subarray(3) : bytes
    if (body.includes(0)) {
      const reason = looksLikeBomlessUtf16(body)
        ? `looks like UTF-16 without a byte-order mark (every other byte is NUL); ${SAVE_AS_UTF8}`
        : 'is a binary file (it contains NUL bytes), not a text file'
      throw new TextEncodingError(file, undefined, reason)
    }
    try {
      text = utf8.decode(body)
    } catch {
      const lenient = new TextDecoder('utf-8').decode(body)
      const line = lineOf(lenient, lenient.indexOf('\uFFFD'))
      throw new TextEncodingError(
        file,
        line,
        `is not valid UTF-8 (perhaps Latin-1 or Windows-1252); ${SAVE_AS_UTF8}`
      )
    }
  }
  const nul = text.indexOf('\0')
  if (nul >= 0)
    throw new TextEncodingError(
      file,
      lineOf(text, nul),
      `contains a NUL character after decoding it as ${encoding}: a binary file, not a text file`
    )
  return text
}
