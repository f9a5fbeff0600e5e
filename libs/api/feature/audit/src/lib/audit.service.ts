import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionUser } from '@cg/api/core/auth';
import { AuditLogEntity } from '@cg/api/core/database';
import {
  applyFilter,
  ConnectionArgs,
  ConnectionOf,
  FilterFieldMap,
  paginate,
  SortDirection,
  SortInputValue,
  toSortSpecs,
} from '@cg/api/core/graphql';
import { DomainError, OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry.type';
import { AuditEntryFilter, AuditEntrySortField } from './audit-list.types';

const FILTER: FilterFieldMap<AuditEntryFilter> = {
  recordId: { column: 'a.record_id', kind: 'id' },
  recordType: { column: 'a.record_type', kind: 'string' },
  actorId: { column: 'a.actor_id', kind: 'id' },
  action: { column: 'a.action', kind: 'enum' },
  at: { column: 'a.at', kind: 'date' },
};

const SORT = { AT: 'a.at' };

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The audit trail, newest first unless asked otherwise. Instance admins read all of
   * it; organisation admins read the entries about their organisations' records.
   */
  list(
    user: SessionUser | undefined,
    args: ConnectionArgs,
    filter?: AuditEntryFilter,
    sort?: SortInputValue<AuditEntrySortField>[],
  ): Promise<ConnectionOf<AuditEntry>> {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (!user.isInstanceAdmin) {
      const adminOf = user.memberships.filter((m) => m.role === OrganisationRole.ORG_ADMIN).map((m) => m.organisationId);
      if (adminOf.length === 0) throw new DomainError('FORBIDDEN', 'The audit log is for administrators.');
      qb.where('a.owner_organisation_id = ANY(:adminOf::uuid[])', { adminOf });
    }
    applyFilter(qb, filter, FILTER);
    return paginate(qb, {
      args,
      idColumn: 'a.id',
      sort: toSortSpecs(sort, SORT, [{ sql: 'a.at', direction: SortDirection.DESC }]),
      map: toAuditEntry,
    });
  }
}

function toAuditEntry(row: AuditLogEntity): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actorId,
    recordType: row.recordType,
    recordId: row.recordId,
    action: row.action,
    changes: Object.entries(row.changes).map(([field, { before, after }]) => ({
      field,
      before: before === null || before === undefined ? null : JSON.stringify(before),
      after: after === null || after === undefined ? null : JSON.stringify(after),
    })),
  };
}
