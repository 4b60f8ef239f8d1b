// Unit, component and integration tests. Browser tests (playwright-core) run separately: see scripts/test-browser.mjs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // Some dependencies ship ESM only; let swc compile them too.
  transformIgnorePatterns: ['/node_modules/(?!(idb)/)'],
  // The views' strings are a lazily loaded chunk in the pane (src/taskpane/i18n/views.ts); tests get them all.
  setupFiles: ['<rootDir>/src/taskpane/i18n/views.ts'],
};

module.exports = {
  // Views render a whole pane in jsdom: on a loaded two-core machine (CI, several sessions at work) a test took
  // more than jest's 5 s and failed for that alone. A guard against flakes, not a speed limit. Jest reads this
  // option at the top level only: inside a project it was ignored.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'],
    },
  ],
};
