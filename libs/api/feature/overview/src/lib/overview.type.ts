import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Sector } from '@cg/shared/domain';

@ObjectType({ description: 'How many organisations of one sector the instance holds.' })
export class SectorCount {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Headline figures for the home page and dashboards.' })
export class Overview {
  @Field(() => Int, { description: 'Organisations that are not archived.' })
  organisationCount!: number;

  @Field(() => [SectorCount], { description: 'Organisations per sector, largest first.' })
  organisationsBySector!: SectorCount[];

  @Field(() => Int, { description: 'Partnerships that are forming or active.' })
  livePartnershipCount!: number;

  @Field(() => Int, { description: 'Projects that are planned or active.' })
  liveProjectCount!: number;

  @Field(() => Int, { description: 'Activities logged with a date in the last 30 days.' })
  recentActivityCount!: number;

  @Field(() => Float, { description: 'Funding awarded or paid, in pounds.' })
  fundingTotal!: number;
}
