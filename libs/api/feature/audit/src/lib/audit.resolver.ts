import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionOf, SortInputValue } from '@cg/api/core/graphql';
import type { Request } from 'express';
import { AuditEntry } from './audit-entry.type';
import { AuditEntryConnection, AuditEntryFilter, AuditEntrySort, AuditEntrySortField } from './audit-list.types';
import { AuditService } from './audit.service';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Every change: who, when, each field before and after. Instance admins see all; organisation admins, their records.',
  })
  auditLog(
    @Context('req') req: Request,
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => AuditEntryFilter, nullable: true }) filter?: AuditEntryFilter,
    @Args('sort', { type: () => [AuditEntrySort], nullable: true }) sort?: SortInputValue<AuditEntrySortField>[],
  ): Promise<ConnectionOf<AuditEntry>> {
    return this.audit.list(req.user, page, filter, sort);
  }
}
