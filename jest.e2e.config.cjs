// Browser tests: playwright-core drives /usr/bin/chromium against the production build in dist/ (see
// test/e2e/harness.ts). Run through `npm test` (which builds first) or `npx jest -c jest.e2e.config.cjs -i`.
const swc = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transformIgnorePatterns: ['/node_modules/(?!(idb)/)'],
  // Chromium start-up and a first page load take a few seconds on a busy 2-core machine.
  testTimeout: 120000,
  // A failed test may leave a browser or a server open; do not let that hang the run (or CI).
  forceExit: true,
};
