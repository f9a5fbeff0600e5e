import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@cg/api/core/graphql';
import { FundingPeriod } from './dto/funding-period.input';
import {
  COMMITMENTS_AHEAD_WORDS,
  COUNTED_FUNDING_WORDS,
  FUNDING_PERIOD_WORDS,
  GRANTEE_PARTNERSHIP_WORDS,
  PORTFOLIO_PLACE_WORDS,
  PORTFOLIO_YEAR_WORDS,
} from '@cg/shared/domain';

@ObjectType({ description: 'A funder’s counted grants in one calendar year, two ways.' })
export class PortfolioYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, {
    description: `${PORTFOLIO_YEAR_WORDS.awarded} In pounds.`,
  })
  awarded!: number;

  @Field(() => Float, {
    description: `${PORTFOLIO_YEAR_WORDS.scheduled} In pounds.`,
  })
  scheduled!: number;
}

@ObjectType({ description: 'Unpaid instalments due in one calendar year.' })
export class CommitmentYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'In pounds.' })
  amount!: number;
}

@ObjectType({
  description: `Multi-year commitments still ahead. ${COMMITMENTS_AHEAD_WORDS} ${COUNTED_FUNDING_WORDS}`,
})
export class CommitmentsAhead {
  @Field(() => Float, { description: 'Sum of unpaid instalments due after today, in pounds.' })
  total!: number;

  @Field(() => Int)
  instalmentCount!: number;

  @Field(() => Int, { description: 'Grants with at least one such instalment.' })
  grantCount!: number;

  @Field(() => [CommitmentYear], { description: 'By the year they are due, earliest first.' })
  byYear!: CommitmentYear[];
}

@ObjectType({
  description: `A funder’s share in one local authority. ${PORTFOLIO_PLACE_WORDS}`,
})
export class PortfolioPlace {
  @Field(() => ID)
  placeId!: string;

  @Field(() => Float, { description: 'In pounds.' })
  fundingTotal!: number;

  @Field(() => Int, { description: 'Grants with a share here.' })
  grantCount!: number;
}

@ObjectType({
  description: `One of the ${GRANTEE_PARTNERSHIP_WORDS.charAt(0).toLowerCase()}${GRANTEE_PARTNERSHIP_WORDS.slice(1)}`,
})
export class GranteePartnership {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  funderId!: string;

  /** The portfolio's period, for the fields resolved under this row. */
  period!: FundingPeriod;

  @Field(() => Float, { description: 'This funder’s counted grants to the partnership and its projects, in pounds.' })
  fundedDirectly!: number;
}

export const GranteePartnershipConnection = Connection(GranteePartnership);

@ObjectType({
  description: `Everything a funder’s organisation funds, as the reader may see it. ${COUNTED_FUNDING_WORDS} ${FUNDING_PERIOD_WORDS}`,
})
export class FunderPortfolio {
  @Field(() => ID)
  funderId!: string;

  /** The period every figure below is read for. */
  period!: FundingPeriod;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the period asked for; null when open.' })
  periodFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period asked for; null when open.' })
  periodTo!: string | null;

  @Field(() => Float, { description: 'Sum of the funder’s counted grants, in pounds.' })
  fundingTotal!: number;

  @Field(() => Int, { description: 'The funder’s counted grants.' })
  grantCount!: number;

  @Field(() => Int, { description: 'Distinct organisations, partnerships and projects those grants go to.' })
  recipientCount!: number;
}
