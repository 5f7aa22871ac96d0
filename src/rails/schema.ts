// Rails configuration (the `rails:` key of promptgate.yml and the argument of createRails).
// Owned by src/rails; the config schema embeds it.
import { z } from 'zod'

export const railsConfigSchema = z.strictObject({
  competitors: z.array(z.string().min(1)).optional()
})

export type RailsConfig = z.infer<typeof railsConfigSchema>
