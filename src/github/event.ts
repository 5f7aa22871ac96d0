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

export function parseEventContext(
  eventName: string,
  payload: unknown,
  env: EventEnv,
  inputs: EventInputs = {}
): GitEventContext {
  const baseInput = cleanInput(inputs.baseRef)
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const p = parse(pullRequestPayload, eventName, payload)
      const pr = p.pull_request
      const { owner, repo } = p.repository
        ? { owner: p.repository.owner.login, repo: p.repository.name }
        : splitRepository(env)
      const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`
      return {
        kind: eventName,
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
        headIsUntrusted: eventName === 'pull_request_target'
      }
    }
    case 'push': {
      const p = parse(pushPayload, eventName, payload)
      const before = ZERO_SHA.test(p.before) ? undefined : p.before
      const { owner, repo } = p.repository
        ? { owner: p.repository.owner.login, repo: p.repository.name }
        : splitRepository(env)
      const ctx: GitEventContext = {
        kind: 'push',
        owner,
        repo,
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
    case 'workflow_dispatch': {
      const p = parse(dispatchPayload, eventName, payload)
      if (!baseInput) {
        throw new EventError(
          'workflow_dispatch has no base to compare with: set the `base-ref` input (a branch, tag or commit, e.g. main).'
        )
      }
      if (!env.GITHUB_SHA)
        throw new EventError('GITHUB_SHA is not set; workflow_dispatch needs it as the head commit.')
      const { owner, repo } = p.repository
        ? { owner: p.repository.owner.login, repo: p.repository.name }
        : splitRepository(env)
      const ctx: GitEventContext = {
        kind: 'workflow_dispatch',
        owner,
        repo,
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
    default:
      throw new EventError(
        `PromptGate does not run on "${eventName}" events. Supported: ${SUPPORTED_EVENTS.join(', ')}. ` +
          'Use `on: pull_request` for the PR gate, or run `npx promptgate run` for other triggers.'
      )
  }
}
