import { AuditAction } from '@cg/shared/domain';
import { BaseFilter, Connection, DateTimeFilter, EnumFilter, EnumFilterValue, FilterField, FilterInputType, IdFilter, SortInput, StringFilter } from '@cg/api/core/graphql';
import { AuditEntry } from './audit-entry.type';

// Declared at module level so Nest knows the classes before it builds the schema.
export const AuditEntryConnection = Connection(AuditEntry);
export const AuditActionFilter = EnumFilter(AuditAction, 'AuditAction');

export enum AuditEntrySortField {
  AT = 'AT',
}
export const AuditEntrySort = SortInput(AuditEntrySortField, 'AuditEntry');

@FilterInputType()
export class AuditEntryFilter extends BaseFilter {
  @FilterField(() => IdFilter)
  recordId?: IdFilter;

  @FilterField(() => StringFilter)
  recordType?: StringFilter;

  @FilterField(() => IdFilter)
  actorId?: IdFilter;

  @FilterField(() => AuditActionFilter)
  action?: EnumFilterValue<AuditAction>;

  @FilterField(() => DateTimeFilter)
  at?: DateTimeFilter;
}
