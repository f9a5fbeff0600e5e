import { FieldChanges } from '../../entities/audit-log.entity';
import { EntityManager } from 'typeorm';

/** A plain many-to-many link table seen from one side. Names are fixed in code, never client text. */
export interface LinkTable {
  table: string;
  ownerColumn: string;
  otherColumn: string;
  /** The input field that sets it, for the audit log: `organisationIds`. */
  field: string;
}

/**
 * Makes the record's links exactly `ids` (deduplicated) and reports the change for the audit
 * log, or nothing when the set is unchanged. Rows that stay are left alone. Called by
 * ChildRows, inside the record's write.
 */
export async function replaceLinks(manager: EntityManager, link: LinkTable, recordId: string, ids: readonly string[]): Promise<FieldChanges> {
  const rows: Record<string, string>[] = await manager.query(
    `SELECT ${link.otherColumn} AS id FROM ${link.table} WHERE ${link.ownerColumn} = $1 ORDER BY ${link.otherColumn}`,
    [recordId],
  );
  const before = rows.map((row) => row['id']);
  const after = [...new Set(ids)].sort();
  if (before.length === after.length && before.every((id, index) => id === after[index])) return {};
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = $1 AND NOT (${link.otherColumn} = ANY($2::uuid[]))`, [
    recordId,
    after,
  ]);
  await manager.query(
    `INSERT INTO ${link.table} (${link.ownerColumn}, ${link.otherColumn}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [recordId, after],
  );
  return { [link.field]: { before, after } };
}
