#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import "./chunks/chunk-JQO23VV7.js";

// src/version.ts
var PROMPTGATE_VERSION = "0.1.0";

// src/cli/main.ts
console.log(PROMPTGATE_VERSION);
