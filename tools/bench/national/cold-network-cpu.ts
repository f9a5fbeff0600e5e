/**
 * What a cold network costs in CPU seconds, beside its wall time. On a machine shared with other
 * work the wall time of the same network varies 2-3× between runs; the CPU the API process (with
 * its network worker) and the database server spend on it does not, and on an idle machine the
 * wall time comes close to it (the stages run one after another). Starts the built API on the
 * database, signs in the benchmark user, asks for the network of the benchmark's county or region
 * until it is no longer `updating`, and reads /proc before and after (Linux only).
 *   DATABASE_URL=… npx ts-node … tools/bench/national/cold-network-cpu.ts <api main.js> <postgres data dir> admin|ceo county|region…
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ensureBenchUsers, signIn } from './bench-users';
import { findTargets } from './national-cases';
import { startApi } from './start-api';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** A process's fields after its name: state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14]. */
function statOf(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const own = (fields: string[] | null) => (fields ? (Number(fields[11]) + Number(fields[12])) / TICKS : 0);

/** CPU seconds of the database server: the postmaster, its live backends, and those that have exited (reaped into its cutime). */
function postgresCpu(postmaster: number): number {
  const main = statOf(postmaster);
  let total = own(main) + (main ? (Number(main[13]) + Number(main[14])) / TICKS : 0);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statOf(Number(entry));
    if (fields && Number(fields[1]) === postmaster) total += own(fields);
  }
  return total;
}

const QUERY = `query($place: ID!) { network(filter: { withinPlace: $place }) { updating summary { nodeCount edgeCount } } }`;

async function main(): Promise<void> {
  const [script, dataDir, ...cases] = process.argv.slice(2);
  const databaseUrl = process.env.DATABASE_URL as string;
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const { url, child } = await startApi(script, databaseUrl);
  try {
    const users = await ensureBenchUsers(pool);
    const targets = await findTargets(pool);
    for (const wanted of cases) {
      const [who, level] = wanted.split(':');
      const user = users.find((u) => u.label.includes(who === 'ceo' ? 'CEO' : 'admin')) as (typeof users)[number];
      const cookie = await signIn(url, user.email);
      const place = level === 'region' ? targets.regionId : targets.countyId;
      const ask = async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: QUERY, variables: { place } }),
        });
        const body = (await response.json()) as {
          data: { network: { updating: boolean; summary: { nodeCount: number; edgeCount: number } } };
        };
        return body.data.network;
      };
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const [apiBefore, pgBefore, started] = [
        own(statOf(child.pid as number)),
        postgresCpu(postmaster),
        performance.now(),
      ];
      let network = await ask();
      while (network.updating) network = await ask();
      const wall = (performance.now() - started) / 1000;
      const api = own(statOf(child.pid as number)) - apiBefore;
      const db = postgresCpu(postmaster) - pgBefore;
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      console.log(
        `${who} ${level}: ${network.summary.nodeCount} organisations, ${network.summary.edgeCount} tied pairs; ` +
          `wall ${wall.toFixed(1)} s, CPU ${(api + db).toFixed(1)} s (API ${api.toFixed(1)} s, PostgreSQL ${db.toFixed(1)} s); load ${load}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
