import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationEntity, PlaceEntity } from '@cg/api/core/database';
import { ConnectionOf, LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { COLD_SPOT_WORDS, FUNDER_OVERLAP_WORDS, FUNDING_PERIOD_WORDS, PlaceLevel } from '@cg/shared/domain';
import { ColdSpotsArgs } from './dto/cold-spots.args';
import { fundingPeriod, FundingPeriodInput } from './dto/funding-period.input';
import { analyticsByPlace } from './place-analytics.loaders';
import { MaybeUpdating, PlaceAnalyticsService } from './place-analytics.service';
import {
  ColdSpot,
  ANALYTICS_UPDATING_WORDS,
  ColdSpotConnection,
  DECILE_SHARE_WORDS,
  FunderOverlap,
  FunderShare,
  FUNDING_IN_PLACE_WORDS,
  FundingByDecile,
  PlaceAnalytics,
} from './place-analytics.type';
import { Organisation, organisationById, Place, placeById, PlaceShape } from '@cg/api/core/record-types';

/** The optional `period` argument every funding figure takes. */
export const PERIOD_ARG = {
  type: () => FundingPeriodInput,
  nullable: true,
  description: `Only funding awarded in this period counts; all time when absent. ${FUNDING_PERIOD_WORDS}`,
} as const;

@Resolver()
export class PlaceAnalyticsResolver {
  constructor(private readonly service: PlaceAnalyticsService) {}

  @Query(() => PlaceAnalytics, {
    description: `Organisations, active partnerships and projects, and funding (total and per head) inside a place, beside its IMD decile and population. ${FUNDING_IN_PLACE_WORDS} ${FUNDING_PERIOD_WORDS}`,
  })
  placeAnalytics(
    @Args('placeId', { type: () => ID }) placeId: string,
    @Args('period', PERIOD_ARG) period?: FundingPeriodInput,
  ): Promise<PlaceAnalytics> {
    return this.service.placeAnalytics(placeId, fundingPeriod(period));
  }

  @Query(() => ColdSpotConnection, {
    description:
      'Cold spots: places of a level in the most deprived deciles with no ACTIVE partnership covering them, or little funding per head; most deprived decile first, then least funding per head, then IMD rank. ' +
      `With the defaults: ${COLD_SPOT_WORDS} ${FUNDING_IN_PLACE_WORDS} ${FUNDING_PERIOD_WORDS}`,
  })
  coldSpots(@Args() args: ColdSpotsArgs): Promise<MaybeUpdating<ConnectionOf<ColdSpot>>> {
    const { level, deciles, maxFundingPerHead, within, period, ...page } = args;
    return this.service.coldSpots({ level, deciles, maxFundingPerHead, within, period: fundingPeriod(period) }, page);
  }

  @Query(() => FunderOverlap, {
    description: `How many funders fund in a place, and which, with their totals. ${FUNDER_OVERLAP_WORDS} ${FUNDING_IN_PLACE_WORDS} ${FUNDING_PERIOD_WORDS}`,
  })
  funderOverlap(
    @Args('placeId', { type: () => ID }) placeId: string,
    @Args('period', PERIOD_ARG) period?: FundingPeriodInput,
  ): Promise<FunderOverlap> {
    return this.service.funderOverlap(placeId, fundingPeriod(period));
  }

  @Query(() => FundingByDecile, {
    description: `Funding per head in each IMD decile (1–10), for every funder or one. ${DECILE_SHARE_WORDS} ${FUNDING_PERIOD_WORDS}`,
  })
  fundingByImdDecile(
    @Args('funderId', { type: () => ID, nullable: true, description: 'Only this funder’s grants.' }) funderId?: string,
    @Args('level', {
      type: () => PlaceLevel,
      defaultValue: PlaceLevel.LSOA,
      description: 'The places whose deciles are used; LSOA (the level IMD is published at) unless told.',
    })
    level: PlaceLevel = PlaceLevel.LSOA,
    @Args('period', PERIOD_ARG) period?: FundingPeriodInput,
  ): Promise<FundingByDecile> {
    return this.service.fundingByDecile(level, funderId, fundingPeriod(period));
  }
}

@Resolver(() => Place)
export class PlaceAnalyticsFieldResolver {
  @ResolveField(() => PlaceAnalytics, {
    nullable: true,
    description: `The place's figures, as placeAnalytics gives them. ${FUNDING_IN_PLACE_WORDS}`,
  })
  analytics(
    @Parent() place: Place,
    @Loaders() loaders: LoaderRegistry,
    @Args('period', PERIOD_ARG) period?: FundingPeriodInput,
  ): Promise<PlaceAnalytics | null> {
    return loaders.get(analyticsByPlace).load({ placeId: place.id, period: fundingPeriod(period) });
  }
}

/** The same figures on the place map's shapes, through the same loader: one statement for every area drawn. */
@Resolver(() => PlaceShape)
export class PlaceShapeAnalyticsResolver {
  @ResolveField(() => PlaceAnalytics, {
    nullable: true,
    description: `The place's figures, as placeAnalytics gives them. ${FUNDING_IN_PLACE_WORDS}`,
  })
  analytics(
    @Parent() shape: PlaceShape,
    @Loaders() loaders: LoaderRegistry,
    @Args('period', PERIOD_ARG) period?: FundingPeriodInput,
  ): Promise<PlaceAnalytics | null> {
    return loaders.get(analyticsByPlace).load({ placeId: shape.id, period: fundingPeriod(period) });
  }
}

/** `updating` on the page of cold spots: a field of this connection only, so the generic Connection stays as it is. */
@Resolver(() => ColdSpotConnection)
export class ColdSpotConnectionResolver {
  @ResolveField(() => Boolean, { description: ANALYTICS_UPDATING_WORDS })
  updating(@Parent() page: MaybeUpdating<ConnectionOf<ColdSpot>>): boolean {
    return page.updating;
  }
}

@Resolver(() => ColdSpot)
export class ColdSpotResolver {
  @ResolveField(() => Place)
  place(@Parent() spot: ColdSpot, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity | null> {
    return loaders.get(placeById).load(spot.placeId);
  }
}

@Resolver(() => FunderShare)
export class FunderShareResolver {
  @ResolveField(() => Organisation, { nullable: true, description: 'Null when the funder is hidden from you.' })
  funder(@Parent() share: FunderShare, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(share.funderId);
  }
}
