/**
 * Runs two statements as a benchmark user (or the owner) and says whether they return the same rows
 * in the same order: for checking a new plan against the old one on the national database.
 *   DATABASE_URL=… npx ts-node … tools/bench/national/same-rows-as.ts ceo|admin|owner @before.sql @after.sql [param …]
 */
import { readFileSync } from 'fs';
import { Client } from 'pg';
import { applyBenchScope } from './bench-scope';

const text = (arg: string) => (arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg);

async function main(): Promise<void> {
  const [who, first, second, ...params] = process.argv.slice(2);
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    if (who !== 'owner') await applyBenchScope(client, who === 'ceo' ? 'ceo' : 'admin');
    const [a, b] = [(await client.query(text(first), params)).rows, (await client.query(text(second), params)).rows];
    const same = JSON.stringify(a) === JSON.stringify(b);
    console.log(`${same ? 'same' : 'DIFFERENT'}: ${a.length} and ${b.length} rows`);
    if (!same) process.exitCode = 1;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
