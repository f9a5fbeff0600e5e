import {
  BaseFilter,
  BooleanFilter,
  Connection,
  FilterField,
  FilterInputType,
  IdFilter,
  IncludeArchivedField,
  SortInput,
  StringFilter,
} from '@cg/api/core/graphql';
import { Person } from '@cg/api/core/record-types';

export const PersonConnection = Connection(Person);

export enum PersonSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const PersonSort = SortInput(PersonSortField, 'Person');

@FilterInputType()
export class PersonFilter extends BaseFilter {
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => IdFilter, {
    description: 'Has a current (not ended, not archived) affiliation with one of these organisations.',
  })
  organisation?: IdFilter;
  @FilterField(() => BooleanFilter) livedExperience?: BooleanFilter;
  @FilterField(() => BooleanFilter) communityRepresentative?: BooleanFilter;

  @IncludeArchivedField('people')
  includeArchived?: boolean | null;
}
