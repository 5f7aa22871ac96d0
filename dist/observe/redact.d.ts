import { type RailsConfig } from '../rails/index.js';
export type Redactor = (text: string) => string;
export declare function createRedactor(config?: RailsConfig): Redactor;
