import { badInput } from '@cg/api/core/graphql';
import { EntityManager } from 'typeorm';

/** Tables a write may point into; a fixed list, so the name is never client text. */
export type ReferencedTable = 'organisation' | 'person' | 'place' | 'project' | 'partnership' | 'outcome' | 'indicator';

/**
 * Refuses ids that name no record, with BAD_USER_INPUT on `field`, before anything is
 * written (the foreign keys would refuse them too, but without naming the field).
 */
export async function assertRecordsExist(
  manager: EntityManager,
  table: ReferencedTable,
  ids: readonly (string | null | undefined)[],
  field: string,
): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return;
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [wanted]);
  const found = new Set(rows.map((row) => row.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw badInput(field, `${field} names no ${table} with the id ${missing.join(', ')}.`);
  }
}

/** Today's date in the UK (Europe/London), as YYYY-MM-DD. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
