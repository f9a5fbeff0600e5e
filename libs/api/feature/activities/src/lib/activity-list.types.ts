import {
  BaseFilter,
  Connection,
  DateFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  SortInput,
  StringFilter,
} from '@cg/api/core/graphql';
import { ActivityKind } from '@cg/shared/domain';
import { Activity } from './activity.type';

export const ActivityConnection = Connection(Activity);
export const ActivityKindFilter = EnumFilter(ActivityKind, 'ActivityKind');

export enum ActivitySortField {
  DATE = 'DATE',
  CREATED_AT = 'CREATED_AT',
  KIND = 'KIND',
}
export const ActivitySort = SortInput(ActivitySortField, 'Activity');

@FilterInputType()
export class ActivityFilter extends BaseFilter {
  @FilterField(() => IdFilter) project?: IdFilter;
  @FilterField(() => IdFilter) partnership?: IdFilter;
  @FilterField(() => ActivityKindFilter) kind?: EnumFilterValue<ActivityKind>;
  @FilterField(() => DateFilter) date?: DateFilter;
  @FilterField(() => IdFilter, { description: 'An organisation was involved.' }) organisationInvolved?: IdFilter;
  @FilterField(() => IdFilter, { description: 'A person took part.' }) personInvolved?: IdFilter;
  @FilterField(() => IdFilter, { description: 'Happened in this place or anywhere inside it.' }) withinPlace?: IdFilter;
  @FilterField(() => StringFilter) title?: StringFilter;
  @FilterField(() => StringFilter) notes?: StringFilter;
}
