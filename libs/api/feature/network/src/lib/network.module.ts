import { Module } from '@nestjs/common';
import { NetworkResolver, OrganisationNetworkMeasuresResolver, PartnershipCollaborationResolver } from './network.resolver';
import { NetworkService } from './network.service';
import { NetworkComputer } from './network-computer';

@Module({
  providers: [NetworkComputer, NetworkService, NetworkResolver, OrganisationNetworkMeasuresResolver, PartnershipCollaborationResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
