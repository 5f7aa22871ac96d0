// Zero config: a repository with GitHub Models prompt files and no PromptGate config is
// evaluated as it is. Every `*.prompt.yml` / `*.prompt.yaml` becomes a suite of its own that runs
// the file's own `testData` and `evaluators`, on the provider whose key the environment holds.
import { SourceError } from '../core/errors.js'
import type { Config, ProviderConfig } from './schema.js'

/** The prompt files zero-config discovery evaluates (anywhere in the repository, `.github/` too). */
export const DISCOVERY_GLOB = '**/*.prompt.{yml,yaml}'

/**
 * Whether a suite entry is the one `discoveryConfig` made (no config file behind it). Its
 * problems are worded for a repository without a config: there is no line to point at.
 */
export function isDiscoveryEntry(suite: { id: string; prompt: string }): boolean {
  return suite.id === '' && suite.prompt === DISCOVERY_GLOB
}

/** Key variables a discovered config can use, in the order they are looked for. */
const DISCOVERABLE_PROVIDERS: readonly {
  name: string
  keyEnv: string
  baseUrlEnv: string
  type: 'openai' | 'anthropic'
}[] = [
  // OPENAI_BASE_URL / ANTHROPIC_BASE_URL: the variables the vendors' own SDKs read for a proxy or gateway.
  { name: 'openai', keyEnv: 'OPENAI_API_KEY', baseUrlEnv: 'OPENAI_BASE_URL', type: 'openai' },
  { name: 'anthropic', keyEnv: 'ANTHROPIC_API_KEY', baseUrlEnv: 'ANTHROPIC_BASE_URL', type: 'anthropic' }
]

/**
 * The config used when none exists: one suite per discovered prompt file, with the providers
 * whose keys are set. No key at all is an error that says what to set, or to write a config.
 */
export function discoveryConfig(
  env: Readonly<Record<string, string | undefined>>,
  configPath: string
): Config {
  const providers: Record<string, ProviderConfig> = {}
  for (const p of DISCOVERABLE_PROVIDERS) {
    if (!env[p.keyEnv]) continue
    const baseUrl = env[p.baseUrlEnv]
    providers[p.name] = { type: p.type, ...(baseUrl ? { baseUrl } : {}) }
  }
  if (Object.keys(providers).length === 0) {
    throw new SourceError('No PromptGate config', [
      {
        file: configPath,
        path: '',
        message:
          `there is no config file at ${configPath}, and without one PromptGate evaluates every ${DISCOVERY_GLOB} file ` +
          `on the provider whose key is set, but none is: set ${DISCOVERABLE_PROVIDERS.map(p => p.keyEnv).join(' or ')}, ` +
          'or create the config (a minimal one needs `version: 1`, `providers:` and `suites:`)'
      }
    ])
  }
  // The entry id is empty so discovered suites are named by their path alone (prompt-globs.ts).
  return { version: 1, providers, suites: [{ id: '', prompt: DISCOVERY_GLOB }] } as Config
}
