import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { SourceError } from '../../src/core/errors.js'
import { resolveConfigPath } from '../../src/config/paths.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()

describe('resolveConfigPath', () => {
  const root = temp.make('pg-paths-')

  it('resolves a path inside the repository', () => {
    expect(resolveConfigPath(root, '.promptgate/report.json', 'run.reportPath', 'c.yml')).toBe(
      join(root, '.promptgate/report.json')
    )
  })

  it('refuses a path that climbs out of the repository, naming the key', () => {
    expect(() => resolveConfigPath(root, '../escaped.json', 'run.reportPath', 'c.yml')).toThrow(SourceError)
    expect(() => resolveConfigPath(root, '../escaped.json', 'run.reportPath', 'c.yml')).toThrow(
      /run\.reportPath: "\.\.\/escaped\.json" points outside the repository/
    )
  })

  it('refuses a path through a committed symlink that leads outside', () => {
    const outside = temp.make('pg-outside-')
    symlinkSync(outside, join(root, 'linked'))
    expect(() => resolveConfigPath(root, 'linked/calls.jsonl', 'run.logPath', 'c.yml')).toThrow(
      /through a symlink/
    )
  })

  it('accepts a symlink that stays inside the repository', () => {
    mkdirSync(join(root, 'real'))
    symlinkSync(join(root, 'real'), join(root, 'alias'))
    expect(resolveConfigPath(root, 'alias/out.json', 'run.reportPath', 'c.yml')).toBe(
      join(root, 'alias/out.json')
    )
  })
})
