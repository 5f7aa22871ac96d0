import {
  binomialCdf,
  binomialSf,
  mcnemarExact,
  meanInterval,
  newcombePairedInterval,
  normalQuantile,
  quantile,
  quantileInterval,
  tQuantile,
  wilsonInterval
} from '../../src/stats/inference.js'

describe('exact McNemar test', () => {
  it('gives p = 0.1094 for b = 2, c = 8 (binomial on 10 discordant pairs)', () => {
    expect(mcnemarExact(2, 8)).toBeCloseTo(0.109375, 6)
  })

  it('gives p = 0.0625 for b = 0, c = 5', () => {
    expect(mcnemarExact(0, 5)).toBeCloseTo(0.0625, 6)
  })

  it('gives p = 1 when there is no discordant pair', () => {
    expect(mcnemarExact(0, 0)).toBe(1)
  })

  it('is symmetric in b and c and never exceeds 1', () => {
    expect(mcnemarExact(8, 2)).toBeCloseTo(mcnemarExact(2, 8), 12)
    expect(mcnemarExact(5, 5)).toBe(1)
  })
})

describe('binomial tails in log space', () => {
  it('matches P(X ≥ 60) for Binomial(100, ½) = 0.028444', () => {
    expect(binomialSf(60, 100, 0.5)).toBeCloseTo(0.028443966820490444, 10)
  })

  it('keeps a 1e-90 tail at n = 10,000 instead of underflowing to 0', () => {
    const tail = binomialCdf(4000, 10_000, 0.5)
    expect(tail).toBeGreaterThan(8.7e-90)
    expect(tail).toBeLessThan(8.71e-90)
  })
})

describe('normal and t quantiles', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.995, 2.5758293035489004],
    [0.001, -3.090232306167813],
    [1e-10, -6.361340902404056]
  ])('Φ⁻¹(%p) = %p to 8 digits', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 7)
  })

  it('rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError)
  })

  it('matches the t table at 2, 10 and 30 degrees of freedom', () => {
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.302652729749462, 9)
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.2281388519649385, 4)
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.0422724563012373, 5)
  })
})

describe('Wilson score interval', () => {
  it('gives [0.490, 0.943] for 8 of 10 at 95%', () => {
    const i = wilsonInterval(8, 10, 0.95)
    expect(i.low).toBeCloseTo(0.4902, 4)
    expect(i.high).toBeCloseTo(0.9433, 4)
  })

  it('stays inside [0, 1] at 0 and n successes', () => {
    expect(wilsonInterval(0, 20, 0.95).low).toBe(0)
    expect(wilsonInterval(20, 20, 0.95).high).toBe(1)
  })
})

describe('paired difference intervals', () => {
  it("Newcombe's method 10 on Altman et al. (2000) Table 6.2 (a=14, b=5, c=0, d=22) gives 0.0222 to 0.2168", () => {
    // Reference values computed independently from the published formula (Newcombe 1998, method 10).
    const i = newcombePairedInterval({ a: 14, b: 5, c: 0, d: 22 }, 0.95)
    expect(i.low).toBeCloseTo(0.02221, 4)
    expect(i.high).toBeCloseTo(0.21678, 4)
  })

  it('Newcombe does not collapse to zero width without discordant pairs', () => {
    const i = newcombePairedInterval({ a: 30, b: 0, c: 0, d: 10 }, 0.95)
    expect(i.low).toBeLessThan(0)
    expect(i.high).toBeGreaterThan(0)
  })
})

describe('quantiles', () => {
  it('uses Hyndman–Fan type 7 (linear interpolation): p95 of 1..10 is 9.55', () => {
    expect(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.95)).toBeCloseTo(9.55, 10)
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
  })

  it('brackets the median of 1..100 by order statistics 40 and 61 at 95%', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(quantileInterval(xs, 0.5, 0.95)).toEqual({ low: 40, high: 61, confidence: 0.95 })
  })

  it('has no distribution-free p95 interval from 20 samples', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(quantileInterval(xs, 0.95, 0.95)).toBeUndefined()
  })

  it('gives a t interval for a mean and none for a single value', () => {
    const i = meanInterval([1, 2, 3, 4, 5], 0.95)!
    expect((i.low + i.high) / 2).toBeCloseTo(3, 10)
    expect(meanInterval([1], 0.95)).toBeUndefined()
  })
})
