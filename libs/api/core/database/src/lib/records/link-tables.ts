import { FieldChanges } from '../../entities/audit-log.entity';
import { Actor } from './record-writer';
import { AuditAction } from '@cg/shared/domain';
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
 * Makes the record's links exactly `ids` (deduplicated) and reports the change for the
 * audit log, or nothing when the set is unchanged. Run inside the record's transaction.
 */
export async function replaceLinks(manager: EntityManager, link: LinkTable, recordId: string, ids: readonly string[]): Promise<FieldChanges> {
  const rows: Record<string, string>[] = await manager.query(
    `SELECT ${link.otherColumn} AS id FROM ${link.table} WHERE ${link.ownerColumn} = $1 ORDER BY ${link.otherColumn}`,
    [recordId],
  );
  const before = rows.map((row) => row['id']);
  const after = [...new Set(ids)].sort();
  if (before.length === after.length && before.every((id, index) => id === after[index])) return {};
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = $1`, [recordId]);
  if (after.length > 0) {
    await manager.query(
      `INSERT INTO ${link.table} (${link.ownerColumn}, ${link.otherColumn}) SELECT $1, unnest($2::uuid[])`,
      [recordId, after],
    );
  }
  return { [link.field]: { before, after } };
}

/**
 * After links changed: one audit row (UPDATE, or CREATE beside the record's own CREATE row) for them and, if no column changed (so the
 * writer did not bump it), a new version, so other editors see the record moved on.
 */
export async function recordLinkChanges(
  manager: EntityManager,
  table: string,
  recordId: string,
  versionBumped: boolean,
  changes: FieldChanges,
  actor: Actor,
  action: AuditAction = AuditAction.UPDATE,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  if (!versionBumped) {
    await manager.query(`UPDATE ${table} SET version = version + 1, updated_at = now() WHERE id = $1`, [recordId]);
  }
  // The audit row names the record's owner, read in the same statement.
  await manager.query(
    `INSERT INTO audit_log (actor_id, owner_organisation_id, record_type, record_id, action, changes)
     SELECT $1, owner_organisation_id, $2, id, $3, $4::jsonb FROM ${table} WHERE id = $5`,
    [actor.userId, table, action, JSON.stringify(changes), recordId],
  );
}
