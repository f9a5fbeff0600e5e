import { Client } from 'pg';

/** TypeORM's own bookkeeping: a restore makes it by running the migrations, so it is not copied. */
export const BOOKKEEPING_TABLES = ['migrations', 'typeorm_metadata'];

export interface TableColumns {
  table: string;
  /** Stored columns only; generated ones are computed again on restore. */
  columns: string[];
}

/** Every table of the schema with its stored columns, in a stable order. */
export async function backupTables(client: Client): Promise<TableColumns[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($1))
      GROUP BY c.relname ORDER BY c.relname`,
    [BOOKKEEPING_TABLES],
  );
  return rows;
}

/** Row count and a checksum of every row of every table: equal figures, equal contents. */
export async function tableFingerprints(client: Client): Promise<Record<string, { rows: number; checksum: string }>> {
  const fingerprints: Record<string, { rows: number; checksum: string }> = {};
  for (const { table, columns } of await backupTables(client)) {
    const list = columns.map((column) => `"${column}"`).join(', ');
    const { rows } = await client.query<{ rows: number; checksum: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(row_text, E'\\n' ORDER BY row_text)) AS checksum
         FROM (SELECT to_jsonb(t)::text AS row_text FROM (SELECT ${list} FROM "${table}") t) rows`,
    );
    fingerprints[table] = { rows: rows[0].rows, checksum: rows[0].checksum ?? 'empty' };
  }
  return fingerprints;
}
