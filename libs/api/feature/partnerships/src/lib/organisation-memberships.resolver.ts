import { ResolveField, Resolver } from '@nestjs/graphql';
import { PartnershipMembershipEntity } from '@cg/api/core/database';
import { attachedToParent, GraphQLContext, loadersOf, nestedListKey } from '@cg/api/core/graphql';
import { membershipsByOrganisation } from './partnership.loaders';
import { Membership, Organisation } from '@cg/api/core/record-types';

const MEMBERSHIPS_KEY = nestedListKey('memberships', {});

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
  ): Promise<PartnershipMembershipEntity[]> | PartnershipMembershipEntity[] {
    // Read with the organisation's own statement, only the columns asked for (byIdWithNestedLists).
    const attached = attachedToParent<PartnershipMembershipEntity[]>(organisation, MEMBERSHIPS_KEY);
    return attached ?? loadersOf(context).get(membershipsByOrganisation).load(organisation.id);
  }
}
