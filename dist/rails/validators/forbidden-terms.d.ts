import type { RailsTerm } from '../schema.js';
import type { RailValidator } from '../types.js';
export declare const FORBIDDEN_TERMS_ID = "forbidden-terms";
export declare function createForbiddenTermsValidator(terms: readonly RailsTerm[]): RailValidator | undefined;
