import { Args, Query, Resolver } from '@nestjs/graphql';
import { GrowthSeries, GrowthSeriesService } from './growth-series.service';
import { AS_AT_RULES, PartnershipHealthSeries, PartnershipHealthSeriesArgs } from './growth-series.types';

@Resolver(() => PartnershipHealthSeries)
export class GrowthSeriesResolver {
  constructor(private readonly service: GrowthSeriesService) {}

  @Query(() => PartnershipHealthSeries, {
    description: `A partnership measured at each month end (members, sectors, the density of members' ties, and the ego, silo and logo indices), from the records as they stood. ${AS_AT_RULES} Only records the reader may see count, on every day.`,
  })
  partnershipHealthSeries(@Args() args: PartnershipHealthSeriesArgs): Promise<GrowthSeries> {
    return this.service.series(args);
  }
}
