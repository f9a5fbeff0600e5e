/**
 * The request's tie statement by two versions, interleaved on one database: the current
 * SUBGRAPH_TIES_SQL against another read from a file (for example the previous commit's, written out
 * with `git show`), as a benchmark user under row-level security with the service's work_mem, for the
 * benchmark's county and region. Prints each run's wall time and its backend's CPU seconds
 * (/proc/<pid>/stat: the database must run on this machine), and checks both give the same rows.
 *   DATABASE_URL=… npx ts-node … tools/bench/national/tie-statement-ab.ts ceo|admin @before.sql [rounds] [county|region]
 */
import { SUBGRAPH_TIES_SQL } from '@cg/api/feature/network';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Client, Pool } from 'pg';
import { applyBenchScope } from './bench-scope';
import { findTargets } from './national-cases';

// The live organisations at home in or serving the place or a place inside it (as NODES_SQL, as the owner).
const MEMBERS = `SELECT array_agg(o.id ORDER BY lower(o.name), o.id) AS ids FROM organisation o
  WHERE o.archived_at IS NULL AND o.id IN (SELECT cg_organisations_at(ARRAY(SELECT inner_id FROM cg_places_inside(ARRAY[$1::uuid]))))`;

const cpuSeconds = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function main(): Promise<void> {
  const [who, beforeFile, roundsArg, onlyLevel] = process.argv.slice(2);
  const statements = { before: readFileSync(beforeFile.replace(/^@/, ''), 'utf8'), after: SUBGRAPH_TIES_SQL };
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  const targets = await findTargets(pool);
  const places = Object.entries({ county: targets.countyId, region: targets.regionId }).filter(
    ([level]) => !onlyLevel || level === onlyLevel,
  );
  const user = new Client({ connectionString: process.env.DATABASE_URL });
  await user.connect();
  try {
    await applyBenchScope(user, who === 'admin' ? 'admin' : 'ceo');
    // As the service runs it: work_mem 64 MB, and bounded (a killed run must not leave its statement running).
    await user.query("SET work_mem = '64MB'");
    await user.query("SET statement_timeout = '120s'");
    const pid = (await user.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    for (let round = 1; round <= Number(roundsArg ?? 2); round++) {
      for (const [level, place] of places) {
        const members = (await pool.query(MEMBERS, [place])).rows[0].ids as string[];
        const digests: string[] = [];
        const order = round % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const);
        for (const version of order) {
          const cpu = cpuSeconds(pid);
          const started = performance.now();
          const { rows } = await user.query(statements[version], [members, null, null, null, null]);
          const wall = performance.now() - started;
          const used = cpuSeconds(pid) - cpu;
          digests.push(
            rows
              .map((r) => JSON.stringify(r))
              .sort()
              .join('\n'),
          );
          const load = loadavg()
            .map((x) => x.toFixed(1))
            .join(' ');
          console.log(
            `round ${round} ${level} ${version}: ${rows.length} ties, ${used.toFixed(2)} s backend CPU, ${(wall / 1000).toFixed(1)} s wall (load ${load})`,
          );
        }
        if (digests[0] !== digests[1]) throw new Error(`${level}: the two statements give different rows`);
      }
    }
  } finally {
    await Promise.all([user.end(), pool.end()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
