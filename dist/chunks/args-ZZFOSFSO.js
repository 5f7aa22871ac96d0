import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  EXIT_CODES_TEXT,
  OPTIONS,
  PATHS_TEXT,
  USAGE,
  UsageError,
  commandUsage,
  commandWord,
  isObserveCommand,
  parseCliArgs,
  rejectMisplaced,
  usageProblem
} from "./chunk-BDKWCEU5.js";
import "./chunk-572V3N2L.js";
import "./chunk-YX3UYC7K.js";
import "./chunk-IEJME6RR.js";
export {
  EXIT_CODES_TEXT,
  OPTIONS,
  PATHS_TEXT,
  USAGE,
  UsageError,
  commandUsage,
  commandWord,
  isObserveCommand,
  parseCliArgs,
  rejectMisplaced,
  usageProblem
};
