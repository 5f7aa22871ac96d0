import { type RailsConfig } from './schema.js';
import type { RailValidator, RailsContext, Severity } from './types.js';
/** What a custom module's function may return per violation; everything but the span is optional. */
export interface CustomViolationLike {
    span?: {
        start: number;
        end: number;
    };
    start?: number;
    end?: number;
    message?: string;
    severity?: Severity;
}
export type CustomValidatorFn = (output: string, context: RailsContext) => CustomViolationLike[] | undefined;
export interface CustomValidator {
    id: string;
    module: string;
    severity?: Severity;
    redact: boolean;
    fn: CustomValidatorFn;
}
/** Imports every `rails.custom` module relative to rootDir; errors name the module and what to fix. */
export declare function loadCustomValidators(rootDir: string, config: Pick<RailsConfig, 'custom'> | undefined): Promise<CustomValidator[]>;
/** Why a module failed to load, with the fix for the one case users hit most (.ts on older Node). */
export declare function loadHint(module: string, error: unknown): string;
/** Wraps a loaded module as a rail: it never crashes validate(); a throwing validator fails closed. */
export declare function customRail(custom: CustomValidator): RailValidator;
