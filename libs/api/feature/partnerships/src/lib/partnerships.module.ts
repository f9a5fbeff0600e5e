import { Module } from '@nestjs/common';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { OrganisationMembershipsResolver } from './organisation-memberships.resolver';
import { PartnershipResolver } from './partnership.resolver';
import { PartnershipService } from './partnership.service';

@Module({
  providers: [
    PartnershipService,
    MembershipService,
    PartnershipResolver,
    MembershipResolver,
    OrganisationMembershipsResolver,
  ],
  exports: [PartnershipService, MembershipService],
})
export class PartnershipsModule {}
