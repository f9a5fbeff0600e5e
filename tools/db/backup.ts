/**
 * npm run backup -- [file] [--data-dir .data]
 *
 * Writes a consistent backup of every table (gzipped JSON lines, see write-backup.ts) while
 * the API may keep serving, from DATABASE_URL or the embedded cluster in --data-dir. The file
 * defaults to backups/common-ground-<time>.cgbackup.gz. docs/operations.md says more.
 */
import { writeBackup } from '@cg/api/core/database';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { databaseForTool, parseToolArgs } from './database-for-tool';

async function main(): Promise<void> {
  const { flags, positional } = parseToolArgs(process.argv.slice(2));
  const file = resolve(
    positional[0] ?? `backups/common-ground-${new Date().toISOString().replace(/[:.]/g, '-')}.cgbackup.gz`,
  );
  await mkdir(dirname(file), { recursive: true });
  const database = await databaseForTool(flags['data-dir']);
  try {
    const header = await writeBackup(database.url, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Backed up ${rows} rows from ${header.tables.length} tables (schema at ${header.migrations.at(-1)}) to ${file}`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
