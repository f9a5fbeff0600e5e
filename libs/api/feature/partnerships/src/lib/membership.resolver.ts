import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationEntity, PartnershipEntity, PartnershipMembershipEntity } from '@cg/api/core/database';
import {
  attachedToParent,
  CurrentActor,
  GraphQLContext,
  loadersOf,
  RecordVersionInput,
  RequestActor,
} from '@cg/api/core/graphql';
import { AddMembershipInput, EndMembershipInput, UpdateMembershipInput } from './dto/membership.input';
import { MembershipService } from './membership.service';
import { Membership, Organisation, organisationById, Partnership, partnershipById } from '@cg/api/core/record-types';

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @Mutation(() => Membership, {
    description: 'Adds an organisation to a partnership; CONFLICT if it is already a member.',
  })
  addMembership(
    @Args('input') input: AddMembershipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipMembershipEntity> {
    return this.memberships.add(input, actor);
  }

  @Mutation(() => Membership, {
    description: 'Changes the fields sent; refused with CONFLICT if the version is stale.',
  })
  updateMembership(
    @Args('input') input: UpdateMembershipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipMembershipEntity> {
    return this.memberships.update(input, actor);
  }

  @Mutation(() => Membership, {
    description: 'Ends the membership (sets toDate, today if not given); it stays as history.',
  })
  endMembership(
    @Args('input') input: EndMembershipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipMembershipEntity> {
    return this.memberships.end(input, actor);
  }

  @Mutation(() => Membership, { description: 'Archives a membership recorded in error; nothing is deleted.' })
  archiveMembership(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipMembershipEntity> {
    return this.memberships.archive(input.id, input.version, actor);
  }

  @Mutation(() => Membership)
  restoreMembership(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipMembershipEntity> {
    return this.memberships.restore(input.id, input.version, actor);
  }

  // The two ends of a membership are resolved once per member on every nested page: graphql's own
  // arguments and no parameter decorators, so Nest calls them directly (`loadersOf`).
  @ResolveField(() => Organisation)
  organisation(
    membership: Membership,
    _args: unknown,
    context: GraphQLContext,
  ): Promise<OrganisationEntity | null> | OrganisationEntity | null {
    // A partial row read with its membership's list stays on the membership (attachToParent).
    const attached = attachedToParent<OrganisationEntity>(membership, 'organisation');
    return attached !== undefined ? attached : loadersOf(context).get(organisationById).load(membership.organisationId);
  }

  @ResolveField(() => Partnership)
  partnership(
    membership: Membership,
    _args: unknown,
    context: GraphQLContext,
  ): Promise<PartnershipEntity | null> | PartnershipEntity | null {
    const attached = attachedToParent<PartnershipEntity>(membership, 'partnership');
    return attached !== undefined ? attached : loadersOf(context).get(partnershipById).load(membership.partnershipId);
  }
}
