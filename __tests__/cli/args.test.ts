import { parseCliArgs, UsageError } from '../../src/cli/args.js'

describe('parseCliArgs', () => {
  it('defaults to the run command with the standard config path and the cache on', () => {
    expect(parseCliArgs([])).toMatchObject({
      command: 'run',
      configPath: '.github/promptgate.yml',
      cache: true,
      suites: []
    })
  })

  it('reads repeatable suites, numbers and the record flag', () => {
    const options = parseCliArgs([
      'run',
      '-s',
      'a',
      '--suite',
      'b',
      '--repeats',
      '3',
      '--concurrency',
      '20',
      '--record'
    ])
    expect(options).toMatchObject({ suites: ['a', 'b'], repeats: 3, concurrency: 20, record: true })
  })

  it('rejects an unknown flag naming it and the help to read', () => {
    expect(() => parseCliArgs(['--repeat', '3'])).toThrow(UsageError)
    expect(() => parseCliArgs(['--repeat', '3'])).toThrow(
      'unknown option --repeat (did you mean --repeats?); see `promptgate --help`'
    )
  })

  it('rejects a non-numeric repeat count naming the flag', () => {
    expect(() => parseCliArgs(['--repeats', 'two'])).toThrow(
      '--repeats takes a whole number from 1 to 50, got "two"'
    )
  })

  it('rejects an unknown command listing the valid ones', () => {
    expect(() => parseCliArgs(['evaluate'])).toThrow(
      'unknown command "evaluate"; valid commands: run, baseline, validate, import, insights'
    )
  })

  it('turns --no-cache off and --version into the version command', () => {
    expect(parseCliArgs(['--no-cache']).cache).toBe(false)
    expect(parseCliArgs(['--version']).command).toBe('version')
  })
})
