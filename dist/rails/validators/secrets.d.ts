import type { RailValidator } from '../types.js';
import { SECRET_IDS } from '../schema.js';
export { SECRET_IDS };
interface SecretRule {
    id: (typeof SECRET_IDS)[number];
    /** Needs the `d` flag when `valueGroup` is set. */
    pattern: RegExp;
    message: string;
    /**
     * Regex source of text every match contains (the rule's literal prefix): a text without any
     * rule's hint skips every pattern. Tested against each pattern in __tests__/rails/secret-hints.test.ts.
     */
    hint: string;
    accept?: (value: string) => boolean;
    /** Report only this capture group (the value after a variable name), not the whole match. */
    valueGroup?: number;
}
declare const RULES: SecretRule[];
/** What every PEM_BEGIN match starts with. */
declare const PEM_HINT = "-----BEGIN ";
/**
 * Any rule's hint, case-insensitive (a superset for the case-sensitive ones): most texts hold none
 * and skip the dozen pattern scans.
 */
export declare const SECRET_HINT: RegExp;
/** PEM labels have at most a few words before PRIVATE KEY (RSA, EC, OPENSSH, ENCRYPTED, DSA). */
declare const PEM_BEGIN: RegExp;
export declare function createSecretsValidator(): RailValidator;
/**
 * Whether any secret rule can match `text`: false (no rule's literal prefix in it) means the secret
 * validator reports nothing for it (the log redactor skips such texts).
 */
export declare function mayHoldSecret(text: string): boolean;
/** For the pre-scan's test: every rule's pattern and hint. */
export { RULES as SECRET_RULES, PEM_BEGIN, PEM_HINT };
