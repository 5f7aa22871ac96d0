import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import boundaries from 'eslint-plugin-boundaries'
import { importBoundaries } from './eslint.layers.js'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.promptgate/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off'
    }
  },
  importBoundaries(boundaries)
)
