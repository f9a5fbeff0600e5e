// Integration tests: the whole API against a real PostgreSQL (embedded, started once per run).
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  globalSetup: '../../libs/api/testing/src/lib/postgres-global-setup.ts',
  globalTeardown: '../../libs/api/testing/src/lib/postgres-global-teardown.ts',
  testTimeout: 60000,
};
