// Persists the response cache across workflow runs with @actions/cache, so the base side of a PR
// mostly replays from earlier runs (a PR can restore caches saved on its base branch). Cache
// trouble never fails the gate: it only costs model calls, and says so in the log.
import { existsSync } from 'node:fs'
import { errorMessage } from '../core/guards.js'

export interface CacheLogger {
  info(message: string): void
  warning(message: string): void
}

export interface ResponseCacheKeys {
  primary: string
  restoreKeys: string[]
}

const CACHE_KEY_VERSION = 'v1'

/**
 * Keys: exact content first (same config and prompts), then any earlier cache of this config id.
 * Every run saves under a unique key because saved caches are immutable.
 */
export function responseCacheKeys(
  configId: string,
  contentDigest: string,
  env: NodeJS.ProcessEnv
): ResponseCacheKeys {
  const prefix = `promptgate-${CACHE_KEY_VERSION}-${configId}-`
  const run = `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  return { primary: `${prefix}${contentDigest}-${run}`, restoreKeys: [`${prefix}${contentDigest}-`, prefix] }
}

export async function restoreResponseCache(
  cacheDir: string,
  keys: ResponseCacheKeys,
  logger: CacheLogger
): Promise<ResponseCacheKeys | undefined> {
  try {
    // Loaded only here: the cache client is large and the CLI never needs it.
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) {
      logger.info(
        'Response cache: the Actions cache service is not available here; every call goes to the model.'
      )
      return undefined
    }
    const hit = await cache.restoreCache([cacheDir], keys.primary, keys.restoreKeys)
    logger.info(
      hit ? `Response cache restored from ${hit}.` : 'Response cache: no earlier cache for this config.'
    )
    return keys
  } catch (error) {
    logger.warning(`Response cache not restored (${errorMessage(error)}); continuing without it.`)
    return undefined
  }
}

export async function saveResponseCache(
  cacheDir: string,
  keys: ResponseCacheKeys,
  logger: CacheLogger
): Promise<void> {
  if (!existsSync(cacheDir)) return
  try {
    const cache = await import('@actions/cache')
    await cache.saveCache([cacheDir], keys.primary)
    logger.info(`Response cache saved as ${keys.primary}.`)
  } catch (error) {
    logger.warning(`Response cache not saved (${errorMessage(error)}).`)
  }
}
