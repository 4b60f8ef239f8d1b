// Lint: typescript-eslint's recommended rules and three type-aware ones, React hooks rules for the UI, the house style (type over
// interface, import type, named exports), and the core boundary: src/core imports nothing outside src/core but
// the few pure data packages the engine uses; src/sentences (words shared by the taskpane and the CLI) imports
// only itself and src/core. Formatting is prettier's job (`prettier --check`), not eslint's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));
/** Packages src/core may import: pure data and string functions, no I/O, no platform. */
const CORE_PACKAGES = [
  'tldts',
  'free-email-domains',
  'fastest-levenshtein',
  'graphology',
  'graphology-communities-louvain',
];

/**
 * A layer's relative imports must resolve inside the folders it may use (no-restricted-imports cannot see through
 * `..`): src/core only itself; src/sentences (the words the taskpane and the CLI share) itself and src/core.
 */
function layerBoundary(layer, allowed) {
  const dirs = allowed.map((d) => resolve(root, 'src', d));
  return {
    meta: {
      type: 'problem',
      docs: { description: `src/${layer} imports only ${allowed.map((d) => `src/${d}`).join(' and ')}` },
      messages: {
        outside: `src/${layer} must not import '{{source}}': it resolves to {{target}}, outside {{allowed}}.`,
      },
      schema: [],
    },
    create(context) {
      const check = (node) => {
        const source = node.source?.value;
        if (typeof source !== 'string' || !source.startsWith('.')) return;
        const target = resolve(dirname(context.filename), source);
        if (!dirs.some((d) => target === d || target.startsWith(d + sep))) {
          const data = { source, target: relative(root, target), allowed: allowed.map((d) => `src/${d}`).join(', ') };
          context.report({ node: node.source, messageId: 'outside', data });
        }
      };
      return {
        ImportDeclaration: check,
        ExportNamedDeclaration: check,
        ExportAllDeclaration: check,
        ImportExpression: check,
      };
    },
  };
}

/** No platform globals in the pure layers: pass what they need through ports. */
const PLATFORM_GLOBALS = ['window', 'document', 'fetch', 'Office', 'localStorage', 'indexedDB', 'process'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-cli/',
      'dist-demo/',
      'coverage/',
      'test-results/',
      'node_modules/',
      '.certs/',
      'demo/',
      'scripts/**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Type-aware rules, with the types of tsconfig.json (src, test, bench): a promise nobody awaits or catches,
    // a promise where a plain callback is expected (an async onClick, a forEach), a switch over a union that
    // forgets a member. A switch with a default still counts as exhaustive.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: 'readonly' } },
  },
  {
    files: [
      'src/taskpane/**/*.{ts,tsx}',
      'src/commands/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/adapters/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat['recommended-latest'].rules,
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    plugins: { circles: { rules: { 'core-boundary': layerBoundary('core', ['core']) } } },
    rules: {
      'circles/core-boundary': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.|(${CORE_PACKAGES.join('|')})(/|$))`,
              message: `src/core is pure TypeScript: it may import src/core and ${CORE_PACKAGES.join(', ')} only.`,
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...PLATFORM_GLOBALS],
    },
  },
  {
    // The sentences the taskpane and the CLI both say: pure like the core (no React, no DOM, no package), and
    // below the front ends, so neither imports up a layer to reach them.
    files: ['src/sentences/**/*.ts'],
    ignores: ['src/sentences/**/*.test.ts'],
    languageOptions: { globals: {} },
    plugins: { sentences: { rules: { 'sentences-boundary': layerBoundary('sentences', ['sentences', 'core']) } } },
    rules: {
      'sentences/sentences-boundary': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.)',
              message: 'src/sentences is pure TypeScript: it may import src/sentences and src/core only.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...PLATFORM_GLOBALS],
    },
  },
  {
    // The files adapter runs in the taskpane too: bytes in, text out, no Node. Disk I/O stays in src/cli.
    files: ['src/adapters/files/**/*.ts'],
    ignores: ['src/adapters/files/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|fs$|path$|buffer$|iconv-lite$)',
              message: 'src/adapters/files runs in the browser: no Node modules (read files in src/cli).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require'],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
