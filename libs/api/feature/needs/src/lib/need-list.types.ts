import {
  BaseFilter,
  BooleanFilter,
  Connection,
  DateFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  SortInput,
  StringFilter,
  StringListFilter,
} from '@cg/api/core/graphql';
import { NeedSource, Priority } from '@cg/shared/domain';
import { Need } from './need.type';

export const NeedConnection = Connection(Need);
export const PriorityFilter = EnumFilter(Priority, 'Priority');
export const NeedSourceFilter = EnumFilter(NeedSource, 'NeedSource');

export enum NeedSortField {
  PRIORITY = 'PRIORITY',
  RAISED_ON = 'RAISED_ON',
  CREATED_AT = 'CREATED_AT',
}
export const NeedSort = SortInput(NeedSortField, 'Need');

@FilterInputType()
export class NeedFilter extends BaseFilter {
  @FilterField(() => IdFilter, { description: 'In this place or anywhere inside it.' }) withinPlace?: IdFilter;
  @FilterField(() => PriorityFilter) priority?: EnumFilterValue<Priority>;
  @FilterField(() => NeedSourceFilter) raisedBy?: EnumFilterValue<NeedSource>;
  @FilterField(() => IdFilter) raisedByOrganisation?: IdFilter;
  @FilterField(() => DateFilter) raisedOn?: DateFilter;
  @FilterField(() => StringListFilter) themes?: StringListFilter;
  @FilterField(() => BooleanFilter, { description: 'true: a project or an outcome answers it; false: nothing does yet.' })
  answered?: BooleanFilter;
  @FilterField(() => StringFilter) title?: StringFilter;
}
