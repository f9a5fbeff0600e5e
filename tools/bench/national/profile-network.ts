/**
 * Where a cold network's time goes, stage by stage: the organisations, the tie records (as a
 * benchmark user under row-level security, and as the table owner for comparison) and the
 * measuring, on the county and region the national benchmark uses.
 *   DATABASE_URL=… npx ts-node … tools/bench/national/profile-network.ts [admin|ceo] [county|region]
 */
import {
  computeNetworkFromColumns,
  loadNetworkRows,
  TIE_KINDS,
  tieBuffers,
  NODES_SQL,
  normalize,
  RunQuery,
  SUBGRAPH_TIES_SQL,
} from '@cg/api/feature/network';
import { Client } from 'pg';
import { applyBenchScope } from './bench-scope';
import { ensureBenchUsers } from './bench-users';
import { findTargets } from './national-cases';

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(
    `${label.padEnd(44)} ${Math.round(performance.now() - started)
      .toLocaleString('en-GB')
      .padStart(8)} ms`,
  );
  return result;
}

async function main(): Promise<void> {
  const who = process.argv[2] === 'admin' ? 'admin' : 'ceo';
  const level = process.argv[3] === 'region' ? 'region' : 'county';
  const owner = new Client({ connectionString: process.env.DATABASE_URL });
  const user = new Client({ connectionString: process.env.DATABASE_URL });
  await Promise.all([owner.connect(), user.connect()]);
  try {
    await ensureBenchUsers(owner as never);
    const targets = await findTargets(owner as never);
    await applyBenchScope(user, who);
    const filter = normalize({ withinPlace: level === 'region' ? targets.regionId : targets.countyId });
    const runner =
      (client: Client): RunQuery =>
      async <T>(sql: string, params: unknown[]) =>
        (await client.query(sql, params)).rows as T[];
    console.log(`Network of the ${level} ${filter.withinPlace}, as the ${who}:`);
    const rows = await timed(`load as ${who} (row-level security)`, () => loadNetworkRows(runner(user), filter));
    if (process.env['PROFILE_STATEMENTS']) {
      const ids = rows.nodes.map((n) => n.id);
      for (const [label, client] of [
        [who, user],
        ['owner', owner],
      ] as const) {
        await timed(`  organisations, as ${label}`, () =>
          client.query(NODES_SQL, [filter.withinPlace, null, null, null, null]),
        );
        await timed(`  tie records, as ${label}`, () => client.query(SUBGRAPH_TIES_SQL, [ids, null, null, null, null]));
      }
    }
    console.log(
      `  ${rows.nodes.length.toLocaleString('en-GB')} organisations, ${rows.ties.a.length.toLocaleString('en-GB')} tie records`,
    );
    await timed('load as the table owner', () => loadNetworkRows(runner(owner), filter));
    // What handing the ties to the worker costs: the tie objects with uuid ends, as sent before
    // issue #13's columns, against the columns transferred (a copy of them, so the rows stay usable).
    const { a, b, kind, weight, trust, value } = rows.ties;
    const objects = Array.from(a, (_, i) => ({
      a: rows.nodes[a[i]].id,
      b: rows.nodes[b[i]].id,
      kind: TIE_KINDS[kind[i]],
      weight: weight[i],
      trust: Number.isNaN(trust[i]) ? null : trust[i],
      value: Number.isNaN(value[i]) ? null : value[i],
    }));
    await timed('  to the worker: tie objects, cloned', () => structuredClone(objects).length);
    const columns = {
      a: a.slice(),
      b: b.slice(),
      kind: kind.slice(),
      weight: weight.slice(),
      trust: trust.slice(),
      value: value.slice(),
    };
    await timed(
      '  to the worker: tie columns, transferred',
      () => structuredClone(columns, { transfer: tieBuffers(columns) }).a.length,
    );
    const computed = await timed('measure (in this thread)', () => computeNetworkFromColumns(rows.nodes, rows.ties));
    const { summary } = computed.network;
    console.log(
      `  ${summary.edgeCount.toLocaleString('en-GB')} tied pairs, betweenness from ${summary.betweennessSources} sources`,
    );
    await timed('serialise the answer (JSON)', () => JSON.stringify(computed.network).length);
  } finally {
    await Promise.all([owner.end(), user.end()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
