import {
  thousands,
  count,
  dollars,
  duration,
  listing,
  percent,
  plural,
  points,
  pointsRange,
  pValue,
  relativeChange,
  roundPercent,
  signed
} from '../../src/core/format.js'

describe('core/format: one spelling for every number in reasons, comments and the terminal', () => {
  test('p-values read the same everywhere', () => {
    expect(pValue(0.0004)).toBe('p < 0.001')
    expect(pValue(0.0081)).toBe('p = 0.008')
    expect(pValue(NaN)).toBe('p = –')
  })

  test('dollars keep three significant digits below $1 and cents above', () => {
    expect(dollars(0.000135)).toBe('$0.000135')
    expect(dollars(0.0123456)).toBe('$0.0123')
    expect(dollars(12.345)).toBe('$12.35')
    expect(dollars(0.5)).toBe('$0.50')
    expect(dollars(0.0002)).toBe('$0.0002')
    expect(dollars(0)).toBe('$0')
    expect(dollars(1e-9)).toBe('<$0.000001')
    expect(dollars(undefined)).toBe('–')
  })

  test('plurals agree with their count', () => {
    expect(plural(1, 'suite')).toBe('1 suite')
    expect(plural(2, 'suite')).toBe('2 suites')
    expect(plural(3, 'retry', 'retries')).toBe('3 retries')
    expect(plural(1204, 'call')).toBe('1,204 calls')
  })

  test('percentages, points and signs use a real minus and say ±0 for no change', () => {
    expect(percent(0.8437)).toBe('84.4%')
    expect(roundPercent(0.8437)).toBe('84%')
    expect(points(-0.052)).toBe('−5.2 pp')
    expect(pointsRange(-0.061, 0.023)).toBe('−6.1 to +2.3 pp')
    expect(signed(0.00001)).toBe('±0.0')
    expect(relativeChange(100, 125)).toBe('+25%')
    expect(relativeChange(0, 1)).toBe('')
  })

  test('durations and counts', () => {
    expect(duration(850)).toBe('850 ms')
    expect(duration(12_345)).toBe('12.3 s')
    expect(duration(245_000)).toBe('4 min 05 s')
    expect(count(1234.4)).toBe('1,234')
    expect(listing(['a', 'b', 'c'])).toBe('a, b and c')
  })

  test('thousands writes what toLocaleString("en-US") writes', () => {
    const numbers = [0, -0, 1, -1, 7, 12, 999, 1000, -1000, 1001, 12_345, 999_999, 1_000_000, -987_654_321]
    numbers.push(
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      2 ** 60,
      1e21,
      1234.5678,
      -0.5,
      NaN,
      Infinity
    )
    for (let k = 0; k < 2000; k++) numbers.push(Math.round((Math.sin(k) * 10) ** (k % 17)) * (k % 2 ? 1 : -1))
    for (const n of numbers) expect([n, thousands(n)]).toEqual([n, n.toLocaleString('en-US')])
  })
})
