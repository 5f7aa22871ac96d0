import { createRails } from '../../src/rails/index.js'

const rails = createRails({ pii: { enabled: false }, content: { enabled: false } })
const ids = (text: string): string[] => rails.validate(text).violations.map(v => v.validator)

describe('secrets', () => {
  it.each([
    ['secret.github', 'ghp_R8kPz2LmQ7vW4nXc9TbY1aHd6FsJ0eGu3KiN'],
    [
      'secret.github',
      'github_pat_11ABCDE2Y0aZx8Qw7Er6Ty_5Ui4Op3As2Df1Gh0Jk9Lz8Xc7Vb6Nm5Qw4Er3Ty2Ui1Op0As9Df8Gh7Jk6'
    ],
    ['secret.openai', 'sk-proj-4fGh7Jk2Lm9Np3Qr6St8Uv1Wx5Yz0Ab4Cd7Ef2Gh9Ij3Kl6Mn8Op1Qr5St0Uv'],
    ['secret.anthropic', 'sk-ant-api03-Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz9Xc8Vb7Nm6Qw5Er4Ty3Ui2Op1'],
    ['secret.aws', 'AKIAZ5QW7XJ4K2LMNOPQ'],
    ['secret.aws', 'ASIAY3TR6EW2QA7ZXC4V'],
    ['secret.slack', 'xoxb-2048618207-4219736183047-Hk3Lm8Nq2Rs6Tv9Wx1Yz4Ab7'],
    ['secret.slack', 'xapp-1-A0123BCDEFG-1234567890123-0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d'],
    ['secret.stripe', 'sk_live_51HqLyjWDarjtT1zdp7dcXe9Qm3kPz8Yt'],
    ['secret.stripe', 'rk_test_4eC39HqLyjWDarjtT1zdp7dc'],
    ['secret.google', 'AIzaSyB3xK9mQ2pL7vN4wR8tY1uC6eH0jF5dG2s'],
    [
      'secret.jwt',
      'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.kX9vQ2mL7pN4wR8tY1uC6eH0jF5dG2sA3bZ'
    ]
  ])('reports %s for a realistic key', (id, key) => {
    const result = rails.validate(`key: ${key} end`)
    expect(result.violations).toEqual([
      expect.objectContaining({
        validator: id,
        severity: 'critical',
        text: key,
        span: { start: 5, end: 5 + key.length }
      })
    ])
    expect(result.redacted).toBe(`key: [REDACTED:${id}] end`)
  })
  it('reports a PEM private key block, and a truncated one up to the end of the text', () => {
    const block = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2\n-----END RSA PRIVATE KEY-----'
    expect(rails.validate(`here:\n${block}\nthanks`).violations.map(v => v.text)).toEqual([block])
    const cut = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B'
    expect(rails.validate(cut).violations.map(v => v.text)).toEqual([cut])
  })
  it('reports an AWS secret access key by the name it is assigned to, and only the value', () => {
    const value = 'Zq8vM2kL9pN4wR7tY1uC6eH3jF5dG0sA2bX8cV4n'
    expect(rails.validate(`aws_secret_access_key = ${value}`).violations).toEqual([
      expect.objectContaining({ validator: 'secret.aws', text: value })
    ])
  })
  it('reports a Slack webhook URL', () => {
    expect(ids('https://hooks.slack.com/services/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')).toEqual([
      'secret.slack'
    ])
  })
  it('ignores placeholders, the AWS documentation example and public keys', () => {
    for (const text of [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'pk_live_51HqLyjWDarjtT1zdp7dcXe9Qm3kPz8Yt',
      'sk_test_your_key_here',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'the file begins with -----BEGIN PRIVATE KEY----- and ends with the END line',
      'AKIAIOSFODNN7EXAMPLE',
      'AKIA1234567890ABCDEF',
      'sk-your-api-key-here',
      'scikit-learn (sk-learn)',
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'xoxb-<team>-<bot>-<secret>',
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----'
    ]) {
      expect(ids(text)).toEqual([])
    }
  })
  it('does not report an Anthropic key as an OpenAI key', () => {
    expect(ids('sk-ant-api03-Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz9Xc8Vb7Nm6')).toEqual(['secret.anthropic'])
  })
  it('runs only the configured secret kinds', () => {
    const awsOnly = createRails({ secrets: { kinds: ['aws'] } })
    expect(awsOnly.validators.filter(id => id.startsWith('secret.'))).toEqual(['secret.aws'])
  })
})
