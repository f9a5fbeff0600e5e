import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationEntity, PartnershipEntity, PlaceEntity } from '@cg/api/core/database';
import { ConnectionArgs, ConnectionOf, LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import {
  CO_FUNDER_WORDS,
  CO_FUNDING_WORDS,
  GRANTEE_PARTNERSHIP_WORDS,
  PlaceLevel,
  PORTFOLIO_PLACE_WORDS,
} from '@cg/shared/domain';
import {
  CommitmentsAhead,
  FunderPortfolio,
  GranteePartnership,
  GranteePartnershipConnection,
  PortfolioPlace,
  PortfolioYear,
} from './funder-portfolio.type';
import { FunderPortfolioService } from './funder-portfolio.service';
import { coFundersOfPartnership, granteesInPartnership } from './place-analytics.loaders';
import { PlaceAnalyticsService } from './place-analytics.service';
import { fundingPeriod, FundingPeriodInput } from './dto/funding-period.input';
import { PERIOD_ARG } from './place-analytics.resolver';
import { DECILE_SHARE_WORDS, FunderShare, FundingByDecile } from './place-analytics.type';
import { Organisation, organisationById, Partnership, partnershipById, Place, placeById } from '@cg/api/core/record-types';

@Resolver(() => FunderPortfolio)
export class FunderPortfolioResolver {
  constructor(
    private readonly portfolios: FunderPortfolioService,
    private readonly analytics: PlaceAnalyticsService,
  ) {}

  @Query(() => FunderPortfolio, {
    description:
      'Everything a funder’s organisation funds, as you may see it: totals, by year, by local authority, by IMD decile, commitments ahead, grantees’ partnerships and co-funders; every figure for the period when one is given.',
  })
  funderPortfolio(
    @Args('funderId', { type: () => ID }) funderId: string,
    @Args('period', PERIOD_ARG) period?: FundingPeriodInput,
  ): Promise<FunderPortfolio> {
    return this.portfolios.portfolio(funderId, fundingPeriod(period));
  }

  @ResolveField(() => Organisation, { nullable: true })
  funder(@Parent() portfolio: FunderPortfolio, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(portfolio.funderId);
  }

  @ResolveField(() => [PortfolioYear], { description: 'Every year with money in it, earliest first.' })
  byYear(@Parent() portfolio: FunderPortfolio): Promise<PortfolioYear[]> {
    return this.portfolios.byYear(portfolio.funderId, portfolio.period);
  }

  @ResolveField(() => [PortfolioPlace], {
    description: `By local authority, largest first. ${PORTFOLIO_PLACE_WORDS}`,
  })
  byPlace(@Parent() portfolio: FunderPortfolio): Promise<PortfolioPlace[]> {
    return this.portfolios.byPlace(portfolio.funderId, portfolio.period);
  }

  @ResolveField(() => FundingByDecile, { description: `By IMD decile of LSOAs. ${DECILE_SHARE_WORDS}` })
  byImdDecile(@Parent() portfolio: FunderPortfolio): Promise<FundingByDecile> {
    return this.analytics.fundingByDecile(PlaceLevel.LSOA, portfolio.funderId, portfolio.period);
  }

  @ResolveField(() => CommitmentsAhead)
  commitmentsAhead(@Parent() portfolio: FunderPortfolio): Promise<CommitmentsAhead> {
    return this.portfolios.commitmentsAhead(portfolio.funderId, portfolio.period);
  }

  @ResolveField(() => [FunderShare], {
    description: `${CO_FUNDER_WORDS} Largest first.`,
  })
  coFunders(@Parent() portfolio: FunderPortfolio): Promise<FunderShare[]> {
    return this.portfolios.coFunders(portfolio.funderId, portfolio.period);
  }

  @ResolveField(() => GranteePartnershipConnection, {
    description: `${GRANTEE_PARTNERSHIP_WORDS} By name.`,
  })
  granteePartnerships(
    @Parent() portfolio: FunderPortfolio,
    @Args() page: ConnectionArgs,
  ): Promise<ConnectionOf<GranteePartnership>> {
    return this.portfolios.granteePartnerships(portfolio.funderId, portfolio.period, page);
  }
}

@Resolver(() => PortfolioPlace)
export class PortfolioPlaceResolver {
  @ResolveField(() => Place, { nullable: true })
  place(@Parent() row: PortfolioPlace, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity | null> {
    return loaders.get(placeById).load(row.placeId);
  }
}

@Resolver(() => GranteePartnership)
export class GranteePartnershipResolver {
  @ResolveField(() => Partnership, { nullable: true })
  partnership(
    @Parent() row: GranteePartnership,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<PartnershipEntity | null> {
    return loaders.get(partnershipById).load(row.partnershipId);
  }

  @ResolveField(() => [Organisation], { description: 'The funder’s grantees among its current members.' })
  async grantees(@Parent() row: GranteePartnership, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity[]> {
    const ids = await loaders.get(granteesInPartnership).load(row);
    const organisations = await loaders.get(organisationById).loadMany(ids);
    return organisations.filter((o): o is OrganisationEntity => !!o && !(o instanceof Error));
  }

  @ResolveField(() => [FunderShare], {
    description: `Who else funds the partnership, largest first. ${CO_FUNDING_WORDS}`,
  })
  coFunders(@Parent() row: GranteePartnership, @Loaders() loaders: LoaderRegistry): Promise<FunderShare[]> {
    return loaders.get(coFundersOfPartnership).load(row);
  }
}
