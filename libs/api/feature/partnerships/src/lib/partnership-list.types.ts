import {
  Connection,
  DateFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  RecordFilter,
  MissionListFilter,
  SortInput,
  StringFilter,
  StringListFilter,
} from '@cg/api/core/graphql';
import { GovernanceModel, PartnershipStatus } from '@cg/shared/domain';
import { Partnership } from '@cg/api/core/record-types';

export const PartnershipConnection = Connection(Partnership);
export const PartnershipStatusFilter = EnumFilter(PartnershipStatus, 'PartnershipStatus');
export const GovernanceModelFilter = EnumFilter(GovernanceModel, 'GovernanceModel');

export enum PartnershipSortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  START_DATE = 'START_DATE',
  CREATED_AT = 'CREATED_AT',
  MEMBER_COUNT = 'MEMBER_COUNT',
}
export const PartnershipSort = SortInput(PartnershipSortField, 'Partnership');

@FilterInputType()
export class PartnershipFilter extends RecordFilter {
  @FilterField(() => StringFilter) name?: StringFilter;
  @FilterField(() => PartnershipStatusFilter) status?: EnumFilterValue<PartnershipStatus>;
  @FilterField(() => GovernanceModelFilter) governanceModel?: EnumFilterValue<GovernanceModel>;
  @FilterField(() => StringListFilter) themes?: StringListFilter;
  @FilterField(() => MissionListFilter) missions?: MissionListFilter;
  @FilterField(() => IdFilter, { description: 'Covers a place inside (or equal to) one of these places.' })
  withinPlace?: IdFilter;
  @FilterField(() => IdFilter, { description: 'Has one of these organisations as a current (not archived) member.' })
  memberOrganisation?: IdFilter;
  @FilterField(() => IdFilter, {
    description: 'Funded by one of these funders, directly or through one of its projects.',
  })
  fundedBy?: IdFilter;
  @FilterField(() => DateFilter) startDate?: DateFilter;
}
