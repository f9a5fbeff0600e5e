import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { backupTables } from './backup-tables';

export const BACKUP_FORMAT = 'common-ground-backup/1';

/** What a backup says about itself, on its first line. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The migrations the database had run, in order: a restore runs exactly these before loading rows. */
  migrations: string[];
  tables: { table: string; columns: string[]; rows: number }[];
}

const BATCH = 2000;

/**
 * Writes every row of every table to a gzipped file of JSON lines, read in one REPEATABLE READ
 * snapshot so the backup is consistent while the API keeps serving. Rows go out as PostgreSQL
 * prints them (to_jsonb), never parsed by JavaScript, so numbers and dates come back exactly.
 * The file appears only when complete (written beside it, then renamed).
 */
export async function writeBackup(databaseUrl: string, file: string): Promise<BackupHeader> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(partial, { mode: 0o600 }));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (
      await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY "timestamp", id')
    ).rows.map((row) => row.name);
    const tables = await backupTables(client);
    const counted: BackupHeader['tables'] = [];
    for (const { table, columns } of tables) {
      const [{ rows }] = (await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM "${table}"`)).rows;
      counted.push({ table, columns, rows });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations,
      tables: counted,
    };
    await write(JSON.stringify(header));
    for (const { table, columns } of counted) {
      // A table's rows follow its marker line, an array; rows are objects, so the two never mix.
      await write(JSON.stringify(['table', table]));
      const list = columns.map((column) => `"${column}"`).join(', ');
      await client.query(
        `DECLARE rows_out NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM (SELECT ${list} FROM "${table}") t`,
      );
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${BATCH} FROM rows_out`);
        for (const { row } of rows) await write(row);
        if (rows.length < BATCH) break;
      }
      await client.query('CLOSE rows_out');
    }
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'finish');
    await rename(partial, file);
    return header;
  } catch (error) {
    gzip.destroy();
    throw error;
  } finally {
    await client.end();
  }
}
