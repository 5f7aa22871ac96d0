import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/observe/defaults.ts
var LOG_FORMATS = ["promptgate", "otlp", "generic"];
var DEFAULT_IMPORT_CAP = 50;
var DEFAULT_IMPORT_SEED = 1;
var NEAR_DUPLICATE_JACCARD = 0.8;

export {
  LOG_FORMATS,
  DEFAULT_IMPORT_CAP,
  DEFAULT_IMPORT_SEED,
  NEAR_DUPLICATE_JACCARD
};
