import { ResolveField, Resolver } from '@nestjs/graphql';
import { PartnershipMembershipEntity } from '@cg/api/core/database';
import { GraphQLContext, loadersOf } from '@cg/api/core/graphql';
import { membershipsByOrganisation } from './partnership.loaders';
import { Membership, Organisation } from '@cg/api/core/record-types';

/** Adds the partnerships side to Organisation: who it works with, in which partnerships, since when. */
@Resolver(() => Organisation)
export class OrganisationMembershipsResolver {
  @ResolveField(() => [Membership], {
    description:
      'Its memberships (not archived, current and ended) of partnerships that are not archived, earliest first.',
  })
  memberships(
    organisation: Organisation,
    _args: unknown,
    context: GraphQLContext,
  ): Promise<PartnershipMembershipEntity[]> {
    return loadersOf(context).get(membershipsByOrganisation).load(organisation.id);
  }
}
