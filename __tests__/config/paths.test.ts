import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SourceError } from '../../src/core/errors.js'
import { resolveConfigPath } from '../../src/config/paths.js'

describe('resolveConfigPath', () => {
  const root = mkdtempSync(join(tmpdir(), 'pg-paths-'))

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
    const outside = mkdtempSync(join(tmpdir(), 'pg-outside-'))
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
