/**
 * npm run restore -- <file> [--data-dir .data]
 *
 * Restores a backup from `npm run backup` into an empty database (DATABASE_URL's, or a new
 * embedded cluster in --data-dir) and upgrades it to this version's schema. All or nothing:
 * a failed restore leaves no rows. docs/operations.md says more.
 */
import { restoreBackup } from '@cg/api/core/database';
import { resolve } from 'node:path';
import { databaseForTool, parseToolArgs } from './database-for-tool';

async function main(): Promise<void> {
  const { flags, positional } = parseToolArgs(process.argv.slice(2));
  if (!positional[0])
    throw new Error('say which backup file to restore: npm run restore -- backups/<file>.cgbackup.gz');
  const database = await databaseForTool(flags['data-dir']);
  try {
    const header = await restoreBackup(database.url, resolve(positional[0]), (line) => console.log(line));
    console.log(`Restored the backup made at ${header.createdAt}.`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`The restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
