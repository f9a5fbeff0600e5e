import { Module } from '@nestjs/common';
import { NetworkResolver, OrganisationNetworkMeasuresResolver, PartnershipCollaborationResolver } from './network.resolver';
import { NetworkService } from './network.service';
import { NetworkComputer } from './network-computer';
import { GrowthSeriesResolver } from './growth-series.resolver';
import { GrowthSeriesService } from './growth-series.service';

@Module({
  providers: [NetworkComputer, NetworkService, NetworkResolver, OrganisationNetworkMeasuresResolver, PartnershipCollaborationResolver, GrowthSeriesService, GrowthSeriesResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
