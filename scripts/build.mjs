// Bundles the action, the CLI and the runtime libraries (rails, observe) into dist/ (committed; CI checks it is current).
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'

await rm('dist', { recursive: true, force: true })

// CommonJS dependencies call require() on Node built-ins; an ESM bundle has no require of its own.
const requireShim =
  "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);"

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
  logLevel: 'warning'
})
