import { createRails } from '../../src/rails/index.js'
import { ibanValid, ipv6Valid, knownIssuer, luhnValid } from '../../src/rails/validators/pii.js'

const rails = createRails({ content: { enabled: false }, secrets: { enabled: false } })
const ids = (text: string): string[] => rails.validate(text).violations.map(v => v.validator)
const texts = (text: string): string[] => rails.validate(text).violations.map(v => v.text)

describe('pii.email', () => {
  it('finds addresses with plus tags and multi-part domains and reports the exact text', () => {
    expect(texts('Write to j.smith+invoices@mail.example.co.uk today.')).toEqual([
      'j.smith+invoices@mail.example.co.uk'
    ])
  })
  it('does not treat package specs, decorators, handles, git remotes or retina file names as emails', () => {
    for (const text of [
      'logo@2x.png and logo@3x.webp',
      'pin zod@4.1.5',
      'npm i @types/node@20.11.5',
      'use @Injectable()',
      'follow @promptgate',
      'git@github.com:org/repo.git',
      'admin@localhost',
      'https://ghu_token@github.com/org/app.git',
      'https://user:secret@example.com/path'
    ]) {
      expect(ids(text)).toEqual([])
    }
  })
})

describe('pii.phone', () => {
  it('finds national US and international numbers', () => {
    expect(texts('Call (415) 555-2671 or +44 20 7946 0958.')).toEqual(['(415) 555-2671', '+44 20 7946 0958'])
  })
  it('ignores versions, dates, ISBNs, times and build numbers', () => {
    for (const text of [
      'v1.2.3 on 2024-03-15',
      'Firmware 1.0.0.1 build 4471',
      'ISBN 978-3-16-148410-0',
      '12:30:45'
    ])
      expect(ids(text)).toEqual([])
  })
  it('rejects a digit run that is a valid number only when its grouping is ignored', () => {
    expect(ids('Le colis n° 6A 123 456 789 01 est en route.')).toEqual([])
  })
  it('uses the configured default country for national formats', () => {
    const fr = createRails({ pii: { phoneDefaultCountry: 'FR' } })
    expect(fr.validate('Le 01 42 68 53 00 est ouvert.').violations.map(v => v.validator)).toEqual([
      'pii.phone'
    ])
    expect(ids('Le 01 42 68 53 00 est ouvert.')).toEqual([])
  })
  it('reads +CC numbers as phones when their length fits the country, and keypad codes as codes', () => {
    expect(ids('Call +971 4 123 4567 today')).toEqual(['pii.phone'])
    expect(ids('Dial-in code 845 392 117# for the bridge')).toEqual([])
  })
  it('reads a national number of another country as a phone when a phone keyword stands before it', () => {
    expect(ids('Appelez le 01 42 68 53 00.')).toEqual(['pii.phone'])
    expect(ids('Telefon: 030 12345678')).toEqual(['pii.phone'])
    expect(ids('电话：010-6552 8899')).toEqual(['pii.phone'])
    expect(ids('Code 030 12345678')).toEqual([])
  })
})

describe('pii.credit-card', () => {
  it('finds Luhn-valid numbers with a known issuer prefix, spaced or dashed', () => {
    expect(ids('card 4111 1111 1111 1111')).toEqual(['pii.credit-card'])
    expect(ids('card 5555-5555-5555-4444')).toEqual(['pii.credit-card'])
    expect(ids('amex 378282246310005')).toEqual(['pii.credit-card'])
  })
  it('ignores order ids that fail Luhn and numbers without an issuer', () => {
    expect(ids('order 4111 1111 1111 1112')).toEqual([])
    expect(ids('ref 9999 8888 7777 6666 5555')).toEqual([])
    expect(ids('IMEI 490154203237518')).toEqual([])
  })
  it('cuts a card off a trailing group instead of missing it', () => {
    expect(texts('4111 1111 1111 1111 2025')).toEqual(['4111 1111 1111 1111'])
  })
  it('implements Luhn and issuer rules', () => {
    expect(luhnValid('79927398713')).toBe(true)
    expect(luhnValid('79927398710')).toBe(false)
    expect(knownIssuer('4111111111111111')).toBe(true)
    expect(knownIssuer('9111111111111111')).toBe(false)
  })
})

describe('pii.iban', () => {
  it('finds IBANs with a valid mod-97 checksum, spaced or compact', () => {
    expect(texts('Pay DE89 3704 0044 0532 0130 00 now.')).toEqual(['DE89 3704 0044 0532 0130 00'])
    expect(ids('IBAN: GB82WEST12345698765432')).toEqual(['pii.iban'])
  })
  it('ignores IBAN-shaped strings with a bad checksum or unknown country', () => {
    expect(ids('Pay DE89 3704 0044 0532 0130 01 now.')).toEqual([])
    expect(ids('Model XX12 3456 7890 1234 ships.')).toEqual([])
  })
  it('does not swallow the next word into the IBAN', () => {
    expect(texts('NL91 ABNA 0417 1643 00 AND more')).toEqual(['NL91 ABNA 0417 1643 00'])
    expect(ibanValid('GB82WEST12345698765432')).toBe(true)
  })
})

describe('pii.ssn', () => {
  it('finds valid SSNs and rejects invalid areas, groups and serials', () => {
    expect(ids('SSN 123-45-6789')).toEqual(['pii.ssn'])
    for (const bad of ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000'])
      expect(ids(`SSN ${bad}`)).toEqual([])
  })
})

describe('pii.ip', () => {
  it('finds public IPv4 and IPv6 addresses', () => {
    expect(texts('DNS 8.8.8.8 and 2a00:1450:4001:82a::200e and ::ffff:81.2.69.142')).toEqual([
      '8.8.8.8',
      '2a00:1450:4001:82a::200e',
      '::ffff:81.2.69.142'
    ])
  })
  it('does not report private, loopback, link-local, documentation or netmask addresses', () => {
    for (const text of [
      '10.0.0.15',
      '172.16.254.1',
      '172.31.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '169.254.169.254',
      '192.0.2.15 198.51.100.7 203.0.113.42',
      '255.255.255.0',
      '::1',
      'fd12:3456:789a::1',
      'fe80::1ff:fe23:4567:890a',
      '2001:db8:85a3::8a2e:370:7334',
      '::ffff:192.0.2.128'
    ])
      expect([text, ids(text)]).toEqual([text, []])
    expect(ids('172.32.0.1')).toEqual(['pii.ip'])
  })
  it('ignores versions, out-of-range octets, MAC addresses and C++ scopes', () => {
    for (const text of [
      'v2.4.0.1',
      'Build 1.0.0.1 build',
      '256.1.2.3',
      '1.2.3.4.5',
      '00:1A:2B:3C:4D:5E',
      'std::vector'
    ])
      expect(ids(text)).toEqual([])
  })
  it('validates IPv6 text forms', () => {
    expect(ipv6Valid('::ffff:192.0.2.128')).toBe(true)
    expect(ipv6Valid('1:2:3:4:5:6:7:8')).toBe(true)
    expect(ipv6Valid('1:2:3')).toBe(false)
    expect(ipv6Valid('1::2::3')).toBe(false)
  })
  it('is low severity by default, so it is reported without failing the output', () => {
    const result = rails.validate('server 81.2.69.160')
    expect(result.violations[0]?.severity).toBe('low')
    expect(result.ok).toBe(true)
  })
})

describe('pii redaction and kinds', () => {
  it('masks each PII span in the redacted copy and leaves the rest intact', () => {
    expect(rails.validate('Mail ana@corp.io, call (415) 555-2671.').redacted).toBe(
      'Mail [REDACTED:pii.email], call [REDACTED:pii.phone].'
    )
  })
  it('runs only the configured kinds', () => {
    const emailOnly = createRails({ pii: { kinds: ['email'] } })
    expect(emailOnly.validate('ana@corp.io (415) 555-2671').violations.map(v => v.validator)).toEqual([
      'pii.email'
    ])
  })
  it('reports a card once, as a card, even when its digits parse as a phone number', () => {
    expect(ids('4111111111111111')).toEqual(['pii.credit-card'])
  })
})
