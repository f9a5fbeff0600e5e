import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@cg/api/core/graphql';
import { COUNTED_FUNDING_WORDS } from './analytics-sql';

@ObjectType({ description: 'A funder’s counted grants in one calendar year, two ways.' })
export class PortfolioYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, {
    description:
      'Grants by the year they were awarded (award date, else period start, else the day recorded), in pounds.',
  })
  awarded!: number;

  @Field(() => Float, {
    description:
      'Money by the year it is due: a grant with a schedule by its instalments’ due dates, one without in its award year, in pounds.',
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
  description: `Multi-year commitments still ahead: unpaid instalments of counted grants due after today. ${COUNTED_FUNDING_WORDS}`,
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
  description:
    'A funder’s share in one local authority: each grant spread over the local authorities its recipient’s places reach, in proportion to population.',
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
  description:
    'A partnership the funder’s grantees belong to (a current member), or that the funder funds directly or through one of its projects.',
})
export class GranteePartnership {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  funderId!: string;

  @Field(() => Float, { description: 'This funder’s counted grants to the partnership and its projects, in pounds.' })
  fundedDirectly!: number;
}

export const GranteePartnershipConnection = Connection(GranteePartnership);

@ObjectType({
  description: `Everything a funder’s organisation funds, as the reader may see it. ${COUNTED_FUNDING_WORDS}`,
})
export class FunderPortfolio {
  @Field(() => ID)
  funderId!: string;

  @Field(() => Float, { description: 'Sum of the funder’s counted grants, in pounds.' })
  fundingTotal!: number;

  @Field(() => Int, { description: 'The funder’s counted grants.' })
  grantCount!: number;

  @Field(() => Int, { description: 'Distinct organisations, partnerships and projects those grants go to.' })
  recipientCount!: number;
}
