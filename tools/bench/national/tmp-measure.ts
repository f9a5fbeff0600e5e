import { loadNetworkRows, normalize } from '@cg/api/feature/network';
import { Client } from 'pg';
import { betweennessScores, communities, eigenvectorScores, graphFromPairs, toAdjacency } from '../../../libs/api/feature/network/src/lib/graph-measures';
import { computeNetwork } from '../../../libs/api/feature/network/src/lib/network.compute';
import { findTargets } from './national-cases';
const t0 = () => performance.now();
async function main() {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const t = await findTargets(c as never);
  let s = t0();
  const rows = await loadNetworkRows(async (sql, p) => (await c.query(sql, p)).rows, normalize({ withinPlace: process.argv[2] === 'region' ? t.regionId : t.countyId }));
  console.log('load as owner', Math.round(t0() - s), rows.nodes.length, rows.ties.length);
  await c.end();
  for (let round = 0; round < 2; round++) {
    s = t0(); const computed = computeNetwork(rows.nodes, rows.ties); console.log('computeNetwork', Math.round(t0() - s));
    const n = rows.nodes; const pos = new Map(n.map((x, i) => [x.id, i]));
    const seen = new Set<number>(); const src: number[] = []; const tgt: number[] = [];
    for (const tie of rows.ties) { const a = pos.get(tie.a)!, b = pos.get(tie.b)!; if (a === b) continue; const lo = Math.min(a, b), hi = Math.max(a, b); const k = lo * n.length + hi; if (!seen.has(k)) { seen.add(k); src.push(lo); tgt.push(hi); } }
    s = t0(); const g = graphFromPairs(n, src, tgt); console.log(' graphFromPairs', Math.round(t0() - s));
    s = t0(); const adj = toAdjacency(g); console.log(' toAdjacency', Math.round(t0() - s));
    s = t0(); betweennessScores(adj, { samples: computed.network.summary.betweennessSources }); console.log(' betweenness', computed.network.summary.betweennessSources, Math.round(t0() - s));
    s = t0(); eigenvectorScores(adj); console.log(' eigenvector', Math.round(t0() - s));
    s = t0(); communities(g); console.log(' communities', Math.round(t0() - s));
  }
}
main();
