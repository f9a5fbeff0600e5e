import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@cg/api/core/graphql';
import {
  DECILE_SHARE_WORDS,
  FUNDING_IN_PLACE_WORDS,
  FUNDING_PER_HEAD_WORDS,
  PLACE_FIGURE_WORDS,
} from '@cg/shared/domain';

export { DECILE_SHARE_WORDS, FUNDING_IN_PLACE_WORDS };

@ObjectType({
  description: `What is going on inside a place (the place and every place within it), beside its deprivation. Figures leave out what you may not see. ${FUNDING_IN_PLACE_WORDS}`,
})
export class PlaceAnalytics {
  @Field(() => ID)
  placeId!: string;

  @Field(() => Int, { nullable: true, description: PLACE_FIGURE_WORDS.population })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: PLACE_FIGURE_WORDS.imdDecile })
  imdDecile!: number | null;

  @Field(() => Int, { nullable: true, description: 'IMD 2019 rank of the place; 1 is the most deprived.' })
  imdRank!: number | null;

  @Field(() => Int, { description: PLACE_FIGURE_WORDS.organisations })
  organisationCount!: number;

  @Field(() => Int, {
    description: PLACE_FIGURE_WORDS.activePartnerships,
  })
  activePartnershipCount!: number;

  @Field(() => Int, { description: PLACE_FIGURE_WORDS.activeProjects })
  activeProjectCount!: number;

  @Field(() => Float, { description: `Sum of funding in the place, in pounds. ${FUNDING_IN_PLACE_WORDS}` })
  fundingTotal!: number;

  @Field(() => Float, {
    nullable: true,
    description: `fundingTotal divided by population, in pounds per resident; null when the population is unknown. ${FUNDING_PER_HEAD_WORDS}`,
  })
  fundingPerHead!: number | null;

  @Field(() => Int, { description: 'Grants counted in fundingTotal.' })
  grantCount!: number;

  @Field(() => Int, { description: 'Distinct funders of the grants counted in fundingTotal.' })
  funderCount!: number;
}

@ObjectType({
  description:
    'A place in the most deprived deciles with no active partnership, or little funding per head. Ranked by IMD decile (most deprived first), then funding per head (least first), then IMD rank.',
})
export class ColdSpot {
  @Field(() => ID)
  placeId!: string;

  @Field(() => PlaceAnalytics, { description: 'The figures the place was chosen on.' })
  analytics!: PlaceAnalytics;

  @Field({ description: 'True when no ACTIVE partnership covers a place inside.' })
  noActivePartnership!: boolean;

  @Field({
    description: 'True when funding per head is at most maxFundingPerHead (no funding at all when it is not given).',
  })
  lowFunding!: boolean;
}

export const ColdSpotConnection = Connection(ColdSpot);

/** What `updating` says on the cached analytics (ColdSpotConnection.updating, FundingByDecile.updating). */
export const ANALYTICS_UPDATING_WORDS =
  'Whether a fresh answer is being computed in the background: records behind these figures changed since they were computed, and this is the last answer. Ask again shortly for the fresh one.';

@ObjectType({ description: 'What one funder gives, summed over a set of grants.' })
export class FunderShare {
  @Field(() => ID)
  funderId!: string;

  @Field(() => Float, { description: 'Sum of the counted grants, in pounds.' })
  fundingTotal!: number;

  @Field(() => Int, { description: 'Counted grants.' })
  grantCount!: number;

  @Field(() => Int, { description: 'Distinct recipients (organisations, partnerships, projects) of those grants.' })
  recipientCount!: number;
}

@ObjectType({
  description: `Funders funding in a place, so they can co-fund rather than compete. ${FUNDING_IN_PLACE_WORDS}`,
})
export class FunderOverlap {
  @Field(() => ID)
  placeId!: string;

  @Field(() => Int, { description: 'Distinct funders with at least one counted grant in the place.' })
  funderCount!: number;

  @Field(() => Float, { description: 'Sum of counted grants in the place, in pounds; each grant once.' })
  fundingTotal!: number;

  @Field(() => [FunderShare], { description: 'Each funder’s grants in the place, largest total first.' })
  funders!: FunderShare[];
}

@ObjectType({ description: `Funding in one IMD decile. ${DECILE_SHARE_WORDS}` })
export class DecileFunding {
  @Field(() => Int, { description: '1 (most deprived tenth) to 10.' })
  decile!: number;

  @Field(() => Int, { description: 'Places of the chosen level in the decile.' })
  placeCount!: number;

  @Field(() => Float, { description: 'Residents of those places.' })
  population!: number;

  @Field(() => Float, { description: 'Shares of counted grants landing in those places, in pounds.' })
  fundingTotal!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'fundingTotal divided by population; null when nobody lives there.',
  })
  fundingPerHead!: number | null;
}

@ObjectType({ description: `Funding by IMD decile, all ten deciles. ${DECILE_SHARE_WORDS}` })
export class FundingByDecile {
  @Field(() => ID, { nullable: true, description: 'The funder, when only its grants are counted.' })
  funderId!: string | null;

  @Field(() => [DecileFunding], { description: 'Deciles 1 to 10, in order; a decile with no places has zeros.' })
  deciles!: DecileFunding[];

  @Field(() => Float, {
    description:
      'Counted funding that lands in no decile: its recipient has no place, or its places reach no place of the level with residents and an IMD decile; in pounds.',
  })
  unplacedTotal!: number;

  @Field({ description: ANALYTICS_UPDATING_WORDS })
  updating!: boolean;
}
