import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { CONTRIBUTION_LABELS, PartnerContribution, Sector, SurveyRoundStatus } from '@cg/shared/domain';

registerEnumType(SurveyRoundStatus, {
  name: 'SurveyRoundStatus',
  description: 'OPEN takes answers until the closing date; CLOSED is frozen with its results.',
});
registerEnumType(PartnerContribution, {
  name: 'PartnerContribution',
  description: 'What a respondent says a partner brings to the partnership.',
  valuesMap: Object.fromEntries(Object.entries(CONTRIBUTION_LABELS).map(([k, label]) => [k, { description: label }])) as Record<
    PartnerContribution,
    { description: string }
  >,
});

@ObjectType({ description: 'An organisation asked to answer a round, and whether it has (never what it answered).' })
export class SurveyInvitation {
  @Field(() => ID)
  organisationId!: string;

  @Field({ description: 'The organisation’s name; "An organisation you cannot see" when it is not readable to you.' })
  name!: string;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field()
  answered!: boolean;
}

@ObjectType({ description: 'How others see one organisation, PARTNER-style; scores are null below three raters.' })
export class SurveyOrganisationScore {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  name!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int, { description: 'How many other organisations rated it.' })
  raters!: number;

  @Field(() => Float, { nullable: true, description: 'Mean trust (1–4) others gave it; null when fewer than three rated it.' })
  trust!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean value (1–4) others gave it; null when fewer than three rated it.' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'Why its scores are hidden, when they are.' })
  hiddenReason!: string | null;
}

@ObjectType()
export class SurveyDimensionMean {
  @Field({ description: 'reliability, missionSupport, openness (trust); influence, involvement, resources (value).' })
  dimension!: string;

  @Field(() => Float, { nullable: true })
  mean!: number | null;
}

@ObjectType()
export class SurveyContributionCount {
  @Field(() => PartnerContribution)
  contribution!: PartnerContribution;

  @Field(() => Int, { description: 'How many ratings ticked it.' })
  count!: number;
}

@ObjectType({ description: 'An ego, silo or logo index as the records stood on the round’s closing date.' })
export class SurveyIndex {
  @Field({ description: 'A CollaborationIndexKey.' })
  key!: string;

  @Field({ description: 'EGO, SILO or LOGO.' })
  dimension!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'A closed round’s frozen results: aggregates only; nobody sees who rated whom.' })
export class SurveyRoundResults {
  @Field(() => Int)
  invitedCount!: number;

  @Field(() => Int)
  respondentCount!: number;

  @Field(() => Float, { nullable: true, description: 'Respondents over invited organisations, 0–1.' })
  responseRate!: number | null;

  @Field(() => Int, { description: 'Pairs of invited organisations with a rating either way.' })
  tiesReported!: number;

  @Field(() => Int)
  possibleTies!: number;

  @Field(() => Float, { nullable: true, description: 'tiesReported / possibleTies.' })
  density!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of every trust score given (reliability, mission support, openness), 1–4.' })
  meanTrust!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of every value score given (influence, involvement, resources), 1–4.' })
  meanValue!: number | null;

  @Field(() => [SurveyDimensionMean])
  dimensions!: SurveyDimensionMean[];

  @Field(() => Float, { nullable: true, description: 'Mean answer to how successful the partnership is at its shared outcomes, 1–4.' })
  meanSuccess!: number | null;

  @Field(() => Int)
  successAnswers!: number;

  @Field(() => [SurveyContributionCount])
  contributions!: SurveyContributionCount[];

  @Field(() => [SurveyOrganisationScore])
  organisations!: SurveyOrganisationScore[];

  @Field(() => [SurveyIndex])
  indices!: SurveyIndex[];

  @Field(() => [Sector], { description: 'Sectors of the members on the closing date.' })
  memberSectors!: Sector[];
}

@ObjectType({ implements: () => [RecordType], description: 'A PARTNER survey round of a partnership.' })
export class SurveyRound extends RecordType {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => DateScalar, { description: 'Answers are taken up to and including this day.' })
  closesOn!: string;

  @Field(() => SurveyRoundStatus)
  status!: SurveyRoundStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => SurveyRoundResults, { nullable: true, description: 'Set once the round is closed.' })
  results!: unknown;
}

@ObjectType({ description: 'A survey an organisation the user answers for has yet to answer.' })
export class SurveyTask {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field()
  partnershipName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field()
  organisationName!: string;

  @Field(() => DateScalar)
  closesOn!: string;
}
