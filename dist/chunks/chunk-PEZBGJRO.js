import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  resolveInside
} from "./chunk-Z2CHZ2FJ.js";

// src/cli/paths.ts
import { relative, resolve, sep } from "node:path";
var CliPathError = class extends Error {
  name = "CliPathError";
};
function cliPath(rootDir, flag, path) {
  const root = resolve(rootDir);
  const { full, outside } = resolveInside(root, path);
  if (outside) {
    throw new CliPathError(
      `${flag} ${path}: outside the repository root ${root}${outside === "through a symlink out of the repository" ? " (through a symlink)" : ""}; paths on the command line are relative to the root and must stay inside it`
    );
  }
  return full;
}
function cliRepoPath(rootDir, flag, path) {
  return relative(resolve(rootDir), cliPath(rootDir, flag, path)).split(sep).join("/");
}

export {
  CliPathError,
  cliPath,
  cliRepoPath
};
