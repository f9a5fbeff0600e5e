// npm run bench [-- --scale national …]: with no flags, the few-minute benchmarks (Jest, then the
// browser); with --scale national, the national-scale HTTP benchmark (tools/bench/national).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (command, commandArgs, env = {}) => {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (args.includes('--scale')) {
  run('npx', ['ts-node', '-r', 'tsconfig-paths/register', 'tools/bench/national/bench-national.ts', ...args], {
    TS_NODE_TRANSPILE_ONLY: 'true',
    TS_NODE_PROJECT: 'tools/tsconfig.json',
  });
} else {
  run('npx', ['jest', '-c', 'apps/api/jest.bench.config.cts', '--runInBand', '--verbose=false']);
  run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=stream']);
  run('npx', ['jest', '-c', 'apps/web-e2e/jest.bench.config.cts', '--runInBand', '--verbose=false']);
}
