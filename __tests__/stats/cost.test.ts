import { costOf, normaliseModelName, priceOf } from '../../src/stats/cost.js'

describe('price table', () => {
  it('prices gpt-4o-mini at $0.15 in / $0.60 out per million tokens', () => {
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, 'gpt-4o-mini')).toBeCloseTo(0.75, 10)
  })

  it('finds dated snapshots, publisher prefixes and dotted versions', () => {
    expect(priceOf('gpt-4o-2024-08-06')).toEqual(priceOf('gpt-4o'))
    expect(priceOf('openai/gpt-4.1-mini')).toEqual({ inputPerMillion: 0.4, outputPerMillion: 1.6 })
    expect(priceOf('claude-3-5-sonnet-20241022')).toEqual({ inputPerMillion: 3, outputPerMillion: 15 })
    expect(priceOf('anthropic/claude-3.5-haiku')).toEqual({ inputPerMillion: 0.8, outputPerMillion: 4 })
  })

  it('does not price a longer model name by its prefix', () => {
    expect(priceOf('gpt-4o-mini-search-preview')).toBeUndefined()
    expect(normaliseModelName('OpenAI/GPT-4.1-2025-04-14')).toBe('gpt-4-1')
  })

  it('gives an unknown model an unknown cost, never 0', () => {
    expect(costOf({ inputTokens: 10, outputTokens: 10 }, 'my-finetune')).toBeUndefined()
  })

  it('gives a call with no token counts an unknown cost', () => {
    expect(costOf({}, 'gpt-4o')).toBeUndefined()
    expect(costOf(undefined, 'gpt-4o')).toBeUndefined()
  })

  it('lets config prices override the table', () => {
    const overrides = { 'gpt-4o': { inputPerMillion: 1, outputPerMillion: 1 } }
    expect(costOf({ inputTokens: 500_000, outputTokens: 500_000 }, 'gpt-4o', overrides)).toBeCloseTo(1, 10)
  })

  it('matches an override by normalised name (an Azure deployment named like the model)', () => {
    const overrides = { 'my-deploy': { inputPerMillion: 2, outputPerMillion: 4 } }
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 0 }, 'My-Deploy', overrides)).toBeCloseTo(2, 10)
  })
})
