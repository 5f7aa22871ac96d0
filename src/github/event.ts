// The workflow event, parsed once into the few facts the gate needs. Pure: the caller reads the
// event file and the environment and passes them in.
import { z } from 'zod'

export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'push', 'workflow_dispatch'] as const
export type GitEventKind = (typeof SUPPORTED_EVENTS)[number]

/** `before` of a push that created a branch: there is no previous commit to compare with. */
const ZERO_SHA = /^0+$/

export interface GitEventContext {
  kind: GitEventKind
  owner: string
  repo: string
  /** Set for pull_request and pull_request_target only. */
  prNumber?: number
  /** Base commit when the event names one (PR base tip, push `before`). */
  baseSha?: string
  /** Base branch (PRs) or the configured `base-ref` input (push, workflow_dispatch). */
  baseRef?: string
  /**
   * What to read the base version from: `baseSha`, else `baseRef`. Undefined for a push that
   * created a branch without a `base-ref` input: then there is no base, every suite runs head only.
   */
  baseRev?: string
  headSha: string
  headRef?: string
  /** PR labels as of the event; a re-run job replays the old payload, so ask the API for current ones. */
  labels: string[]
  /** The PR comes from another repository: secrets are absent on pull_request, the token is read-only. */
  isFork: boolean
  /**
   * pull_request_target runs the BASE branch's workflow with secrets and a write token, so the
   * head's files are attacker-controlled input. For us that means: never run anything from the
   * head checkout — no npm install, no scripts, no custom validators or config-named executables,
   * no `require`/`import` of head files. Prompt, dataset, schema and config files from head are
   * read as data only (parsed, never evaluated), and the config that decides WHERE secrets go
   * (providers, base URLs, headers) must come from the base version, so a PR cannot send the
   * provider key to its own server.
   */
  headIsUntrusted: boolean
}

export interface EventEnv {
  GITHUB_REPOSITORY?: string
  GITHUB_SHA?: string
  GITHUB_REF?: string
}

export interface EventInputs {
  /** The action's `base-ref` input: required for workflow_dispatch, optional override for push. */
  baseRef?: string
}

export class EventError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EventError'
  }
}

const repoSchema = z.object({
  full_name: z.string(),
  name: z.string(),
  owner: z.object({ login: z.string() })
})

// Only what PromptGate reads is required, so a hand-made or trimmed payload still works:
// the repository falls back to GITHUB_REPOSITORY, refs and repos are optional.
const pullRequestPayload = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    labels: z.array(z.object({ name: z.string() })).default([]),
    base: z.object({
      sha: z.string().min(1),
      ref: z.string().optional(),
      repo: z.object({ full_name: z.string() }).nullish()
    }),
    // head.repo is null when the fork was deleted.
    head: z.object({
      sha: z.string().min(1),
      ref: z.string().optional(),
      repo: z.object({ full_name: z.string() }).nullish()
    })
  }),
  repository: repoSchema.optional()
})

const pushPayload = z.object({
  before: z.string().min(1),
  after: z.string().min(1),
  ref: z.string().optional(),
  repository: repoSchema.optional()
})

const dispatchPayload = z.object({ ref: z.string().optional(), repository: repoSchema.optional() })

function describeIssues(eventName: string, error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
  return `The ${eventName} event payload is not what GitHub sends (${first.join('; ')}). Is GITHUB_EVENT_PATH pointing at the event file?`
}

function parse<T>(schema: z.ZodType<T>, eventName: string, payload: unknown): T {
  const result = schema.safeParse(payload)
  if (!result.success) throw new EventError(describeIssues(eventName, result.error))
  return result.data
}

function splitRepository(env: EventEnv): { owner: string; repo: string } {
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo || extra !== undefined) {
    throw new EventError(`GITHUB_REPOSITORY must be "owner/repo", got "${env.GITHUB_REPOSITORY ?? ''}"`)
  }
  return { owner, repo }
}

function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref || undefined
}

function cleanInput(value: string | undefined): string | undefined {
  const v = value?.trim()
  if (!v) return undefined
  // A leading dash would be read as an option by git.
  if (v.startsWith('-')) throw new EventError(`Input base-ref must be a branch, tag or commit, got "${v}"`)
  return v
}

/** The run's event, checked against the shape GitHub sends, as one context for the gate. */
export function parseEventContext(
  eventName: string,
  payload: unknown,
  env: EventEnv,
  inputs: EventInputs = {}
): GitEventContext {
  const baseInput = cleanInput(inputs.baseRef)
  // Own keys only: an event named like an Object.prototype member is just unsupported.
  const parser = Object.hasOwn(EVENT_PARSERS, eventName)
    ? EVENT_PARSERS[eventName as GitEventKind]
    : undefined
  if (!parser) {
    throw new EventError(
      `PromptGate does not run on "${eventName}" events. Supported: ${SUPPORTED_EVENTS.join(', ')}. ` +
        'Use `on: pull_request` for the PR gate, or run `npx promptgate run` for other triggers.'
    )
  }
  return parser({ eventName, payload, env, baseInput })
}

interface EventRead {
  eventName: string
  payload: unknown
  env: EventEnv
  /** The `base-ref` input, cleaned. */
  baseInput?: string
}

type EventParser = (event: EventRead) => GitEventContext

/** The payload's repository, else GITHUB_REPOSITORY (trimmed payloads leave it out). */
function repositoryOf(
  repository: { owner: { login: string }; name: string } | undefined,
  env: EventEnv
): { owner: string; repo: string } {
  return repository ? { owner: repository.owner.login, repo: repository.name } : splitRepository(env)
}

function pullRequestContext({ eventName, payload, env }: EventRead): GitEventContext {
  const kind = eventName === 'pull_request_target' ? 'pull_request_target' : 'pull_request'
  const p = parse(pullRequestPayload, eventName, payload)
  const pr = p.pull_request
  const { owner, repo } = repositoryOf(p.repository, env)
  const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`
  return {
    kind,
    owner,
    repo,
    prNumber: pr.number,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    baseRev: pr.base.sha,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    labels: pr.labels.map(l => l.name),
    // A deleted fork (head.repo null) is a fork; an absent head.repo in a trimmed payload is not known to be one.
    isFork: pr.head.repo === null || (pr.head.repo !== undefined && pr.head.repo.full_name !== baseRepo),
    headIsUntrusted: kind === 'pull_request_target'
  }
}

function pushContext({ eventName, payload, env, baseInput }: EventRead): GitEventContext {
  const p = parse(pushPayload, eventName, payload)
  const before = ZERO_SHA.test(p.before) ? undefined : p.before
  const ctx: GitEventContext = {
    kind: 'push',
    ...repositoryOf(p.repository, env),
    headSha: p.after,
    labels: [],
    isFork: false,
    headIsUntrusted: false
  }
  const headRef = branchOf(p.ref)
  if (headRef) ctx.headRef = headRef
  if (baseInput) {
    ctx.baseRef = baseInput
    ctx.baseRev = baseInput
  } else if (before) {
    ctx.baseSha = before
    ctx.baseRev = before
  }
  return ctx
}

function dispatchContext({ eventName, payload, env, baseInput }: EventRead): GitEventContext {
  const p = parse(dispatchPayload, eventName, payload)
  if (!baseInput) {
    throw new EventError(
      'workflow_dispatch has no base to compare with: set the `base-ref` input (a branch, tag or commit, e.g. main).'
    )
  }
  if (!env.GITHUB_SHA)
    throw new EventError('GITHUB_SHA is not set; workflow_dispatch needs it as the head commit.')
  const ctx: GitEventContext = {
    kind: 'workflow_dispatch',
    ...repositoryOf(p.repository, env),
    baseRef: baseInput,
    baseRev: baseInput,
    headSha: env.GITHUB_SHA,
    labels: [],
    isFork: false,
    headIsUntrusted: false
  }
  const headRef = branchOf(p.ref ?? env.GITHUB_REF)
  if (headRef) ctx.headRef = headRef
  return ctx
}

const EVENT_PARSERS: Readonly<Record<GitEventKind, EventParser>> = {
  pull_request: pullRequestContext,
  pull_request_target: pullRequestContext,
  push: pushContext,
  workflow_dispatch: dispatchContext
}
