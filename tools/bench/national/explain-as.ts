/**
 * EXPLAIN ANALYZE of one statement as a request would run it: role cg_request with the access
 * scope of a benchmark user (the settings enforce-row-access.ts applies), or as the table owner.
 *   DATABASE_URL=… npx ts-node … tools/bench/national/explain-as.ts ceo|admin|owner "SELECT …" [param …] (NULL for null,
 *   @file for a value read from a file: an array of thousands of ids is past the shell's limit)
 */
import { readFileSync } from 'fs';
import { Client } from 'pg';
import { applyBenchScope } from './bench-scope';

async function main(): Promise<void> {
  const [who, sql, ...params] = process.argv.slice(2);
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    if (who !== 'owner') await applyBenchScope(client, who === 'ceo' ? 'ceo' : 'admin');
    // The word NULL passes a null parameter, @path the contents of a file.
    const values = params.map((param) => (param === 'NULL' ? null : param.startsWith('@') ? readFileSync(param.slice(1), 'utf8').trim() : param));
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
