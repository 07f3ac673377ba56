/** Two projects: `unit` (pure code, fakes and the bundle in a vm: about a minute) and `e2e` (the CLI and the deploy scripts as processes,
 * Chromium, hostile inputs). `npm test` and CI run both; `npm run test:unit` is the quick loop. */
const E2E = [
  '/test/browser/.*\\.test\\.ts$',
  '/test/hostile/.*\\.test\\.ts$',
  '/test/local/(cli|exportCommand|marketCli|qaChecklistCli|sqlCommand|boardCli)\\.test\\.ts$',
  '/test/local/render/htmlReport\\.test\\.ts$',
  '/test/scripts/.*\\.test\\.ts$',
];

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  setupFiles: ['<rootDir>/test/support/fastCheckSeed.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testPathIgnorePatterns: ['/node_modules/', ...E2E] },
    { ...shared, displayName: 'e2e', testRegex: E2E },
  ],
};
