import { EntityManager } from 'typeorm';
import { badInput } from '@cg/shared/domain';

/** Tables a write may point into; a fixed list, so the name is never client text. */
export type ReferencedTable = 'organisation' | 'person' | 'place' | 'project' | 'partnership' | 'outcome' | 'indicator';

/** The ids (deduplicated, in order) that name no row of `table`; one statement. */
async function missingIds(
  manager: EntityManager,
  table: ReferencedTable,
  ids: readonly (string | null | undefined)[],
): Promise<string[]> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return [];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [wanted]);
  const found = new Set(rows.map((row) => row.id));
  return wanted.filter((id) => !found.has(id));
}

/**
 * Refuses ids that name no record, with BAD_USER_INPUT on `field`, before anything is
 * written (the foreign keys would refuse them too, but without naming the field).
 * Message: "`field` names no `table` with the id …", listing every missing id.
 */
export async function assertRecordsExist(
  manager: EntityManager,
  table: ReferencedTable,
  ids: readonly (string | null | undefined)[],
  field: string,
): Promise<void> {
  const missing = await missingIds(manager, table, ids);
  if (missing.length > 0) throw badInput(field, `${field} names no ${table} with the id ${missing.join(', ')}.`);
}

/** As assertRecordsExist, with the message "No `what` has the id …" naming the first missing id. */
export async function checkIdsExist(
  manager: EntityManager,
  table: ReferencedTable,
  ids: readonly string[],
  field: string,
  what: string,
): Promise<void> {
  const [missing] = await missingIds(manager, table, ids);
  if (missing) throw badInput(field, `No ${what} has the id ${missing}.`);
}

/** Refuses with BAD_USER_INPUT on `field` when `to` falls before `from`. */
export function checkDateOrder(
  from: string | null | undefined,
  to: string | null | undefined,
  field: string,
  fromName: string,
): void {
  if (from && to && to < from) throw badInput(field, `${field} must be on or after ${fromName}.`);
}

/**
 * After an update, that the record's span (`from` to `to`) still runs forwards. The error names
 * the end when the update sent one, else the start: the field the user just moved.
 */
export function checkSpanAfterUpdate<K extends string>(
  saved: Record<K, string | null | undefined>,
  changes: Partial<Record<K, unknown>>,
  from: K,
  to: K,
): void {
  checkDateOrder(saved[from], saved[to], changes[to] !== undefined ? to : from, from);
}
