/**
 * Starts the embedded PostgreSQL of a seeded data directory and keeps it running until Ctrl-C,
 * printing its URL: for running several API builds, ../shared/perf and psql against one database.
 *   TS_NODE_TRANSPILE_ONLY=true TS_NODE_PROJECT=tools/tsconfig.json npx ts-node -r tsconfig-paths/register \
 *     tools/bench/national/serve-db.ts [.data/national]
 */
import { startEmbeddedPostgres } from '@cg/api/core/database';
import { resolve } from 'node:path';

async function main(): Promise<void> {
  const postgres = await startEmbeddedPostgres(resolve(process.argv[2] ?? '.data/national'));
  console.log(`DATABASE_URL=${postgres.url}`);
  const stop = () => void postgres.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
