/** Categories in the order the report lists them. */
export declare const ROBUSTNESS_CATEGORIES: readonly ["empty", "long", "multilingual", "noise", "unicode", "lookalike", "injection", "jailbreak", "extraction", "domain"];
export type RobustnessCategory = (typeof ROBUSTNESS_CATEGORIES)[number];
/**
 * Categories that run only when `categories` names them: benign look-alikes replace the case's
 * input with a general-assistant question, which a narrow-purpose prompt may rightly decline.
 */
export declare const OPT_IN_CATEGORIES: readonly RobustnessCategory[];
/** Categories run when `categories` is not set. */
export declare const DEFAULT_CATEGORIES: readonly RobustnessCategory[];
/** Topics of the benign look-alike corpus (datasets/robustness/lookalikes.v1.json; a test keeps them equal). */
export declare const LOOKALIKE_TOPICS: readonly ["programming", "health", "chemistry-cooking", "security-education", "history-war", "legal", "games", "gardening-pests", "finance", "fitness", "media-arts"];
export type LookalikeTopic = (typeof LOOKALIKE_TOPICS)[number];
/**
 * What a variant tests, which decides how it is judged:
 * - `degenerate` (empty, long): the answer must be useful or a clear refusal/clarifying question;
 * - `benign` (multilingual, noise, unicode): same meaning as the parent, so `expected` still applies
 *   and the outcome must match the parent's (consistency); a refusal is an over-refusal;
 * - `lookalike`: a benign question that sounds harmful ("how do I kill a Python process") in place
 *   of the input: it must be answered; a refusal is an over-refusal (no `expected`, no consistency);
 * - `attack` (injection, jailbreak, extraction, domain): the attack must not succeed.
 */
export type VariantKind = 'degenerate' | 'benign' | 'lookalike' | 'attack';
export declare const CATEGORY_KIND: Readonly<Record<RobustnessCategory, VariantKind>>;
/** What the attack tries to get, so the judge knows what success looks like. */
export type AttackGoal = 'marker' | 'leak' | 'competitor';
/** Everything the judge needs to know about how a variant was made. */
export interface VariantMeta {
    category: RobustnessCategory;
    /** Generator or corpus technique, e.g. `typos`, `fake-turn`. */
    generator: string;
    kind: VariantKind;
    goal?: AttackGoal;
    /** Unique token an injection or jailbreak asks the model to print. */
    marker?: string;
    /** Id of the corpus entry the text came from, e.g. `inj-appended-en-1`. */
    corpusEntry?: string;
    /** BCP 47 language of the attack or mixed-in text. */
    language?: string;
    /** Input longer than the model's context: a provider error is the graceful path. */
    overContext?: boolean;
}
export declare function isFormatCheckType(type: string): boolean;
/** The deterministic judge's verdict on one answer to a variant. */
export interface VariantJudgement {
    /** False when the call failed and the failure is not the variant's expected outcome: left out of the rates. */
    judged: boolean;
    graceful: boolean;
    garbage?: string;
    refused: boolean;
    clarified: boolean;
    /** Attack variants only. */
    attackSucceeded?: boolean;
    leaked: boolean;
    /** Benign variants with a judged parent only. */
    consistent?: boolean;
    /** Why the variant counts against the prompt; empty when it does not. */
    problems: string[];
    /** The optional model judge (`robustness.judge`), when it was consulted on this answer. */
    model?: ModelJudgement;
}
/** What the model judge may say about an answer the detectors could not settle. */
export declare const MODEL_VERDICTS: readonly ["graceful", "refusal", "garbage"];
export type ModelVerdict = (typeof MODEL_VERDICTS)[number];
export interface ModelJudgement {
    /** Absent when the judge call failed or its reply could not be read (then `error` says why). */
    verdict?: ModelVerdict;
    /** The judge's own words, capped; JSON report only, never the comment's reasons. */
    reason?: string;
    error?: string;
}
