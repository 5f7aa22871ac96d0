import type { RailValidator } from '../types.js';
export declare const SECRET_IDS: readonly ["secret.github", "secret.openai", "secret.anthropic", "secret.aws", "secret.slack", "secret.private-key", "secret.stripe", "secret.google", "secret.jwt"];
export declare function createSecretsValidator(): RailValidator;
