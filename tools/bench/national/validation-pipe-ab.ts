/**
 * The global validation pipe's CPU for one directory request's arguments, this checkout's pipe
 * against an earlier one, in one process, interleaved round by round (issue #13, docs/performance.md
 * "Seventh round: the top-level resolvers' pipeline"). The earlier pipe is a copy of its
 * `validation.ts` beside the current one, so its imports resolve:
 *
 *   git show <commit>:libs/api/core/graphql/src/lib/validation.ts > libs/api/core/graphql/src/lib/validation-before.tmp.ts
 *   TS_NODE_TRANSPILE_ONLY=true TS_NODE_PROJECT=tools/tsconfig.json npx ts-node -r tsconfig-paths/register \
 *     tools/bench/national/validation-pipe-ab.ts ../../../libs/api/core/graphql/src/lib/validation-before.tmp
 *
 * Each call is what Nest hands the pipe for `organisations(first: 50)` (and with a sector filter):
 * the whole arguments as ConnectionArgs, then the filter as OrganisationFilter.
 */
import 'reflect-metadata';
import { ArgumentMetadata } from '@nestjs/common';
import { ConnectionArgs, createValidationPipe } from '@cg/api/core/graphql';
import { OrganisationFilter } from '@cg/api/feature/organisations';

type Pipe = { transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> };

const page: ArgumentMetadata = { type: 'query', metatype: ConnectionArgs, data: undefined };
const filter: ArgumentMetadata = { type: 'query', metatype: OrganisationFilter, data: 'filter' };
const READS: [string, (pipe: Pipe) => Promise<void>][] = [
  [
    'directory, 50 by name',
    async (pipe) => {
      await pipe.transform({ first: 50 }, page);
      await pipe.transform(undefined, filter);
    },
  ],
  [
    'directory, 50 in a sector',
    async (pipe) => {
      const sector = { sector: { eq: 'VOLUNTARY_AND_COMMUNITY' } };
      await pipe.transform({ first: 50, filter: sector }, page);
      await pipe.transform(sector, filter);
    },
  ],
];

async function main(): Promise<void> {
  const earlier = (await import(process.argv[2])) as { createValidationPipe: () => Pipe };
  const builds: [string, () => Pipe][] = [
    ['before', earlier.createValidationPipe],
    ['after', createValidationPipe],
  ];
  const N = Number(process.env.N ?? 20000);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, read] of READS) {
    const rounds = new Map<string, number[]>(builds.map(([build]) => [build, []]));
    for (let round = 0; round < Number(process.env.ROUNDS ?? 6); round++) {
      for (const [build, make] of round % 2 ? [...builds].reverse() : builds) {
        const pipe = make();
        for (let i = 0; i < 2000; i++) await read(pipe);
        const start = process.cpuUsage();
        for (let i = 0; i < N; i++) await read(pipe);
        const used = process.cpuUsage(start);
        rounds.get(build)?.push((used.user + used.system) / N);
      }
    }
    for (const [build, micros] of rounds) {
      console.log(`${name}\t${build}\tµs per request: ${micros.map((m) => m.toFixed(1)).join(', ')} (median ${median(micros).toFixed(1)})`);
    }
  }
}

void main();
