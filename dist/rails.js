import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_INPUT_CHARS,
  createRails,
  createRailsAsync,
  enabledValidatorIds,
  loadCustomValidators,
  parseRailsConfig,
  railsConfigSchema,
  railsValidatorIds,
  redact
} from "./chunks/chunk-Z2CHZ2FJ.js";
import "./chunks/chunk-CF6LOMKI.js";
import "./chunks/chunk-LPYLB7X5.js";
import "./chunks/chunk-IEJME6RR.js";
export {
  DEFAULT_MAX_INPUT_CHARS,
  createRails,
  createRailsAsync,
  enabledValidatorIds,
  loadCustomValidators,
  parseRailsConfig,
  railsConfigSchema,
  railsValidatorIds,
  redact
};
