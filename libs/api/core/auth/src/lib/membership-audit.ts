import { AuditLogEntity, FieldChanges } from '@cg/api/core/database';
import { AuditAction } from '@cg/shared/domain';
import { EntityManager } from 'typeorm';

/**
 * Who may act for an organisation is part of its history: invitations, joining, role changes and
 * removals are audited like records, readable by the organisation's admins.
 */
export function auditAccess(
  m: EntityManager,
  entry: {
    actorId: string | null;
    organisationId: string;
    recordType: 'organisation_member' | 'invitation';
    recordId: string;
    action: AuditAction;
    changes: FieldChanges;
  },
): Promise<unknown> {
  return m.save(AuditLogEntity, {
    actorId: entry.actorId,
    ownerOrganisationId: entry.organisationId,
    recordType: entry.recordType,
    recordId: entry.recordId,
    action: entry.action,
    changes: entry.changes,
  });
}
