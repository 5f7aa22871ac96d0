// The layers of src/, bottom first: a folder may import itself and the folders listed before it,
// never one after it (src/README.md explains each). `npm run lint` fails on an upward import;
// __tests__/lint/boundaries.test.ts proves the rule fires.

/** [layer, the paths that belong to it], from the ground floor up. */
export const LAYERS = [
  ['core', ['src/core/**', 'src/constants.ts', 'src/version.ts']],
  ['repo', ['src/repo/**']],
  ['rails', ['src/rails/**']],
  ['checks', ['src/checks/**']],
  ['datasets', ['src/datasets/**']],
  ['prompts', ['src/prompts/**']],
  ['config', ['src/config/**']],
  ['expand', ['src/expand/**']],
  ['providers', ['src/providers/**']],
  ['stats', ['src/stats/**']],
  ['chaos', ['src/chaos/**']],
  ['engine', ['src/engine/**']],
  ['report', ['src/report/**']],
  ['observe', ['src/observe/**']],
  ['github', ['src/github/**']],
  ['action', ['src/action/**']],
  ['cli', ['src/cli/**']],
  ['entry', ['src/main.ts', 'src/index.ts']]
]

/** Flat-config block: every src/ file belongs to one layer and imports only downwards. */
export function importBoundaries(boundaries) {
  const types = LAYERS.map(([type]) => type)
  return {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      // `mode: 'full'` matches whole file paths, so the root files (constants.ts, main.ts…) can
      // belong to a layer; v7 calls the option legacy and would warn on every lint run.
      'boundaries/legacy-warnings': false,
      'boundaries/elements': LAYERS.map(([type, pattern]) => ({ type, pattern, mode: 'full' }))
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: types.map((type, i) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: types.slice(0, i + 1) } } } }
          }))
        }
      ],
      // A src/ file outside every layer would escape the rule above.
      'boundaries/no-unknown-files': 'error'
    }
  }
}
