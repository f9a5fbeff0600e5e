// The benchmark (npm run bench): prints speed figures against a real PostgreSQL. Kept out of
// npm test, so timing never makes the test suite flaky; each file asserts only that it answered.
module.exports = {
  displayName: 'api-bench',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  globalSetup: '../../libs/api/testing/src/lib/postgres-global-setup.ts',
  globalTeardown: '../../libs/api/testing/src/lib/postgres-global-teardown.ts',
  testTimeout: 600000,
};
