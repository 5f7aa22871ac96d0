// Bundles the action, the CLI and the runtime libraries (rails, observe) into dist/ (committed; CI checks it is current).
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'
import { sep } from 'node:path'
import { VENDOR_LIBRARIES } from './vendor-files.mjs'

await rm('dist', { recursive: true, force: true })

// CommonJS dependencies call require() on Node built-ins; an ESM bundle has no require of its own.
const requireShim =
  "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);"

// zod re-exports its ~50 message locales (z.locales, z.core.locales); PromptGate's messages are
// English and nothing reads z.locales, so the bundle keeps English alone: 366 KB less JavaScript
// for every CLI and action start to parse.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, args =>
      args.importer.includes(`${sep}node_modules${sep}zod${sep}`)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js'",
      resolveDir: process.cwd(),
      loader: 'js'
    }))
  }
}

// The libraries src/core/vendor.ts loads at first use: each becomes one CommonJS file in dist/vendor/,
// outside the bundle, so a run that never needs one never parses it. The bundle's copy of
// core/vendor-path.ts requires that file: dist/vendor/ seen from an entry in dist/ or from a shared
// chunk in dist/chunks/.
const vendorPaths = {
  name: 'vendor-paths',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]vendor-path\.ts$/ }, () => ({
      contents: [
        "import { fileURLToPath } from 'node:url'",
        "const here = new URL('.', import.meta.url)",
        "const vendorDir = new URL(here.pathname.endsWith('/chunks/') ? '../vendor/' : 'vendor/', here)",
        'export function requireLibrary(load, library) {',
        '  return load(fileURLToPath(new URL(`${library}.cjs`, vendorDir)))',
        '}'
      ].join('\n'),
      loader: 'js'
    }))
  }
}

for (const [library, specifiers] of Object.entries(VENDOR_LIBRARIES)) {
  await build({
    stdin: {
      contents: `module.exports = [${specifiers.map(s => `require(${JSON.stringify(s)})`).join(', ')}]`,
      resolveDir: process.cwd()
    },
    outfile: `dist/vendor/${library}.cjs`,
    bundle: true,
    // Parse time grows with bytes; names are kept, so the code is the same code.
    minifyWhitespace: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'linked',
    logLevel: 'warning'
  })
}

await build({
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli/main.ts',
    rails: 'src/rails/index.ts',
    observe: 'src/observe/index.ts'
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: requireShim },
  legalComments: 'linked',
  plugins: [zodEnglishOnly, vendorPaths],
  logLevel: 'warning'
})
