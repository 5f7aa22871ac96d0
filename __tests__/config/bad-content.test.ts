// Repository content built to hurt the loader: YAML alias bombs and nesting deep enough to blow
// the stack end in a ConfigError naming the file, never in a hang or a crash of the runner.
import { ConfigError, loadConfig, MAX_CONFIG_CHARS } from '../../src/config/load.js'
import { YAML_MAX_ALIAS_COUNT } from '../../src/core/yaml.js'

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

test('a YAML alias bomb (billion laughs) is refused by the alias expansion limit', () => {
  const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i)
    const previous = String.fromCharCode(96 + i)
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
  }
  const error = thrown(() => loadConfig('bomb.yml', lines.join('\n')))
  expect(error).toBeInstanceOf(ConfigError)
  expect(String(error)).toMatch(/bomb\.yml:1:1: .*Excessive alias count/)
  expect(YAML_MAX_ALIAS_COUNT).toBeLessThanOrEqual(100)
})

test('nesting deep enough to exhaust the stack is a ConfigError at a position, not a crash', () => {
  const error = thrown(() => loadConfig('deep.yml', `version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}`))
  expect(error).toBeInstanceOf(ConfigError)
  expect(String(error)).toMatch(/deep\.yml:2:\d+:/)
})

test('a config that is valid YAML but enormous is refused before parsing, naming the limit', () => {
  const huge = `version: 1\nnotes: "${'x'.repeat(MAX_CONFIG_CHARS)}"\n`
  const error = thrown(() => loadConfig('huge.yml', huge))
  expect(error).toBeInstanceOf(ConfigError)
  expect(String(error)).toContain(`huge.yml:1:1: `)
  expect(String(error)).toContain(`over the ${MAX_CONFIG_CHARS}-character limit`)
})
