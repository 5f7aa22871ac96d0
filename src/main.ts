// The GitHub Action: detect the suites a change touched, run base vs head, post one sticky
// comment, and fail the check when the gate says so. Every failure ends in one setFailed here.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { findAffectedSuites } from './action/affected.js'
import { readGateContext } from './action/context.js'
import { evaluate, planAffected } from './action/evaluate.js'
import { parseInputs, type ActionInputs } from './action/inputs.js'
import { missingSecret, nothingAffected, type GateOutcome } from './action/outcome.js'
import { publish, publishError } from './action/publish.js'
import type { ActionRuntime, GateWorld } from './action/runtime.js'
import { loadTrustedProject } from './action/trust.js'
import { secretForms } from './core/secrets.js'
import { createGitHubClient, DEFAULT_GITHUB_API_URL } from './github/client.js'
import { proxiedFetchFor } from './github/proxy.js'
import { createLocalGit } from './repo/git.js'

/** Runs the action; never throws: errors become one setFailed with what to do. */
export async function run(world: GateWorld = actionsWorld()): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name))
    if (inputs.githubToken) world.runtime.setSecret(inputs.githubToken)
    await gate(inputs, world)
  } catch (error) {
    await publishError(error, world.runtime)
  }
}

/** context → trust → affected suites → skip / missing secret / evaluate → publish. */
export async function gate(inputs: ActionInputs, world: GateWorld): Promise<void> {
  const startedAt = world.now()
  const context = await readGateContext(inputs, world)
  const trusted = await loadTrustedProject(context, world)
  const affected = await findAffectedSuites(context, trusted)
  let outcome: GateOutcome
  if (affected.length === 0) outcome = nothingAffected(context, trusted, world.now())
  else {
    outcome =
      missingSecret(context, trusted, affected, world.env, world.now()) ??
      (await evaluate(context, trusted, await planAffected(context, trusted, affected), world, startedAt))
  }
  await publish(outcome, context, trusted, world.runtime)
}

/** The real world: @actions/core, the GitHub REST client, local git, the clock and the disk. */
function actionsWorld(): GateWorld {
  const runtime: ActionRuntime = {
    info: message => core.info(message),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    setOutput: (name, value) => core.setOutput(name, value),
    // The secret and its derived forms (URL-encoded, base64…): a log line may carry any of them.
    setSecret: secret => {
      for (const form of secretForms(secret)) core.setSecret(form)
    },
    setFailed: message => core.setFailed(message),
    writeSummary: async markdown => {
      await core.summary.addRaw(markdown).write()
    }
  }
  return {
    runtime,
    env: process.env,
    now: () => Date.now(),
    readFile: path => readFile(path, 'utf8'),
    github: ({ token, apiUrl }) => {
      const proxied = proxiedFetchFor(apiUrl || DEFAULT_GITHUB_API_URL)
      if (proxied) core.info(`GitHub API requests go through the proxy ${proxied.via}.`)
      return createGitHubClient({ token, apiUrl, logger: core, fetch: proxied?.fetch })
    },
    git: workspace => createLocalGit(workspace)
  }
}
