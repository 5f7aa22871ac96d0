// The event parsers are a table keyed by event name: a name that is a member of every object
// (constructor, __proto__, toString) must read as an unsupported event, not as a parser.
import { EventError, parseEventContext } from '../../src/github/event.js'

const env = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_SHA: 'a'.repeat(40) }

test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
  '"%s" is an unsupported event',
  name => {
    expect(() => parseEventContext(name, {}, env)).toThrow(EventError)
    expect(() => parseEventContext(name, {}, env)).toThrow(`PromptGate does not run on "${name}" events`)
  }
)

test('every supported event has its parser; the repository falls back to GITHUB_REPOSITORY', () => {
  const push = parseEventContext(
    'push',
    { ref: 'refs/heads/main', before: 'b'.repeat(40), after: 'c'.repeat(40) },
    env
  )
  expect(push).toMatchObject({
    kind: 'push',
    owner: 'octo',
    repo: 'repo',
    headRef: 'main',
    baseRev: 'b'.repeat(40)
  })
  const dispatch = parseEventContext('workflow_dispatch', {}, env, { baseRef: 'main' })
  expect(dispatch).toMatchObject({
    kind: 'workflow_dispatch',
    owner: 'octo',
    baseRef: 'main',
    headSha: env.GITHUB_SHA
  })
})
