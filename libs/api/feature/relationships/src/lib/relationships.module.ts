import { Module } from '@nestjs/common';
import { OrganisationNetworkResolver, OrganisationTieResolver, RelationshipResolver } from './relationship.resolver';
import { RelationshipService } from './relationship.service';

@Module({
  providers: [RelationshipService, RelationshipResolver, OrganisationTieResolver, OrganisationNetworkResolver],
  exports: [RelationshipService],
})
export class RelationshipsModule {}
