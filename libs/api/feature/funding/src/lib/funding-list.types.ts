import {
  Connection,
  DateFilter,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  FloatFilter,
  IdFilter,
  RecordFilter,
  SortInput,
  StringFilter,
} from '@cg/api/core/graphql';
import { FundingStatus, FundingType } from '@cg/shared/domain';
import { Funding } from './funding.type';

export const FundingConnection = Connection(Funding);
export const FundingStatusFilter = EnumFilter(FundingStatus, 'FundingStatus');
export const FundingTypeFilter = EnumFilter(FundingType, 'FundingType');

export enum FundingSortField {
  AMOUNT = 'AMOUNT',
  AWARD_DATE = 'AWARD_DATE',
  CREATED_AT = 'CREATED_AT',
}
export const FundingSort = SortInput(FundingSortField, 'Funding');

@FilterInputType()
export class FundingFilter extends RecordFilter {
  @FilterField(() => IdFilter, { description: 'Given by one of these funders.' }) funder?: IdFilter;
  @FilterField(() => IdFilter) recipientOrganisation?: IdFilter;
  @FilterField(() => IdFilter) recipientPartnership?: IdFilter;
  @FilterField(() => IdFilter) recipientProject?: IdFilter;
  @FilterField(() => FundingStatusFilter) status?: EnumFilterValue<FundingStatus>;
  @FilterField(() => FundingTypeFilter) type?: EnumFilterValue<FundingType>;
  @FilterField(() => StringFilter) programme?: StringFilter;
  @FilterField(() => DateFilter) awardDate?: DateFilter;
  @FilterField(() => FloatFilter) amount?: FloatFilter;
  @FilterField(() => IdFilter, {
    description:
      "The recipient organisation's home place, or a place of the recipient partnership or project, lies inside one of these places.",
  })
  withinPlace?: IdFilter;
}
