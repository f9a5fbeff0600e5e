import { Field, InputType } from '@nestjs/graphql';
import {
  BaseFilter,
  BooleanFilter,
  Connection,
  EnumFilter,
  EnumFilterValue,
  FilterField,
  FilterInputType,
  IdFilter,
  SortInput,
  StringFilter,
} from '@cg/api/core/graphql';
import { LevellingUpMission, OutcomeDefiner, OutcomeStatus } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { Outcome } from '@cg/api/core/record-types';

export const OutcomeConnection = Connection(Outcome);
export const OutcomeDefinerFilter = EnumFilter(OutcomeDefiner, 'OutcomeDefiner');
export const OutcomeStatusFilter = EnumFilter(OutcomeStatus, 'OutcomeStatus');

@InputType({ description: 'Conditions on a list of Levelling Up missions.' })
export class MissionListFilter {
  @Field(() => [LevellingUpMission], { nullable: true, description: 'Has at least one of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsEnum(LevellingUpMission, { each: true, message: 'any must hold Levelling Up missions' })
  any?: LevellingUpMission[] | null;

  @Field(() => [LevellingUpMission], { nullable: true, description: 'Has all of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsEnum(LevellingUpMission, { each: true, message: 'all must hold Levelling Up missions' })
  all?: LevellingUpMission[] | null;
}

export enum OutcomeSortField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}
export const OutcomeSort = SortInput(OutcomeSortField, 'Outcome');

@FilterInputType()
export class OutcomeFilter extends BaseFilter {
  @FilterField(() => IdFilter) id?: IdFilter;
  @FilterField(() => IdFilter) ownerPartnership?: IdFilter;
  @FilterField(() => IdFilter) ownerProject?: IdFilter;
  @FilterField(() => OutcomeDefinerFilter) definedBy?: EnumFilterValue<OutcomeDefiner>;
  @FilterField(() => BooleanFilter) coProduced?: BooleanFilter;
  @FilterField(() => MissionListFilter) missions?: MissionListFilter;
  @FilterField(() => StringFilter) title?: StringFilter;
  @FilterField(() => OutcomeStatusFilter, {
    description: 'Computed status, e.g. { in: [AT_RISK, OFF_TRACK] } for a dashboard of outcomes needing attention.',
  })
  status?: EnumFilterValue<OutcomeStatus>;
}
