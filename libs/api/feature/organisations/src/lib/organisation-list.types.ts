import { Field } from '@nestjs/graphql';
import {
  BaseFilter,
  Connection,
  DateTimeFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  SortInput,
  StringFilter,
  StringListFilter,
} from '@cg/api/core/graphql';
import { OrganisationType, Sector } from '@cg/shared/domain';
import { IsBoolean, IsOptional } from 'class-validator';
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
export class OrganisationFilter extends BaseFilter {
  @FilterField(() => IdFilter) id?: IdFilter;
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
  @FilterField(() => DateTimeFilter) createdAt?: DateTimeFilter;
  @FilterField(() => DateTimeFilter) updatedAt?: DateTimeFilter;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include archived organisations (top level only; left out by default).',
  })
  @IsOptional()
  @IsBoolean({ message: 'includeArchived must be true or false' })
  includeArchived?: boolean | null;
}
