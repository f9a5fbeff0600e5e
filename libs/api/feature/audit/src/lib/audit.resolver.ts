import { Args, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionOf, SortInputValue } from '@cg/api/core/graphql';
import { AuditEntry } from './audit-entry.type';
import { AuditEntryConnection, AuditEntryFilter, AuditEntrySort, AuditEntrySortField } from './audit-list.types';
import { AuditService } from './audit.service';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Every change to every record: who, when, and each field before and after.' })
  auditLog(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => AuditEntryFilter, nullable: true }) filter?: AuditEntryFilter,
    @Args('sort', { type: () => [AuditEntrySort], nullable: true }) sort?: SortInputValue<AuditEntrySortField>[],
  ): Promise<ConnectionOf<AuditEntry>> {
    return this.audit.list(page, filter, sort);
  }
}
