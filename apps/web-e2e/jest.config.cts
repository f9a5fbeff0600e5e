// Browser and start-up tests against the production build: the API serves the web
// app and starts its own embedded PostgreSQL, exactly as `npm start` does.
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The one workspace library the browser tests use (no Nx preset here to resolve tsconfig paths).
  moduleNameMapper: { '^@cg/shared/testing$': '<rootDir>/../../libs/shared/testing/src/index.ts' },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 120000,
};
