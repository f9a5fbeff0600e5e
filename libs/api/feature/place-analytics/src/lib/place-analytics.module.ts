import { Module } from '@nestjs/common';
import {
  FunderPortfolioResolver,
  GranteePartnershipResolver,
  PortfolioPlaceResolver,
} from './funder-portfolio.resolver';
import { FunderPortfolioService } from './funder-portfolio.service';
import {
  ColdSpotConnectionResolver,
  ColdSpotResolver,
  FunderShareResolver,
  PlaceAnalyticsFieldResolver,
  PlaceAnalyticsResolver,
  PlaceShapeAnalyticsResolver,
} from './place-analytics.resolver';
import { PlaceAnalyticsService } from './place-analytics.service';

@Module({
  providers: [
    PlaceAnalyticsService,
    FunderPortfolioService,
    PlaceAnalyticsResolver,
    PlaceAnalyticsFieldResolver,
    PlaceShapeAnalyticsResolver,
    ColdSpotConnectionResolver,
    ColdSpotResolver,
    FunderShareResolver,
    FunderPortfolioResolver,
    PortfolioPlaceResolver,
    GranteePartnershipResolver,
  ],
  exports: [PlaceAnalyticsService, FunderPortfolioService],
})
export class PlaceAnalyticsModule {}
