import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { PartnerContribution, SCORE_MAX, SCORE_MIN } from '@cg/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsEnum, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';

const score = (field: string) => ({ message: `${field} must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}` });

@InputType()
export class OpenSurveyRoundInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId!: string;

  @Field(() => DateScalar, { description: 'The last day answers are taken; must be after today (UK).' })
  @IsDefined({ message: 'closesOn is required' })
  closesOn!: string;
}

@InputType({ description: 'One respondent’s rating of one other member, PARTNER-style: six scores from 1 to 4.' })
export class PartnerRatingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ratedOrganisationId must be an organisation id' })
  ratedOrganisationId!: string;

  @Field(() => Int, { description: 'Trust: how reliable they are.' })
  @IsInt(score('reliability')) @Min(SCORE_MIN, score('reliability')) @Max(SCORE_MAX, score('reliability'))
  reliability!: number;

  @Field(() => Int, { description: 'Trust: how much they support the shared mission.' })
  @IsInt(score('missionSupport')) @Min(SCORE_MIN, score('missionSupport')) @Max(SCORE_MAX, score('missionSupport'))
  missionSupport!: number;

  @Field(() => Int, { description: 'Trust: how open they are to discussion.' })
  @IsInt(score('openness')) @Min(SCORE_MIN, score('openness')) @Max(SCORE_MAX, score('openness'))
  openness!: number;

  @Field(() => Int, { description: 'Value: their power and influence.' })
  @IsInt(score('influence')) @Min(SCORE_MIN, score('influence')) @Max(SCORE_MAX, score('influence'))
  influence!: number;

  @Field(() => Int, { description: 'Value: their level of involvement.' })
  @IsInt(score('involvement')) @Min(SCORE_MIN, score('involvement')) @Max(SCORE_MAX, score('involvement'))
  involvement!: number;

  @Field(() => Int, { description: 'Value: the resources they contribute.' })
  @IsInt(score('resources')) @Min(SCORE_MIN, score('resources')) @Max(SCORE_MAX, score('resources'))
  resources!: number;

  @Field(() => [PartnerContribution], { defaultValue: [] })
  @IsArray({ message: 'contributions must be a list' })
  @ArrayMaxSize(20, { message: 'contributions must list at most 20 items' })
  @IsEnum(PartnerContribution, { each: true, message: 'each contribution must be one of the PartnerContribution values' })
  contributions!: PartnerContribution[];
}

@InputType({ description: 'An organisation’s answer to a round: its ratings of the other members it works with, and the success question.' })
export class AnswerSurveyRoundInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roundId must be a survey round id' })
  roundId!: string;

  @Field(() => ID, { description: 'The member organisation answering; the user must be one of its admins or coordinators.' })
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field(() => [PartnerRatingInput], { description: 'Members it does not work with may be left out.' })
  @IsArray({ message: 'ratings must be a list' })
  @ArrayMaxSize(500, { message: 'ratings must list at most 500 partners' })
  @ValidateNested({ each: true })
  @Type(() => PartnerRatingInput)
  ratings!: PartnerRatingInput[];

  @Field(() => Int, { description: 'How successful the partnership is at its shared outcomes, 1 (not at all) to 4 (very).' })
  @IsInt(score('success')) @Min(SCORE_MIN, score('success')) @Max(SCORE_MAX, score('success'))
  success!: number;
}
