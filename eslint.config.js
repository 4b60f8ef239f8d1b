// Lint: typescript-eslint's recommended rules and three type-aware ones, React hooks rules for the UI, the house style (type over
// interface, import type, named exports), and the core boundary: src/core imports nothing outside src/core but
// the few pure data packages the engine uses. Formatting is prettier's job (`prettier --check`), not eslint's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));
const CORE = resolve(root, 'src', 'core');
/** Packages src/core may import: pure data and string functions, no I/O, no platform. */
const CORE_PACKAGES = [
  'tldts',
  'free-email-domains',
  'fastest-levenshtein',
  'graphology',
  'graphology-communities-louvain',
];

/** Relative imports in src/core must resolve inside src/core (no-restricted-imports cannot see through `..`). */
const coreBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'src/core imports only src/core' },
    messages: { outside: "src/core must not import '{{source}}': it resolves to {{target}}, outside src/core." },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source);
      if (target !== CORE && !target.startsWith(CORE + sep)) {
        context.report({ node: node.source, messageId: 'outside', data: { source, target: relative(root, target) } });
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
    plugins: { circles: { rules: { 'core-boundary': coreBoundary } } },
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
      // No platform globals in the core: pass what it needs through ports.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'fetch',
        'Office',
        'localStorage',
        'indexedDB',
        'process',
      ],
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
