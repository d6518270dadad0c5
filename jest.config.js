/**
 * One run, three tiers: unit (*.spec.ts beside the code), integration (*.int-spec.ts in libs,
 * real PostgreSQL + Meilisearch) and e2e (test/*.e2e-spec.ts, HTTP against the real app).
 * The global setup starts one embedded PostgreSQL and one Meilisearch for the whole run.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: [
    '<rootDir>/{apps,libs,seeds,scripts}/**/*.spec.ts',
    '<rootDir>/libs/**/*.int-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  maxWorkers: 2,
  // A worker keeps every test file's ESM modules (the vm-modules registry is never collected):
  // without a limit each of the two grew to 6 GB over a full run, and its collections slowed
  // every later file. Past the limit jest starts a fresh worker before the next file.
  workerIdleMemoryLimit: '2GB',
  testTimeout: 60000,
  slowTestThreshold: 20,
};
