import { Field, Int, ObjectType } from '@nestjs/graphql';
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
}
