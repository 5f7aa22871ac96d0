import { createRails, type RailsConfig } from '../../src/rails/index.js'

/** Validator ids that fired on `text`, in order of their spans. */
export function fired(text: string, config: RailsConfig = {}, context = {}): string[] {
  return createRails(config)
    .validate(text, context)
    .violations.map(v => v.validator)
}
