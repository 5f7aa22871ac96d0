// Which loader a prompt path gets. GitHub Models only recognised these two extensions.
const GH_MODELS_PROMPT = /\.prompt\.ya?ml$/i

/** True for a GitHub Models prompt file (`.prompt.yml` / `.prompt.yaml`). */
export function isGhModelsPromptPath(path: string): boolean {
  return GH_MODELS_PROMPT.test(path)
}
