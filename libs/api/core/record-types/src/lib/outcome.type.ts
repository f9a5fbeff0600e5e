import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { IndicatorDirection, LevellingUpMission, OutcomeDefiner } from '@cg/shared/domain';
import './outcome-status.enum';

@ObjectType({ implements: () => [RecordType], description: 'A shared outcome, owned by a partnership or a project so credit is shared.' })
export class Outcome extends RecordType {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true })
  ownerPartnershipId!: string | null;

  @Field(() => ID, { nullable: true })
  ownerProjectId!: string | null;

  @Field(() => OutcomeDefiner)
  definedBy!: OutcomeDefiner;

  @Field({ description: 'Whether it was defined together with the people it affects.' })
  coProduced!: boolean;

  @Field(() => [LevellingUpMission])
  missions!: LevellingUpMission[];
}

@ObjectType({ implements: () => [RecordType], description: 'How progress toward an outcome is measured: from a baseline toward a target.' })
export class Indicator extends RecordType {
  @Field(() => ID)
  outcomeId!: string;

  @Field()
  name!: string;

  @Field({ description: '"people", "%", "£", "visits per month".' })
  unit!: string;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;

  @Field(() => Float, { nullable: true })
  baselineValue!: number | null;

  @Field(() => DateScalar, { nullable: true })
  baselineDate!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => DateScalar, { nullable: true })
  targetDate!: string | null;

  @Field(() => String, { nullable: true })
  source!: string | null;
}

@ObjectType({ description: 'How far the latest reading has moved from baseline (0) toward target (1).' })
export class IndicatorProgress {
  @Field(() => Float, { description: 'Unclamped: below 0 is worse than the baseline, above 1 beyond the target.' })
  raw!: number;

  @Field(() => Float, { description: 'Clamped to 0–1, for progress bars.' })
  display!: number;
}

@ObjectType({ implements: () => [RecordType], description: 'One reading of an indicator.' })
export class Measurement extends RecordType {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ implements: () => [RecordType], description: 'Narrative evidence for an outcome, told with consent.' })
export class Story extends RecordType {
  @Field(() => ID)
  outcomeId!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'How the teller wishes to be credited.' })
  attribution!: string | null;

  @Field(() => ID, { nullable: true })
  personId!: string | null;

  @Field()
  consentGiven!: boolean;

  @Field(() => DateScalar, { nullable: true })
  consentDate!: string | null;

  @Field(() => DateScalar)
  date!: string;
}
