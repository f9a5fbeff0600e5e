import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { migrations as allMigrations } from '../../migrations';
import { typeOrmOptions } from '../typeorm-options';
import { BOOKKEEPING_TABLES } from './backup-tables';
import { BACKUP_FORMAT, BackupHeader } from './write-backup';

const BATCH = 500;

type MigrationClass = new () => MigrationInterface;

/**
 * Restores a backup into an empty database and brings it up to today's schema: first the
 * migrations the backup was made with, then its rows (in one transaction, with triggers and
 * foreign keys held off while tables fill in any order; each count is checked), then every
 * later migration, as an upgrade would. All or nothing: a failure leaves no rows behind.
 */
export async function restoreBackup(
  databaseUrl: string,
  file: string,
  log: (line: string) => void = () => undefined,
): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = JSON.parse(first.value ?? '{}') as BackupHeader;
  if (header.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Common Ground backup (${BACKUP_FORMAT}).`);

  await migrate(databaseUrl, migrationsUpTo(header.migrations));
  log(`Schema made with the backup's ${header.migrations.length} migrations.`);

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await refuseIfNotEmpty(client);
    // Rows are loaded as they were: no triggers (audit, write gate) and no foreign-key order.
    await client.query(`SET LOCAL session_replication_role = replica`);
    const columnsOf = new Map(header.tables.map((table) => [table.table, table.columns]));
    const loaded = new Map<string, number>();
    let table = '';
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const list = (columnsOf.get(table) ?? []).map((column) => `"${column}"`).join(', ');
      await client.query(
        `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(null::"${table}", $1::jsonb)`,
        [`[${batch.join(',')}]`],
      );
      loaded.set(table, (loaded.get(table) ?? 0) + batch.length);
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.startsWith('[')) {
        await flush();
        table = (JSON.parse(line) as [string, string])[1];
        if (!columnsOf.has(table)) throw new Error(`The backup has rows for ${table}, which its header does not list.`);
      } else if (line.length > 0) {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    for (const { table: name, rows } of header.tables) {
      if ((loaded.get(name) ?? 0) !== rows)
        throw new Error(
          `The backup is incomplete: ${name} should have ${rows} rows, ${loaded.get(name) ?? 0} were read.`,
        );
    }
    await resetIdentities(client);
    await client.query('COMMIT');
    log(`Loaded ${[...loaded.values()].reduce((a, b) => a + b, 0)} rows into ${header.tables.length} tables.`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  await migrate(databaseUrl, allMigrations as MigrationClass[]);
  log(`Upgraded to today's schema (${allMigrations.length} migrations).`);
  return header;
}

/** The migrations the backup names, which this version must all know. */
function migrationsUpTo(names: string[]): MigrationClass[] {
  const known = new Map((allMigrations as MigrationClass[]).map((migration) => [migration.name, migration]));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `The backup was made by a newer Common Ground (it has migrations ${unknown.join(', ')}); restore it with that version or later.`,
    );
  }
  return names.map((name) => known.get(name) as MigrationClass);
}

async function migrate(databaseUrl: string, migrations: MigrationClass[]): Promise<void> {
  const dataSource = new DataSource({ ...typeOrmOptions(databaseUrl), migrations });
  await dataSource.initialize(); // runs them (migrationsRun)
  await dataSource.destroy();
}

async function refuseIfNotEmpty(client: Client): Promise<void> {
  // Every table is looked at, not only those the statistics count rows in: statistics lag behind
  // rows just written, and a restore over them would fail on a duplicate key instead of saying why.
  const { rows } = await client.query<{ table: string }>(
    `SELECT tablename AS table FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY tablename`,
    [BOOKKEEPING_TABLES],
  );
  for (const { table } of rows) {
    const { rows: any } = await client.query(`SELECT 1 FROM "${table}" LIMIT 1`);
    if (any.length > 0)
      throw new Error(`The database already holds data (in ${table}); restore into an empty database.`);
  }
}

/** Identity columns carry on after the highest restored value, so new rows do not collide. */
async function resetIdentities(client: Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      WHERE a.attidentity <> '' AND NOT a.attisdropped`,
  );
  for (const { table, column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max("${column}") FROM "${table}"), 0) + 1, false)`,
      [`"${table}"`, column],
    );
  }
}
