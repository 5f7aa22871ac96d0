import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/version.ts
var PROMPTGATE_VERSION = "0.1.0";

export {
  PROMPTGATE_VERSION
};
