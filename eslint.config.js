import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Names of browser-only globals the engine must never touch: it has to run the same in Node
// (tests, validator, workshop server) and in the browser.
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB',
  'location', 'HTMLElement', 'Element', 'Node', 'Image', 'Audio', 'requestAnimationFrame', 'fetch'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests edit parsed YAML documents freely to build broken scenarios, and browser tests and
    // benchmarks read the page's state inside page.evaluate, where types do not reach.
    files: ['tests/**/*.ts', 'scripts/bench-browser.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*', 'phaser4-rex-plugins*'], message: 'src/engine must not depend on Phaser: keep it pure TypeScript.' },
          { group: ['howler', 'howler/*'], message: 'src/engine must not depend on Howler: audio belongs to src/audio.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/engine runs in the browser too: no Node built-ins.' },
          { group: ['../game/*', '../audio/*', '../modes/*', '../server/*'], message: 'Dependencies point one way: nothing in src/engine imports the UI, modes or server.' },
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: `src/engine must not use the DOM global "${name}".` }))],
    },
  },
);
