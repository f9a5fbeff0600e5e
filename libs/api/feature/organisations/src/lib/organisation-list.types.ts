import {
  Connection,
  DateTimeFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  IncludeArchivedField,
  RecordFilter,
  SortInput,
  StringFilter,
  StringListFilter,
} from '@cg/api/core/graphql';
import { OrganisationType, Sector } from '@cg/shared/domain';
import { Organisation } from '@cg/api/core/record-types';

export const OrganisationConnection = Connection(Organisation);
export const OrganisationTypeFilter = EnumFilter(OrganisationType, 'OrganisationType');
export const SectorFilter = EnumFilter(Sector, 'Sector');

export enum OrganisationSortField {
  NAME = 'NAME',
  TYPE = 'TYPE',
  SECTOR = 'SECTOR',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const OrganisationSort = SortInput(OrganisationSortField, 'Organisation');

@FilterInputType()
export class OrganisationFilter extends RecordFilter {
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => OrganisationTypeFilter) type?: EnumFilterValue<OrganisationType>;
  @FilterField(() => SectorFilter) sector?: EnumFilterValue<Sector>;
  @FilterField(() => StringListFilter) themes?: StringListFilter;
  @FilterField(() => IdFilter, {
    description: 'Home place or any place served lies inside (or is) one of these places.',
  })
  withinPlace?: IdFilter;
  @FilterField(() => IdFilter, { description: 'Has a current, non-archived membership of one of these partnerships.' })
  memberOfPartnership?: IdFilter;
  @FilterField(() => IdFilter, {
    description: 'Funded by one of these funder organisations, directly or through a funded partnership or project.',
  })
  fundedBy?: IdFilter;
  @FilterField(() => DateTimeFilter) updatedAt?: DateTimeFilter;

  @IncludeArchivedField('organisations')
  includeArchived?: boolean | null;
}
