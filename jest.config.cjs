process.env.TZ = 'Europe/Paris';
// One Jest run for the whole monorepo: each workspace is a project; the root global setup starts
// one embedded FerretDB (unless MONGODB_URI is set) and every API test file gets its own database.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];
// ESM-only dependencies that Jest (CommonJS) must transform.
const esmOnly = ['kdbush', 'geokdbush', 'supercluster', 'tinyqueue', 'minisearch', 'nanoid', 'uuid'];
const common = {
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

// Suites that measure the server's own timing (event-loop holds, latency under load, how fast a fault is
// noticed or a write is seen by another instance) or load the machine themselves: `pnpm test` runs them after
// the others, alone, so browsers and parallel suites on CI's two cores neither fail nor distort them
// (scripts/test.mjs).
const alone = [
  'test/faults/event-loop-hold.test.ts',
  'test/faults/mixed-load.test.ts',
  'test/faults/database-outage.test.ts',
  'test/faults/two-instances.test.ts',
];

module.exports = {
  globalSetup: '<rootDir>/scripts/jest-global-setup.ts',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.ts',
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'taxonomy', rootDir: '<rootDir>/packages/taxonomy', testEnvironment: 'node' },
    { ...common, displayName: 'directory', rootDir: '<rootDir>/packages/directory', testEnvironment: 'node' },
    {
      ...common,
      displayName: 'api',
      rootDir: '<rootDir>/services/api',
      testEnvironment: 'node',
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, ...alone.map((file) => `/services/api/${file}$`)],
    },
    {
      ...common,
      displayName: 'api-alone',
      rootDir: '<rootDir>/services/api',
      testEnvironment: 'node',
      testMatch: alone.map((file) => `<rootDir>/${file}`),
    },
    {
      ...common,
      displayName: 'web',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      transform: { ...common.transform, '\\.graphql$': '<rootDir>/test/graphql-transform.cjs' },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/test/style-mock.cjs' },
      setupFilesAfterEnv: ['<rootDir>/test/setup-tests.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '<rootDir>/apps/web/e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/**/*.e2e.ts'],
      // One platform + one browser per file; journeys wait on real network round trips.
      testTimeout: 60000,
    },
    {
      ...common,
      displayName: 'embed',
      rootDir: '<rootDir>/apps/embed',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'embed-e2e',
      rootDir: '<rootDir>/apps/embed/e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/**/*.e2e.ts'],
      // The widget on a partner page from another origin, against the real platform, in Chromium.
      testTimeout: 60000,
    },
  ],
};
