// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  // Type-aware rules: the types tsc already knows catch unsafe `any`, floating promises and misused values.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...eslintPluginAstro.configs.recommended,
  {
    files: ['**/*.astro'],
    // astro-eslint-parser has no project service: it reads the tsconfig itself.
    languageOptions: { parserOptions: { projectService: false, project: true, extraFileExtensions: ['.astro'] } },
    rules: {
      // astro-eslint-parser gives the markup inside {expressions} no type (a mapped <li> is an "error"
      // type), so these rules flag every list a template renders. Frontmatter code is still checked by
      // `astro check` with the strictest tsconfig.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    rules: {
      // Unused names prefixed with _ are deliberate (a destructured value left out, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
