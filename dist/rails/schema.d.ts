import { z } from 'zod';
export declare const railsConfigSchema: z.ZodObject<{
    competitors: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export type RailsConfig = z.infer<typeof railsConfigSchema>;
