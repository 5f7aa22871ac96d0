// One confinement rule for the working tree (repo/files.ts) and config-named outputs (config/paths.ts).
import { isInside } from '../../src/repo/paths.js'

it('a path below the root is inside, one that climbs out is not', () => {
  expect(isInside('/repo', '/repo/.promptgate/report.json')).toBe(true)
  expect(isInside('/repo', '/elsewhere/report.json')).toBe(false)
  expect(isInside('/repo', '/repo/../elsewhere')).toBe(false)
})

it('a child whose name starts with two dots is still inside', () => {
  expect(isInside('/repo', '/repo/..cache/x')).toBe(true)
})

it('the root itself counts only when asked for (reading it, never writing over it)', () => {
  expect(isInside('/repo', '/repo')).toBe(false)
  expect(isInside('/repo', '/repo', { allowRoot: true })).toBe(true)
})
