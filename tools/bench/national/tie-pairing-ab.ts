/**
 * The subgraph pairing by two of its bodies, on one database in one run: swaps the body of
 * cg_subgraph_tie_positions between them (by default the table one, migration NetworkTieSource, and
 * the one index pass, migration TiePairingOneIndexPass; `scan` is the one before the tie table,
 * `weights` the current one, migration TieWeights) and times the function alone, as the owner, for
 * the benchmark's county and region, interleaved, checking that all return the same rows (the
 * columns they share). Leaves the current body (`weights`, or the one named by --leave) in place
 * for the HTTP benchmark; only `weights` serves the current build (the others lack the figures).
 *   DATABASE_URL=… npx ts-node … tools/bench/national/tie-pairing-ab.ts [rounds] [--bodies table,pass] [--leave scan|table|pass|weights]
 */
import {
  replaceTiePositions,
  TIE_POSITIONS_BY_INDEX_PASS,
  TIE_POSITIONS_BY_SCAN,
  TIE_POSITIONS_BY_TABLE,
  TIE_POSITIONS_WITH_WEIGHTS,
} from '@cg/api/core/database';
import { loadavg } from 'node:os';
import { Client, Pool } from 'pg';
import { findTargets } from './national-cases';

const BODIES = {
  scan: TIE_POSITIONS_BY_SCAN.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'),
  table: TIE_POSITIONS_BY_TABLE,
  pass: TIE_POSITIONS_BY_INDEX_PASS,
  weights: TIE_POSITIONS_WITH_WEIGHTS,
};
type Body = keyof typeof BODIES;

// The live organisations at home in or serving the place or a place inside it (as NODES_SQL, as the owner).
const PAIRING_COLUMNS = 'tie_kind, a, b, record_id, group_id, a_link, b_link, b_link_kind';

// The bodies differ in their row type, so each swap drops the function and makes it again.
const swapTo = (client: Client, body: Body) =>
  replaceTiePositions({ query: (sql: string) => client.query(sql) } as never, BODIES[body]);

const MEMBERS = `SELECT array_agg(o.id ORDER BY lower(o.name), o.id) AS ids FROM organisation o
  WHERE o.archived_at IS NULL AND o.id IN (SELECT cg_organisations_at(ARRAY(SELECT inner_id FROM cg_places_inside(ARRAY[$1::uuid]))))`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const leaveAt = args.indexOf('--leave');
  const leave = (leaveAt >= 0 ? args[leaveAt + 1] : 'weights') as Body;
  const bodiesAt = args.indexOf('--bodies');
  const bodies = (bodiesAt >= 0 ? args[bodiesAt + 1] : 'table,pass').split(',') as Body[];
  const rounds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 2);
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    const targets = await findTargets(pool);
    await pool.end();
    const places = { county: targets.countyId, region: targets.regionId };
    for (let round = 1; round <= rounds; round++) {
      for (const [level, place] of Object.entries(places)) {
        const members = (await client.query(MEMBERS, [place])).rows[0].ids as string[];
        const seen: Record<string, string> = {};
        for (const body of bodies) {
          await swapTo(client, body);
          const started = process.hrtime.bigint();
          const { rows } = await client.query(
            'SELECT count(*)::int AS ties FROM cg_subgraph_tie_positions($1::uuid[], NULL, NULL)',
            [members],
          );
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const digest = await client.query(
            `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest
               FROM (SELECT ${PAIRING_COLUMNS} FROM cg_subgraph_tie_positions($1::uuid[], NULL, NULL)) t`,
            [members],
          );
          seen[body] = digest.rows[0].digest;
          const load = loadavg()
            .map((x) => x.toFixed(1))
            .join(' ');
          console.log(
            `round ${round} ${level} (${members.length} organisations) by ${body}: ${rows[0].ties} ties in ${ms.toFixed(0)} ms (load ${load})`,
          );
        }
        if (new Set(Object.values(seen)).size > 1) throw new Error(`${level}: the pairings differ`);
      }
    }
  } finally {
    await swapTo(client, leave);
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
