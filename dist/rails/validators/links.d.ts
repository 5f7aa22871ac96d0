import type { RailValidator } from '../types.js';
export declare const LINKS_ID = "links";
export declare function createLinksValidator(allowedDomains: readonly string[]): RailValidator;
/** Lower-case host of an absolute or www. URL; undefined for relative links and non-web schemes. */
export declare function hostOf(url: string): string | undefined;
