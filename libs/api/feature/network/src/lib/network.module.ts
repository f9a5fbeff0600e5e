import { Module } from '@nestjs/common';
import { NetworkResolver, OrganisationNetworkMeasuresResolver, PartnershipCollaborationResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  providers: [NetworkService, NetworkResolver, OrganisationNetworkMeasuresResolver, PartnershipCollaborationResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
