import type { RailValidator } from '../types.js';
export declare const LENGTH_ID = "length";
export declare function createLengthValidator(maxChars?: number, maxWords?: number): RailValidator;
