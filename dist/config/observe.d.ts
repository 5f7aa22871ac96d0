import { z } from 'zod';
export declare const CONTENT_CAPTURE_MODES: readonly ["off", "redacted", "full"];
export type ContentCapture = (typeof CONTENT_CAPTURE_MODES)[number];
/** PII and secrets never land in a log unless a team opts in to `full`. */
export declare const DEFAULT_CONTENT_CAPTURE: ContentCapture;
export declare const importMappingSchema: z.ZodObject<{
    input: z.ZodString;
    output: z.ZodOptional<z.ZodString>;
    id: z.ZodOptional<z.ZodString>;
    time: z.ZodOptional<z.ZodString>;
    model: z.ZodOptional<z.ZodString>;
    latencyMs: z.ZodOptional<z.ZodString>;
    error: z.ZodOptional<z.ZodString>;
    feedback: z.ZodOptional<z.ZodString>;
    editedText: z.ZodOptional<z.ZodString>;
    vars: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const observeConfigSchema: z.ZodObject<{
    content: z.ZodOptional<z.ZodEnum<{
        off: "off";
        redacted: "redacted";
        full: "full";
    }>>;
    otlp: z.ZodOptional<z.ZodObject<{
        endpoint: z.ZodOptional<z.ZodURL>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        serviceName: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    import: z.ZodOptional<z.ZodObject<{
        mapping: z.ZodOptional<z.ZodObject<{
            input: z.ZodString;
            output: z.ZodOptional<z.ZodString>;
            id: z.ZodOptional<z.ZodString>;
            time: z.ZodOptional<z.ZodString>;
            model: z.ZodOptional<z.ZodString>;
            latencyMs: z.ZodOptional<z.ZodString>;
            error: z.ZodOptional<z.ZodString>;
            feedback: z.ZodOptional<z.ZodString>;
            editedText: z.ZodOptional<z.ZodString>;
            vars: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ObserveConfig = z.infer<typeof observeConfigSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;
