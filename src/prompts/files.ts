// Which loader a prompt path gets. GitHub Models looked for `.prompt.yml`/`.prompt.yaml`, but
// repos (and gh-models' own examples) also keep such files as plain `.yml`; a YAML file is never
// meant as a raw text template, so every YAML prompt is read as a GitHub Models prompt file.
const YAML_PROMPT = /\.ya?ml$/i

/** True for a GitHub Models prompt file (any `.yml`/`.yaml`, canonically `.prompt.yml`). */
export function isGhModelsPromptPath(path: string): boolean {
  return YAML_PROMPT.test(path)
}
