import { DataSource } from 'typeorm';
import { isNetworkStream, NetworkStream } from './generate-network';
import { DemoNetwork, NetworkCounts, TABLES, TableSpec } from './tables';

/** Rows per INSERT: one statement per table per batch, each column sent as one array parameter. */
const BATCH = 10_000;

export interface LoadProgress {
  /** The table just written to. */
  table: string;
  /** Rows written to that table so far. */
  tableRows: number;
  /** Rows written to all tables so far. */
  totalRows: number;
  elapsedMs: number;
}

export interface LoadResult {
  /** Rows written per table, in load order. */
  counts: NetworkCounts;
  totalRows: number;
  elapsedMs: number;
}

/**
 * Writes a generated network in one transaction, table by table in foreign-key
 * order, with batched `INSERT ... SELECT FROM unnest(...)`: a failed load leaves
 * nothing behind. Give it a `streamNetwork(...)` rather than a whole network to
 * load national-scale networks without holding them in memory.
 */
export async function loadNetwork(
  dataSource: DataSource,
  network: DemoNetwork | NetworkStream,
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadResult> {
  const started = Date.now();
  const counts: NetworkCounts = Object.fromEntries(TABLES.map((spec) => [spec.table, 0]));
  let totalRows = 0;

  await dataSource.transaction(async (manager) => {
    // One INSERT in flight while the next batch (or chunk of the network) is built:
    // PostgreSQL and the generator then work side by side.
    let inFlight: Promise<unknown> = Promise.resolve();
    const send = async (spec: TableSpec, rows: readonly object[]) => {
      const sql = insertSql(spec);
      const parameters = insertParameters(spec, rows);
      await inFlight;
      const query = manager.query(sql, parameters).then(() => {
        counts[spec.table] += rows.length;
        totalRows += rows.length;
        onProgress?.({ table: spec.table, tableRows: counts[spec.table], totalRows, elapsedMs: Date.now() - started });
      });
      query.catch(() => undefined); // awaited (and so reported) by the next send or at the end
      inFlight = query;
      await new Promise((resolve) => setImmediate(resolve)); // let the query reach the server
    };
    const write = async (buffer: DemoNetwork) => {
      for (const spec of TABLES) {
        const rows = buffer[spec.key] as readonly object[];
        for (let start = 0; start < rows.length; start += BATCH) await send(spec, rows.slice(start, start + BATCH));
      }
    };

    if (isNetworkStream(network)) {
      for (const _chunk of network.chunks()) {
        await write(network.buffer);
        network.drain(); // the rows in flight are already serialised into parameters
      }
      await write(network.buffer);
      network.drain();
    } else {
      await write(network);
    }
    await inFlight;
  });
  return { counts, totalRows, elapsedMs: Date.now() - started };
}

const sqlCache = new Map<string, string>();

/** INSERT INTO t (a, b, themes) SELECT u.c0, u.c1, u.c2::text[] FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(c0, c1, c2) */
export function insertSql(spec: TableSpec): string {
  let sql = sqlCache.get(spec.table);
  if (sql) return sql;
  const columns = spec.columns.map((column) => `"${column.name}"`).join(', ');
  const selects = spec.columns
    .map((column, i) => (column.array ? `u.c${i}::${column.type}[]` : column.json ? `u.c${i}::jsonb` : `u.c${i}`))
    .join(', ');
  const parameters = spec.columns.map((column, i) => `$${i + 1}::${column.array || column.json ? 'text' : column.type}[]`).join(', ');
  const aliases = spec.columns.map((_, i) => `c${i}`).join(', ');
  sql = `INSERT INTO "${spec.table}" (${columns}) SELECT ${selects} FROM unnest(${parameters}) AS u(${aliases})`;
  sqlCache.set(spec.table, sql);
  return sql;
}

/** One PostgreSQL array literal per column, built here rather than by the driver: it is the hot path. */
export function insertParameters(spec: TableSpec, rows: readonly object[]): string[] {
  return spec.columns.map((column) => {
    const parts = new Array<string>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const value = (rows[r] as Record<string, unknown>)[column.field];
      if (value === null || value === undefined) parts[r] = 'NULL';
      else if (column.array) parts[r] = quote(arrayLiteral(value as readonly unknown[]));
      else if (column.json) parts[r] = quote(JSON.stringify(value));
      else if (typeof value === 'number' || typeof value === 'boolean') parts[r] = String(value);
      else parts[r] = quote(String(value));
    }
    return `{${parts.join(',')}}`;
  });
}

function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : quote(String(value)))).join(',')}}`;
}

function quote(text: string): string {
  return /["\\]/.test(text) ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${text}"`;
}
