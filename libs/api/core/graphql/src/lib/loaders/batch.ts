import { lightMany } from '@cg/api/core/database';
import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { andWhereGrouped, SqlParams } from '../sql/sql-params';

/**
 * Rows lined up with the keys a DataLoader asked for, null where none matched
 * (DataLoader requires one answer per key, in key order). Keys compare with Map
 * equality, so use strings or numbers.
 */
export function orderByKeys<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** For one-to-many loads: each key's rows, in the order the rows came, [] where none. */
export function groupedBatch<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Loads records by id in one statement and answers in key order. Pass a repository, or a
 * query builder already narrowed (e.g. to what the user may see) whose main alias has an
 * `id` column.
 */
export async function byIdBatch<T extends ObjectLiteral & { id: string }>(
  source: Repository<T> | SelectQueryBuilder<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const qb = source instanceof Repository ? source.createQueryBuilder('record') : source.clone();
  const params = SqlParams.for(qb, 'ids');
  andWhereGrouped(qb, `${qb.alias}.id = ANY(${params.bind([...ids])})`, params.values);
  const rows = await lightMany(qb);
  return orderByKeys(ids, rows, (row) => row.id);
}
