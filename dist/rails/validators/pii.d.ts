import type { CountryCode } from 'libphonenumber-js/max';
import type { Finding, RailValidator } from '../types.js';
import type { RailsWork } from '../work.js';
import { PII_IDS } from '../schema.js';
export { PII_IDS };
export interface PiiOptions {
    phoneDefaultCountry?: string;
}
export declare function createPiiValidator(options?: PiiOptions): RailValidator;
/**
 * Whether any PII detector can find anything in `text`: false means the PII validator reports
 * nothing for it, whatever its settings (the log redactor skips such texts).
 */
export declare function mayHoldPii(text: string): boolean;
/**
 * ASCII digits (the only digits the detectors read) a text must hold before each kind can be found
 * in it: a card has 13 to 19 (ISO/IEC 7812), an SSN is ddd-dd-dddd, an IBAN's check digits follow
 * its country code, an IPv6 address without a digit is only "::" (not public), a phone has
 * MIN_PHONE_DIGITS. __tests__/rails/prescan.test.ts checks each bound against its detector.
 */
export declare const MIN_DIGITS_FOR: {
    readonly 'pii.phone': 7;
    readonly 'pii.credit-card': 13;
    readonly 'pii.iban': 2;
    readonly 'pii.ssn': 9;
    readonly 'pii.ip': 1;
};
export declare function findEmails(text: string): Finding[];
/**
 * Candidates verified with libphonenumber per text. Past it, phone-shaped candidates are reported
 * unverified (fail closed) so that cost stays linear with a small constant on any input.
 */
export declare const MAX_PHONE_VERIFICATIONS = 100;
interface PhonePiece {
    start: number;
    end: number;
    /** First piece of a run that touches a letter or digit: part of an identifier (INV-2024-000123). */
    glued: boolean;
}
/**
 * One linear pass: runs of digits and separators on one line, split before each "+" and at wide gaps
 * (two spaces, " / ", " - "), trimmed to start at a digit, "(" or "+" and to end at a digit. Every
 * piece is decided from its own characters and a short window before it, so a piece reads the same in
 * the whole text and in a streaming window.
 */
export declare function phonePieces(text: string): PhonePiece[];
export declare function findPhones(text: string, defaultCountry: CountryCode, work: RailsWork): Finding[];
export declare function luhnValid(digits: string): boolean;
/** Issuer prefixes and lengths of the card networks a model could plausibly leak. */
export declare function knownIssuer(digits: string): boolean;
export declare function findCards(text: string): Finding[];
export declare function ibanValid(compact: string): boolean;
export declare function findIbans(text: string): Finding[];
export declare function findSsns(text: string): Finding[];
/**
 * Public IP addresses. `scan` says which of the two patterns to run (the validator passes its
 * pre-scans' answers); without it both run, as the pre-scans' tests need.
 */
export declare function findIps(text: string, scan?: {
    v6: boolean;
    v4: boolean;
}): Finding[];
/**
 * Addresses that identify nobody (coordinator policy): private (RFC 1918: 10/8, 172.16/12,
 * 192.168/16), loopback 127/8, link-local 169.254/16, documentation (RFC 5737: 192.0.2/24,
 * 198.51.100/24, 203.0.113/24), "this network" 0/8, and 255.x netmasks and broadcast.
 */
export declare function publicIpv4(address: string): boolean;
/**
 * Loopback ::1, unspecified ::, unique local fc00::/7 (RFC 4193), link-local fe80::/10 and
 * documentation 2001:db8::/32 (RFC 3849) identify nobody; IPv4-mapped addresses follow the IPv4 rules.
 */
export declare function publicIpv6(address: string): boolean;
/** RFC 4291 text forms: eight groups, or fewer with one "::", optionally ending in dotted IPv4. */
export declare function ipv6Valid(candidate: string): boolean;
