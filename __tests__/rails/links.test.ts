import { createRails } from '../../src/rails/index.js'

const rails = createRails({
  links: { allowedDomains: ['promptgate.dev', 'https://github.com/'] },
  pii: { enabled: false }
})
const texts = (text: string): string[] => rails.validate(text).violations.map(v => v.text)

describe('links', () => {
  it('allows listed domains and their subdomains', () => {
    expect(
      texts('See https://promptgate.dev/docs, https://api.promptgate.dev/x and www.github.com/a.')
    ).toEqual([])
  })
  it('reports links to other domains without trailing punctuation or closing parenthesis', () => {
    expect(texts('More at https://evil.example.net/deal. Or (https://partner.io/x).')).toEqual([
      'https://evil.example.net/deal',
      'https://partner.io/x'
    ])
  })
  it('reports bare www. domains', () => {
    expect(texts('visit www.competitor-blog.com/tips')).toEqual(['www.competitor-blog.com/tips'])
  })
  it('does not accept look-alike hosts that merely contain an allowed domain', () => {
    expect(texts('https://github.com.evil.io/x https://notpromptgate.dev').length).toBe(2)
  })
  it('reports a markdown image from another domain once, spanning the whole image', () => {
    const text = 'Look: ![chart](https://tracking.ads.biz/p.gif?u=1) and ![ok](https://promptgate.dev/a.png)'
    const violations = rails.validate(text).violations
    expect(violations.map(v => v.text)).toEqual(['![chart](https://tracking.ads.biz/p.gif?u=1)'])
    expect(violations[0]?.message).toContain('image')
  })
  it('ignores relative images, emails and file names', () => {
    expect(texts('![logo](/static/logo.svg) mail a@b.io, open report.v2.final.pdf')).toEqual([])
  })
  it('is on when allowedDomains is set and off by default', () => {
    expect(createRails({}).validators).not.toContain('links')
    expect(
      createRails({ links: { enabled: true } }).validate('https://promptgate.dev').violations.length
    ).toBe(1)
  })
})
