// The browser half of `npm run bench`: prints how the coalition map behaves at 20,000 organisations
// against the production build. Kept out of npm test, so timing never makes the suite flaky; it
// starts its own server on a seeded data directory, so it needs none of the e2e global setup.
module.exports = {
  displayName: 'web-bench',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 300000,
};
