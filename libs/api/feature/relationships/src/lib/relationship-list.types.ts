import {
  BaseFilter,
  Connection,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  IncludeArchivedField,
  IntFilter,
  SortInput,
} from '@cg/api/core/graphql';
import { RelationshipType } from '@cg/shared/domain';
import { Relationship } from './relationship.type';

export const RelationshipConnection = Connection(Relationship);
export const RelationshipTypeFilter = EnumFilter(RelationshipType, 'RelationshipType');

export enum RelationshipSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TYPE = 'TYPE',
  STRENGTH = 'STRENGTH',
  FROM_DATE = 'FROM_DATE',
}
export const RelationshipSort = SortInput(RelationshipSortField, 'Relationship');

@FilterInputType()
export class RelationshipFilter extends BaseFilter {
  @FilterField(() => IdFilter, { description: 'The organisation at either end.' }) organisation?: IdFilter;
  @FilterField(() => IdFilter) fromOrganisation?: IdFilter;
  @FilterField(() => IdFilter) toOrganisation?: IdFilter;
  @FilterField(() => RelationshipTypeFilter) type?: EnumFilterValue<RelationshipType>;
  @FilterField(() => IntFilter) strength?: IntFilter;

  @IncludeArchivedField('relationships')
  includeArchived?: boolean | null;
}
