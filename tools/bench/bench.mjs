// npm run bench [-- --scale national … | --grants N]: with no flags, the few-minute benchmarks (Jest,
// then the browser); with --scale national, the national-scale HTTP benchmark (tools/bench/national);
// with --grants N, the 360Giving import of a generated file of N grants.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (command, commandArgs, env = {}) => {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const grants = args.indexOf('--grants');
if (grants >= 0) {
  // The 360Giving import alone, at the size asked for (npm run bench -- --grants 1000000).
  run('npx', ['jest', '-c', 'apps/api/jest.bench.config.cts', 'apps/api/bench/three-sixty-giving'], {
    GRANTS_360: args[grants + 1] ?? '1000000',
  });
} else if (args.includes('--scale')) {
  run('npx', ['ts-node', '-r', 'tsconfig-paths/register', 'tools/bench/national/bench-national.ts', ...args], {
    TS_NODE_TRANSPILE_ONLY: 'true',
    TS_NODE_PROJECT: 'tools/tsconfig.json',
  });
} else {
  run('npx', ['jest', '-c', 'apps/api/jest.bench.config.cts', '--runInBand', '--verbose=false']);
  run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=stream']);
  run('npx', ['jest', '-c', 'apps/web-e2e/jest.bench.config.cts', '--runInBand', '--verbose=false']);
}
