import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createRails,
  createRailsAsync,
  enabledValidatorIds,
  loadCustomValidators,
  parseRailsConfig,
  railsConfigSchema,
  railsValidatorIds,
  redact
} from "./chunks/chunk-4K5GFZDU.js";
import "./chunks/chunk-JQO23VV7.js";
export {
  createRails,
  createRailsAsync,
  enabledValidatorIds,
  loadCustomValidators,
  parseRailsConfig,
  railsConfigSchema,
  railsValidatorIds,
  redact
};
