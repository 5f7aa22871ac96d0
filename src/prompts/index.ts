export { PromptError } from './errors.js'
export { isGhModelsPromptPath } from './files.js'
export { parseGhModelsPrompt, type PromptLoadOptions } from './gh-models.js'
export {
  loadPrompt,
  readRequired,
  templatePrompt,
  type LoadPromptOptions,
  type PromptSource
} from './load.js'
export { renderMessages, templateVariables, TemplateError } from './render.js'
