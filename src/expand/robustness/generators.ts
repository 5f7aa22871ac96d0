// The generators, one list per category. Each turns the user's input into a variant input; the
// benign ones keep its meaning, the attack ones wrap it in text from the attack corpus.
import {
  LOOKALIKE_TOPICS,
  type AttackGoal,
  type LookalikeTopic,
  type RobustnessCategory
} from '../../core/robustness.js'
import { attacksOf, EMOJI, LANGUAGES, lookalikesOf, PAYLOADS, type AttackEntry } from './corpora.js'
import type { Random } from './random.js'

export interface GeneratorContext {
  random: Random
  /** Unique payload marker of this variant. */
  marker: string
  longDocumentChars: number
  overContextChars?: number
  competitors: readonly string[]
  offTopic: readonly string[]
}

export interface Generated {
  text: string
  goal?: AttackGoal
  marker?: string
  corpusEntry?: string
  language?: string
  overContext?: boolean
}

export interface Generator {
  name: string
  /** Inputs that are not the primary one get `applyOther` (e.g. emptied too), or stay as they are. */
  apply(input: string, ctx: GeneratorContext): Generated
  applyOther?(input: string, ctx: GeneratorContext): string
}

// ---------------------------------------------------------------------------------------------
// empty

const PUNCTUATION_ONLY = ['?', '...', '!!!', '?!?', '.', '-', '—', '¿?']
const WHITESPACE_ONLY = ['   ', '\n\n', '\t', ' \n \t ', '\u00a0\u00a0']

const empty: Generator[] = [
  { name: 'empty', apply: () => ({ text: '' }), applyOther: () => '' },
  { name: 'whitespace', apply: (_, c) => ({ text: c.random.pick(WHITESPACE_ONLY) }), applyOther: () => '' },
  { name: 'lone-emoji', apply: (_, c) => ({ text: c.random.pick(EMOJI) }), applyOther: () => '' },
  { name: 'punctuation', apply: (_, c) => ({ text: c.random.pick(PUNCTUATION_ONLY) }), applyOther: () => '' }
]

// ---------------------------------------------------------------------------------------------
// long

/** Neutral filler for pasted documents: meeting minutes about nothing a classifier keys on. */
const FILLER = [
  'The committee met on a grey morning to review the garden schedule for the coming season.',
  'Several members noted that the hedges along the north path had grown taller than last year.',
  'A proposal to repaint the benches in green was discussed at some length and then deferred.',
  'The treasurer read the minutes of the previous meeting, which were approved without changes.',
  'Volunteers will meet again on the first Saturday of next month to clear the fallen leaves.',
  'It was agreed that the tool shed needs a new lock and that the old one will be kept as a spare.',
  'The weather over the summer had been mild, with a few storms in late August and early September.',
  'Someone asked whether the pond could host ducks again; the question was noted for a later date.'
]

function filler(chars: number, random: Random): string {
  const parts: string[] = []
  let length = 0
  let index = random.int(FILLER.length)
  while (length < chars) {
    const sentence = FILLER[index % FILLER.length] as string
    parts.push(sentence)
    length += sentence.length + 1
    index++
    if (index % 5 === 0) parts.push('\n\n')
  }
  return parts.join(' ').slice(0, chars)
}

const long: Generator[] = [
  {
    name: 'document',
    apply(input, c) {
      const half = Math.floor(c.longDocumentChars / 2)
      return {
        text: `${filler(half, c.random)}\n\n${input}\n\n${filler(c.longDocumentChars - half, c.random)}`
      }
    }
  },
  {
    name: 'document-after',
    apply: (input, c) => ({
      text: `${input}\n\nHere is the full document for context:\n\n${filler(c.longDocumentChars, c.random)}`
    })
  }
]

/** Past the model's context: only generated when overContextChars is set. */
export const OVER_CONTEXT: Generator = {
  name: 'over-context',
  apply: (input, c) => ({
    text: `${input}\n\n${filler(c.overContextChars ?? 0, c.random)}`,
    overContext: true
  })
}

// ---------------------------------------------------------------------------------------------
// multilingual

function words(input: string): string[] {
  return input.split(/(\s+)/)
}

const multilingual: Generator[] = [
  {
    name: 'emoji-laden',
    apply(input, c) {
      const out = words(input).map(w =>
        w.trim() && c.random.next() < 0.3 ? `${w} ${c.random.pick(EMOJI)}` : w
      )
      return {
        text: `${c.random.pick(EMOJI)} ${out.join('')} ${c.random.pick(EMOJI)}${c.random.pick(EMOJI)}`
      }
    }
  },
  {
    name: 'mixed-language',
    apply(input, c) {
      const language = c.random.pick(LANGUAGES)
      return { text: `${input} ${c.random.pick(language.phrases)}`, language: language.language }
    }
  },
  {
    name: 'code-switching',
    apply(input, c) {
      const language = c.random.pick(LANGUAGES)
      const parts = words(input)
      const at = parts.length > 2 ? 2 * (1 + c.random.int(Math.floor(parts.length / 2))) : parts.length
      parts.splice(Math.min(at, parts.length), 0, ` ${c.random.pick(language.phrases)}, `)
      return { text: parts.join('').replace(/\s+,/g, ',').trim(), language: language.language }
    }
  },
  {
    name: 'rtl-mix',
    apply(input, c) {
      const rtl = LANGUAGES.filter(l => l.rtl)
      const language = c.random.pick(rtl)
      return { text: `${c.random.pick(language.phrases)} ${input}`, language: language.language }
    }
  }
]

// ---------------------------------------------------------------------------------------------
// noise

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 's',
  s: 'a',
  d: 'f',
  e: 'r',
  r: 't',
  t: 'y',
  i: 'o',
  o: 'p',
  n: 'm',
  m: 'n',
  l: 'k',
  c: 'v',
  h: 'j',
  u: 'i'
}
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' }

function mapLetters(input: string, rate: number, c: GeneratorContext, f: (ch: string) => string): string {
  return [...input].map(ch => (/\p{L}/u.test(ch) && c.random.next() < rate ? f(ch) : ch)).join('')
}

const noise: Generator[] = [
  {
    name: 'typos',
    apply: (input, c) => ({
      text: mapLetters(input, 0.08, c, ch => {
        const roll = c.random.int(3)
        if (roll === 0) return ''
        if (roll === 1) return ch + ch
        return KEYBOARD_NEIGHBOURS[ch.toLowerCase()] ?? ch
      })
    }),
    applyOther: input => input
  },
  {
    name: 'casing',
    apply: (input, c) => ({
      text:
        c.random.next() < 0.5
          ? input.toUpperCase()
          : mapLetters(input, 0.5, c, ch => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()))
    })
  },
  {
    name: 'punctuation-noise',
    apply: (input, c) => ({
      text: `${input.replace(/[.,;:!?]+/g, '')}${c.random.pick(['!!!', '???', '?!', '....'])}`
    })
  },
  {
    name: 'extra-whitespace',
    apply: input => ({ text: `  ${input.replace(/ /g, '   ').replace(/([.,])\s*/g, '$1 \n ')}  \n` })
  },
  {
    name: 'leetspeak',
    apply: (input, c) => ({ text: mapLetters(input, 0.35, c, ch => LEET[ch.toLowerCase()] ?? ch) })
  }
]

// ---------------------------------------------------------------------------------------------
// unicode

const HOMOGLYPHS: Record<string, string> = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  x: '\u0445',
  y: '\u0443',
  i: '\u0456',
  A: '\u0391',
  B: '\u0392',
  E: '\u0395',
  O: '\u039f'
}

const unicode: Generator[] = [
  {
    name: 'zero-width',
    apply: (input, c) => ({
      text: [...input]
        .map(ch =>
          ch !== ' ' && c.random.next() < 0.25
            ? ch + c.random.pick(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
            : ch
        )
        .join('')
    })
  },
  {
    name: 'homoglyphs',
    apply: (input, c) => ({ text: mapLetters(input, 0.4, c, ch => HOMOGLYPHS[ch] ?? ch) })
  },
  {
    name: 'bidi-override',
    apply: (input, c) => {
      const parts = words(input)
      const at = Math.min(parts.length, 2 * c.random.int(Math.max(1, Math.floor(parts.length / 2))))
      parts.splice(at, 0, '\u202e', '\u2066', '\u202c', '\u2069')
      return { text: parts.join('') }
    }
  },
  {
    name: 'combining-marks',
    apply: (input, c) => ({
      text: mapLetters(input, 0.2, c, ch => ch + c.random.pick(['\u0301', '\u0308', '\u0323', '\u0336']))
    })
  },
  {
    name: 'full-width',
    apply: input => ({
      text: [...input]
        .map(ch =>
          ch >= '!' && ch <= '~'
            ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0)
            : ch === ' '
              ? '\u3000'
              : ch
        )
        .join('')
    })
  }
]

// ---------------------------------------------------------------------------------------------
// attacks from the corpus

const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, ch => {
    const base = ch <= 'Z' ? 65 : 97
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base)
  })

const leet = (s: string): string => s.replace(/[aeiost]/gi, ch => LEET[ch.toLowerCase()] ?? ch)

/** Fills a corpus template; the marker itself stays readable in encoded payloads' instructions. */
export function fillAttack(entry: AttackEntry, input: string, c: GeneratorContext): string {
  const template = PAYLOADS[entry.language] ?? PAYLOADS.en ?? ''
  const payload = template.replaceAll('{{marker}}', c.marker)
  // Leetspeak disguises the request, not the marker: a model that follows it prints the marker as is.
  const slot = '\u0000'
  const payloadLeet = leet(template.replaceAll('{{marker}}', slot)).replaceAll(slot, c.marker)
  const values: Record<string, string> = {
    input,
    payload,
    payload_base64: Buffer.from(payload, 'utf8').toString('base64'),
    payload_rot13: rot13(payload),
    payload_leet: payloadLeet,
    marker: c.marker,
    competitor: c.competitors.length > 0 ? c.random.pick(c.competitors) : '',
    topic: c.random.pick(c.offTopic)
  }
  return entry.text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
}

function goalOf(entry: AttackEntry): AttackGoal {
  if (entry.category === 'extraction' || entry.technique === 'pii-secrets') return 'leak'
  if (entry.technique === 'competitor') return 'competitor'
  return 'marker'
}

function fromCorpus(category: AttackEntry['category']): Generator[] {
  return attacksOf(category).map(entry => ({
    name: entry.technique,
    apply(input, c) {
      const goal = goalOf(entry)
      return {
        text: fillAttack(entry, input, c),
        goal,
        ...(goal === 'marker' ? { marker: c.marker } : {}),
        corpusEntry: entry.id,
        language: entry.language
      }
    }
  }))
}

export const DEFAULT_OFF_TOPIC = [
  'write a short poem about the sea',
  'tell me a joke about programmers',
  'give me a recipe for banana bread',
  'explain how black holes form'
]

// ---------------------------------------------------------------------------------------------
// lookalike (opt-in)

/** One generator per look-alike topic: a seeded pick of that topic's prompts replaces the input. */
function lookalikes(topics: readonly LookalikeTopic[] | undefined): Generator[] {
  return LOOKALIKE_TOPICS.filter(t => !topics || topics.includes(t)).map(topic => {
    const entries = lookalikesOf(topic)
    return {
      name: topic,
      apply(_, c) {
        const entry = c.random.pick(entries)
        return { text: entry.text, corpusEntry: entry.id, language: entry.language }
      }
    }
  })
}

export interface GeneratorOptions {
  competitors: readonly string[]
  lookalikeTopics?: readonly LookalikeTopic[]
}

/** Generators per category; domain competitor attacks only when competitors are configured. */
export function generatorsFor(category: RobustnessCategory, options: GeneratorOptions): Generator[] {
  const { competitors } = options
  switch (category) {
    case 'empty':
      return empty
    case 'long':
      return long
    case 'multilingual':
      return multilingual
    case 'noise':
      return noise
    case 'unicode':
      return unicode
    case 'lookalike':
      return lookalikes(options.lookalikeTopics)
    case 'domain':
      return fromCorpus('domain').filter(
        (g, i) => competitors.length > 0 || attacksOf('domain')[i]?.technique !== 'competitor'
      )
    default:
      return fromCorpus(category)
  }
}
