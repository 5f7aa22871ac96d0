// The cheap pre-scans that let most texts skip the PII and secret detectors (digit counts, an "@",
// the secret rules' literal hints) must never skip a finding: each is a necessary condition of its
// detector, checked here on every corpus string and on seeded strings built around each shape.
import { readFileSync } from 'node:fs'
import { mulberry32 } from '../../src/core/random.js'
import {
  MIN_DIGITS_FOR,
  PII_IDS,
  createPiiValidator,
  findCards,
  findEmails,
  findIbans,
  findIps,
  findPhones,
  findSsns,
  mayHoldPii
} from '../../src/rails/validators/pii.js'
import {
  PEM_BEGIN,
  PEM_HINT,
  SECRET_HINT,
  SECRET_RULES,
  createSecretsValidator,
  mayHoldSecret
} from '../../src/rails/validators/secrets.js'
import type { Finding } from '../../src/rails/types.js'
import { newWork } from '../../src/rails/work.js'

const CORPORA = [
  'datasets/rails-corpus.jsonl',
  'datasets/rails-heldout.jsonl',
  'datasets/rails-heldout-2.jsonl'
]

const PIECES = [
  '@',
  '.',
  '-',
  ' ',
  '  ',
  '+',
  '(',
  ')',
  '/',
  ':',
  '::',
  '_',
  '\n',
  '\\n',
  '=',
  '"',
  'sk-',
  'sk-ant-',
  'SK-',
  'ghp_',
  'gho_',
  'github_pat_',
  'AKIA',
  'ASIA',
  'xoxb-',
  'xoxp-',
  'xapp-1-',
  'AIza',
  'eyJ',
  'eyJhbGciOiJIUzI1NiJ9',
  'sk_live_',
  'rk_test_',
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----BEGIN PRIVATE KEY-----',
  '-----END PRIVATE KEY-----',
  'aws_secret_access_key = ',
  'SECRET_ACCESS_KEY:',
  'https://hooks.slack.com/services/T',
  'Tel. ',
  'phone: ',
  '电话 ',
  'GB82',
  'WEST',
  'DE89',
  'NO93',
  '8601',
  'XDE89',
  'gb82',
  '4111',
  '1111',
  '5555',
  '0100',
  '192.168.',
  '8.8.8.8',
  '81.2.69.142',
  '2001:db8::',
  '2a00:1450:4001:81c::200e',
  '2606:4700:4700::1111',
  '2a00:1450:4001:081c:1234:5678:9abc:200e',
  'abcd:ef01:',
  'fe80::1',
  '::ffff:',
  'a:b:c:d:e:f:a:',
  'v1.',
  'build ',
  'john',
  'example.com',
  'Ab3',
  'Zz9',
  'qwErty12',
  '00',
  '+49 30 ',
  '(555) ',
  '123-45-6789'
]
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function corpusTexts(): string[] {
  return CORPORA.flatMap(path =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter(line => line.trim() !== '')
      .map(line => (JSON.parse(line) as { text: string }).text)
  )
}

function seededTexts(count: number): string[] {
  const random = mulberry32(20261201)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const texts: string[] = []
  for (let i = 0; i < count; i++) {
    let text = ''
    const parts = 1 + Math.floor(random() * 12)
    for (let k = 0; k < parts; k++) {
      const r = random()
      if (r < 0.45) text += pick(PIECES)
      else if (r < 0.75) text += String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 9))))
      else text += Array.from({ length: 1 + Math.floor(random() * 45) }, () => pick([...ALNUM])).join('')
    }
    texts.push(text)
  }
  return texts
}

function asciiDigits(text: string): number {
  return text.replace(/[^0-9]/g, '').length
}

const texts = [...corpusTexts(), ...seededTexts(8_000)]

describe('pre-scans skip no finding', () => {
  it('the texts exercise every detector', () => {
    const found = (find: (text: string) => unknown[]): number => texts.filter(t => find(t).length > 0).length
    expect(found(findEmails)).toBeGreaterThan(20)
    expect(found(findCards)).toBeGreaterThan(20)
    expect(found(findIbans)).toBeGreaterThan(20)
    expect(found(findSsns)).toBeGreaterThan(20)
    expect(found(findIps)).toBeGreaterThan(20)
    expect(found(t => findPhones(t, 'US', newWork()))).toBeGreaterThan(20)
    for (const rule of SECRET_RULES) {
      expect([rule.id, texts.some(t => [...t.matchAll(new RegExp(rule.pattern))].length > 0)]).toEqual([
        rule.id,
        true
      ])
    }
  })

  it('every PII finding has at least its kind’s digits, every email an "@", every IP address its dots or colons', () => {
    for (const text of texts) {
      const digits = asciiDigits(text)
      const kinds: [keyof typeof MIN_DIGITS_FOR, unknown[]][] = [
        ['pii.credit-card', findCards(text)],
        ['pii.iban', findIbans(text)],
        ['pii.ssn', findSsns(text)],
        ['pii.ip', findIps(text)],
        ['pii.phone', findPhones(text, 'US', newWork())],
        ['pii.phone', findPhones(text, 'DE', newWork())]
      ]
      for (const [id, findings] of kinds) {
        if (findings.length > 0) expect([id, text, digits >= MIN_DIGITS_FOR[id]]).toEqual([id, text, true])
      }
      if (findEmails(text).length > 0) expect(text).toContain('@')
      for (const ip of findIps(text)) {
        const address = text.slice(ip.start, ip.end)
        const needs = ip.message === 'IPv6 address' ? [':', 2] : ['.', 3]
        expect([address, address.split(needs[0] as string).length - 1 >= (needs[1] as number)]).toEqual([
          address,
          true
        ])
      }
    }
  })

  it('every secret pattern match contains its rule’s hint, and every PEM header the PEM hint', () => {
    for (const text of texts) {
      for (const rule of SECRET_RULES) {
        const hint = new RegExp(rule.hint, 'i')
        for (const m of text.matchAll(new RegExp(rule.pattern))) {
          expect([rule.id, m[0], hint.test(m[0]), SECRET_HINT.test(text)]).toEqual([
            rule.id,
            m[0],
            true,
            true
          ])
        }
      }
      for (const m of text.matchAll(new RegExp(PEM_BEGIN))) expect(m[0].startsWith(PEM_HINT)).toBe(true)
    }
  })
})

/** The PII validator without its pre-scans: every detector on every text, phones overlapping another kind dropped. */
function piiWithoutPrescans(text: string, active: ReadonlySet<string>): Finding[] {
  const others = [...findCards(text), ...findIbans(text), ...findSsns(text), ...findIps(text)]
  const phones = findPhones(text, 'US', newWork()).filter(
    phone => !others.some(t => t.start < phone.end && phone.start < t.end)
  )
  return [...findEmails(text), ...others, ...phones]
    .filter(f => active.has(f.validator))
    .sort((a, b) => a.start - b.start)
}

describe('the validators report exactly what their detectors find without the pre-scans', () => {
  const pii = createPiiValidator()
  const key = (f: Finding) => `${f.validator}@${f.start}-${f.end}`

  it('PII, for all kinds on and for each kind alone', () => {
    const all = new Set<string>(PII_IDS)
    for (const text of texts) {
      const expected = piiWithoutPrescans(text, all)
      expect([text, pii.run(text, {}, all, newWork()).map(key)]).toEqual([text, expected.map(key)])
      // A kind alone can only lose findings, and only on a text where that kind has some.
      for (const id of new Set(expected.map(f => f.validator))) {
        const alone = new Set([id])
        expect([text, id, pii.run(text, {}, alone, newWork()).map(key)]).toEqual([
          text,
          id,
          piiWithoutPrescans(text, alone).map(key)
        ])
      }
    }
  })

  it('mayHoldPii and mayHoldSecret are false only where their validator finds nothing', () => {
    const secrets = createSecretsValidator()
    const allSecrets = new Set(SECRET_RULES.map(rule => rule.id as string).concat('secret.private-key'))
    let skipped = 0
    for (const text of texts) {
      if (!mayHoldPii(text)) {
        skipped++
        expect([text, piiWithoutPrescans(text, new Set(PII_IDS)).length]).toEqual([text, 0])
      }
      if (!mayHoldSecret(text))
        expect([text, secrets.run(text, {}, allSecrets, newWork())]).toEqual([text, []])
    }
    // The pre-scan must also skip something, or it is no pre-scan.
    expect(skipped).toBeGreaterThan(100)
  })

  it('texts with words between their colons, a few digits and no capital-letter country code skip every PII scan', () => {
    for (const text of [
      'Classify the sentiment of this review as positive or negative: Review number 1234: the product was great.',
      'Note: at 10:30 we meet; ratio 3:2.',
      'Order AB1 costs 45 dollars.'
    ])
      expect([text, mayHoldPii(text)]).toEqual([text, false])
    for (const text of [
      'GB82 WEST 1234 5698 7654 32',
      'see fe80::1 and 2a00:1450:4001:81c::200e',
      'from 2a00:1450:4001:081c:1234:5678:9abc:200e',
      'ip 8.8.8.8'
    ])
      expect([text, mayHoldPii(text)]).toEqual([text, true])
  })
})
