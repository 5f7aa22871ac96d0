import { type CountryCode } from 'libphonenumber-js/max';
import type { Finding, RailValidator } from '../types.js';
export declare const PII_IDS: readonly ["pii.email", "pii.phone", "pii.credit-card", "pii.iban", "pii.ssn", "pii.ip"];
export interface PiiOptions {
    phoneDefaultCountry?: string;
}
export declare function createPiiValidator(options?: PiiOptions): RailValidator;
export declare function findEmails(text: string): Finding[];
export declare function findPhones(text: string, defaultCountry: CountryCode): Finding[];
export declare function luhnValid(digits: string): boolean;
/** Issuer prefixes and lengths of the card networks a model could plausibly leak. */
export declare function knownIssuer(digits: string): boolean;
export declare function findCards(text: string): Finding[];
export declare function ibanValid(compact: string): boolean;
export declare function findIbans(text: string): Finding[];
export declare function findSsns(text: string): Finding[];
export declare function findIps(text: string): Finding[];
/** RFC 4291 text forms: eight groups, or fewer with one "::", optionally ending in dotted IPv4. */
export declare function ipv6Valid(candidate: string): boolean;
