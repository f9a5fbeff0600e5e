import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { ChangeMemberRoleInput, OrganisationUser, PendingInvitation } from './members.types';
import { MembersService } from './members.service';

@Resolver()
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => [OrganisationUser], { description: 'The users of an organisation and their roles (its administrators only).' })
  organisationUsers(@Args('organisationId', { type: () => ID }) organisationId: string, @Context('req') req: Request): Promise<OrganisationUser[]> {
    this.members.assertAdmin(req.user, organisationId);
    return this.members.members(organisationId);
  }

  @Query(() => [PendingInvitation], { description: 'Invitations sent and not yet accepted (administrators only).' })
  pendingInvitations(@Args('organisationId', { type: () => ID }) organisationId: string, @Context('req') req: Request): Promise<PendingInvitation[]> {
    this.members.assertAdmin(req.user, organisationId);
    return this.members.pendingInvitations(organisationId);
  }

  @Mutation(() => Boolean, { description: 'Changes a user’s role; the last administrator cannot step down.' })
  async changeMemberRole(@Args('input') input: ChangeMemberRoleInput, @Context('req') req: Request): Promise<boolean> {
    this.members.assertAdmin(req.user, input.organisationId);
    await this.members.changeRole(input.organisationId, input.userId, input.role, req.user?.id ?? null);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Removes a user from the organisation and ends their sessions.' })
  async removeMember(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context('req') req: Request,
  ): Promise<boolean> {
    this.members.assertAdmin(req.user, organisationId);
    await this.members.remove(organisationId, userId, req.user?.id ?? null);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation so its link no longer works.' })
  async withdrawInvitation(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @Context('req') req: Request,
  ): Promise<boolean> {
    this.members.assertAdmin(req.user, organisationId);
    await this.members.withdrawInvitation(organisationId, invitationId, req.user?.id ?? null);
    return true;
  }
}
