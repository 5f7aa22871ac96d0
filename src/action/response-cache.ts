// Persists the response cache across workflow runs with @actions/cache, so the base side of a PR
// mostly replays from earlier runs (a PR can restore caches saved on its base branch). Cache
// trouble never fails the gate: it only costs model calls, and the log says which trouble it was
// (no earlier cache, a download that failed, a save the service refused, a service that hangs).
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../core/guards.js'
import { mergeCacheDir } from '../engine/cache.js'

export interface CacheLogger {
  info(message: string): void
  warning(message: string): void
}

/** The part of @actions/cache used here, behind an interface so tests can pass a fake. */
export interface CacheClient {
  isFeatureAvailable(): boolean
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
    options?: { lookupOnly?: boolean }
  ): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

export interface ResponseCacheKeys {
  /** Unique per run: saved caches are immutable. */
  primary: string
  /** The key a lookup starts from and its restore keys, in the order they are tried. */
  atBase: string[]
  /** Any earlier cache of this config id (the PR's own latest first, GitHub searches its scope first). */
  anyEarlier: string[]
  /** The part of a key that marks an entry saved by this PR (or this branch's pushes). */
  ownSource: string
}

/** Bumped whenever the key layout changes, so old entries cannot be misread. */
const CACHE_KEY_VERSION = 'v2'

/**
 * Each call to the cache service (lookup, download, upload) may take this long; after it the
 * run goes on without the cache and says so. The service itself retries five times with
 * backoff (cacheTwirpClient), and a hung socket would otherwise hold the job for minutes.
 * Overridden by PROMPTGATE_CACHE_TIMEOUT_SECONDS (documented in the README).
 */
export const CACHE_CALL_TIMEOUT_MS = 60_000

/**
 * The directory handed to @actions/cache. Its path is hashed into the cache version
 * (cacheUtils.getCacheVersion), so it must be the same string for every event: a
 * pull_request_target run (cache dir under RUNNER_TEMP) and a push run (cache dir in the
 * workspace) would otherwise never see each other's entries. The engine's own cache directory is
 * merged in and out of it.
 */
export function actionsCacheStaging(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'promptgate-actions-cache')
}

function shortSha(sha: string | undefined): string {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : 'none'
}

/**
 * Keys: `promptgate-v2-<config id>-at-<commit>-<source>-<content digest>-<run>`, where commit is
 * the commit the base side is evaluated at (a PR's base, a push's new head, which later PRs use
 * as their base) and source is `pr<N>` or the event name.
 *
 * GitHub searches the run's own scope (the PR) for the key and every restore key before the base
 * branch's scope. With only a broad restore key, a PR re-run after the base branch moved would
 * restore its own older entry and pay for the base side again. So the first lookup asks only for
 * entries at the current base commit: the PR's own if it ran on this base, else the base
 * branch's newer entry. When that is not the PR's own entry, a second lookup restores the latest
 * entry of any base (the PR's own, with its head side) and both are merged.
 */
export function responseCacheKeys(input: {
  configId: string
  contentDigest: string
  env: NodeJS.ProcessEnv
  /** The commit the base side is evaluated at. */
  baseCommit: string | undefined
  /** `pr<N>` for pull requests, the event name otherwise. */
  source: string
}): ResponseCacheKeys {
  const prefix = `promptgate-${CACHE_KEY_VERSION}-${input.configId}-`
  const at = `${prefix}at-${shortSha(input.baseCommit)}-`
  const run = `${input.env.GITHUB_RUN_ID ?? 'local'}-${input.env.GITHUB_RUN_ATTEMPT ?? '1'}`
  const exact = `${at}${input.source}-${input.contentDigest}-`
  return {
    primary: `${exact}${run}`,
    atBase: [exact, at],
    anyEarlier: [prefix],
    ownSource: `-${input.source}-`
  }
}

export class CacheTimeoutError extends Error {
  override name = 'CacheTimeoutError'
}

/** Cache calls given up on while still running: their sockets would keep the process alive. */
const abandoned = new Set<Promise<unknown>>()

/** Whether a timed-out cache call is still running (the entry point then exits explicitly). */
export function hasAbandonedCacheWork(): boolean {
  return abandoned.size > 0
}

export function cacheTimeoutMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.PROMPTGATE_CACHE_TIMEOUT_SECONDS)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : CACHE_CALL_TIMEOUT_MS
}

async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned.add(work)
      void work.catch(() => undefined).finally(() => abandoned.delete(work))
      reject(new CacheTimeoutError(`${what}: the cache service did not answer within ${ms / 1000} s`))
    }, ms)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

async function loadClient(): Promise<CacheClient> {
  // Loaded only here: the cache client is large and the CLI never needs it.
  return await import('@actions/cache')
}

export interface CacheOptions {
  env: NodeJS.ProcessEnv
  logger: CacheLogger
  /** Tests pass a fake; the action uses @actions/cache. */
  client?: CacheClient
}

export type RestoreOutcome =
  | { status: 'unavailable' | 'miss' }
  | { status: 'restored'; keys: string[] }
  | { status: 'failed' | 'timeout'; message: string }

/** Finds an entry without downloading it, so a failed download is later told apart from a miss. */
function lookup(
  client: CacheClient,
  staging: string,
  keys: string[],
  ms: number
): Promise<string | undefined> {
  const [primary, ...restoreKeys] = keys as [string, ...string[]]
  return withDeadline(
    client.restoreCache([staging], primary, restoreKeys, { lookupOnly: true }),
    ms,
    'cache lookup'
  )
}

async function download(client: CacheClient, staging: string, key: string, ms: number): Promise<boolean> {
  return (await withDeadline(client.restoreCache([staging], key, []), ms, 'cache download')) === key
}

/** Restores earlier caches into `cacheDir`; never throws. */
export async function restoreResponseCache(
  cacheDir: string,
  keys: ResponseCacheKeys,
  options: CacheOptions
): Promise<RestoreOutcome> {
  const { logger } = options
  const staging = actionsCacheStaging(options.env)
  const ms = cacheTimeoutMs(options.env)
  let outcome: RestoreOutcome
  try {
    const client = options.client ?? (await loadClient())
    if (!client.isFeatureAvailable()) {
      logger.info(
        'Response cache: the Actions cache service is not available here; every call goes to the model.'
      )
      return { status: 'unavailable' }
    }
    const restored: string[] = []
    const failed: string[] = []
    for (const keyList of [keys.atBase, keys.anyEarlier]) {
      const matched = await lookup(client, staging, keyList, ms)
      if (!matched || restored.includes(matched) || failed.includes(matched)) continue
      await rm(staging, { recursive: true, force: true })
      if (!(await download(client, staging, matched, ms))) {
        failed.push(matched)
        continue
      }
      await mergeCacheDir(staging, cacheDir)
      restored.push(matched)
      // Our own entry at this base has both sides: nothing older adds to it.
      if (keyList === keys.atBase && matched.includes(keys.ownSource)) break
    }
    if (restored.length > 0) {
      outcome = { status: 'restored', keys: restored }
      logger.info(`Response cache restored from ${restored.join(' and ')}.`)
    } else if (failed.length > 0) {
      outcome = { status: 'failed', message: `found ${failed.join(', ')} but its download failed` }
    } else {
      outcome = { status: 'miss' }
      logger.info('Response cache: no earlier cache for this config.')
    }
  } catch (error) {
    outcome = {
      status: error instanceof CacheTimeoutError ? 'timeout' : 'failed',
      message: errorMessage(error)
    }
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
  }
  if (outcome.status === 'failed')
    logger.warning(`Response cache not restored (${outcome.message}); continuing without it.`)
  if (outcome.status === 'timeout')
    logger.warning(
      `Response cache not restored (${outcome.message}); the run goes on without the cache, every call goes to the model.`
    )
  return outcome
}

export type SaveOutcome =
  | { status: 'saved'; key: string; id: number }
  | { status: 'nothing' | 'unavailable' }
  | { status: 'failed' | 'timeout'; message: string }

/** Saves `cacheDir` under keys.primary; never throws, and says "saved" only when it was. */
export async function saveResponseCache(
  cacheDir: string,
  keys: ResponseCacheKeys,
  options: CacheOptions
): Promise<SaveOutcome> {
  const { logger } = options
  const staging = actionsCacheStaging(options.env)
  try {
    const client = options.client ?? (await loadClient())
    if (!client.isFeatureAvailable()) return { status: 'unavailable' }
    await rm(staging, { recursive: true, force: true })
    if ((await mergeCacheDir(cacheDir, staging)) === 0) return { status: 'nothing' }
    const id = await withDeadline(
      client.saveCache([staging], keys.primary),
      cacheTimeoutMs(options.env),
      'cache upload'
    )
    // saveCache logs its own failure and returns -1 instead of throwing.
    if (id === -1) {
      const message = 'the cache service did not accept it; see the message above'
      logger.warning(`Response cache not saved (${message}).`)
      return { status: 'failed', message }
    }
    logger.info(`Response cache saved as ${keys.primary}.`)
    return { status: 'saved', key: keys.primary, id }
  } catch (error) {
    const message = errorMessage(error)
    logger.warning(`Response cache not saved (${message}).`)
    return { status: error instanceof CacheTimeoutError ? 'timeout' : 'failed', message }
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
  }
}
