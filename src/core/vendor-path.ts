// How a lazily loaded library (core/vendor.ts) is required. Run from source (tests, tsx), each of
// its packages comes from node_modules; the bundle build (scripts/build.mjs) replaces this module
// with one that requires the library's one CommonJS file in dist/vendor/ (an installed PromptGate
// has no node_modules of its own), which exports the same packages in the same order.
export function requireLibrary(
  load: (specifier: string) => unknown,
  _library: string,
  specifiers: readonly string[]
): unknown[] {
  return specifiers.map(specifier => load(specifier))
}
