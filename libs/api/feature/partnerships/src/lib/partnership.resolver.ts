import { Args, Float, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PartnershipEntity, PartnershipMembershipEntity, PlaceEntity } from '@cg/api/core/database';
import {
  ArgumentsFromGraphQL,
  ConnectionArgs,
  ConnectionOf,
  CurrentActor,
  GraphQLContext,
  LoaderRegistry,
  loadersOf,
  nestedListKey,
  attachedToParent,
  Loaders,
  RecordVersionInput,
  RequestActor,
  SortInputValue,
} from '@cg/api/core/graphql';
import { isUUID } from 'class-validator';
import { CreatePartnershipInput } from './dto/create-partnership.input';
import { UpdatePartnershipInput } from './dto/update-partnership.input';
import {
  PartnershipConnection,
  PartnershipFilter,
  PartnershipSort,
  PartnershipSortField,
} from './partnership-list.types';
import {
  funderTotalByPartnership,
  fundingTotalByPartnership,
  currentMembershipsByPartnership,
  membershipsByPartnership,
  memberStatsByPartnership,
  placesByPartnership,
} from './partnership.loaders';
import { PartnershipService } from './partnership.service';
import { badInput } from '@cg/shared/domain';
import { Membership, Partnership, Place } from '@cg/api/core/record-types';

@Resolver(() => Partnership)
export class PartnershipResolver {
  constructor(private readonly service: PartnershipService) {}

  @Query(() => Partnership, { description: 'One partnership by id.' })
  partnership(
    @Args('id', { type: () => ID }) id: string,
    @Info() info?: GraphQLResolveInfo,
    @Loaders() loaders?: LoaderRegistry,
  ): Promise<PartnershipEntity> {
    return this.service.findById(id, info, loaders);
  }

  @Query(() => PartnershipConnection, {
    description: 'Partnerships that are not archived, filtered, sorted and paged.',
  })
  partnerships(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => PartnershipFilter, nullable: true }) filter?: PartnershipFilter,
    @Args('sort', { type: () => [PartnershipSort], nullable: true }) sort?: SortInputValue<PartnershipSortField>[],
    @Info() info?: GraphQLResolveInfo,
    @Loaders() loaders?: LoaderRegistry,
  ): Promise<ConnectionOf<PartnershipEntity>> {
    return this.service.list(page, filter, sort, info, loaders);
  }

  @Mutation(() => Partnership, { description: 'Creates a partnership and the places it covers in one transaction.' })
  createPartnership(
    @Args('input') input: CreatePartnershipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipEntity> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Partnership, {
    description: 'Changes the fields sent (placeIds replaces the set); refused with CONFLICT if the version is stale.',
  })
  updatePartnership(
    @Args('input') input: UpdatePartnershipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Partnership, { description: 'Hides the partnership from lists; nothing is deleted.' })
  archivePartnership(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipEntity> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Partnership)
  restorePartnership(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<PartnershipEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  // Called directly with graphql's own arguments (once per partnership of a page); `current` is
  // declared by @Args for the schema and read from `args` (ArgumentsFromGraphQL).
  @ArgumentsFromGraphQL()
  @ResolveField(() => [Membership], {
    description:
      'Current members, earliest first: the memberships memberCount counts (not archived, started and not ended). With current: false, every membership that is not archived, past and future too.',
  })
  members(
    partnership: Partnership,
    @Args('current', {
      type: () => Boolean,
      defaultValue: true,
      description: 'Only current memberships (the default).',
    })
    args: { current: boolean },
    context: GraphQLContext,
  ): Promise<PartnershipMembershipEntity[]> | PartnershipMembershipEntity[] {
    // Read with the partnership's or its page's statement, only the columns asked for (nested lists).
    const attached = attachedToParent<PartnershipMembershipEntity[]>(partnership, nestedListKey('members', args));
    return (
      attached ??
      loadersOf(context)
        .get(args.current ? currentMembershipsByPartnership : membershipsByPartnership)
        .load(partnership.id)
    );
  }

  // Plain fields below take graphql's own arguments, no parameter decorators: Nest calls them
  // directly rather than through its per-call pipeline (`loadersOf`, issue #13).
  @ResolveField(() => [Place], { description: 'The places the partnership covers.' })
  places(partnership: Partnership, _args: unknown, context: GraphQLContext): Promise<PlaceEntity[]> {
    return loadersOf(context).get(placesByPartnership).load(partnership.id);
  }

  @ResolveField(() => Int, { description: 'Current members: memberships not archived and not ended.' })
  async memberCount(partnership: Partnership, _args: unknown, context: GraphQLContext): Promise<number> {
    return (await loadersOf(context).get(memberStatsByPartnership).load(partnership.id)).memberCount;
  }

  @ResolveField(() => Int, { description: 'Current members holding a decision-making seat.' })
  async decisionSeatCount(partnership: Partnership, _args: unknown, context: GraphQLContext): Promise<number> {
    return (await loadersOf(context).get(memberStatsByPartnership).load(partnership.id)).decisionSeatCount;
  }

  @ResolveField(() => Float, { description: 'Cash contributed by members (memberships not archived), in pounds.' })
  async totalCashContribution(partnership: Partnership, _args: unknown, context: GraphQLContext): Promise<number> {
    return (await loadersOf(context).get(memberStatsByPartnership).load(partnership.id)).totalCashContribution;
  }

  @ResolveField(() => Float, {
    description: 'In-kind value contributed by members (memberships not archived), in pounds.',
  })
  async totalInKindContribution(partnership: Partnership, _args: unknown, context: GraphQLContext): Promise<number> {
    return (await loadersOf(context).get(memberStatsByPartnership).load(partnership.id)).totalInKindContribution;
  }

  @ResolveField(() => Float, {
    description:
      'Funding (not archived) to the partnership and to its projects, in pounds; only from `funder` when given.',
  })
  fundingTotal(
    @Parent() partnership: Partnership,
    @Loaders() loaders: LoaderRegistry,
    @Args('funder', { type: () => ID, nullable: true, description: 'Count only funding from this funder.' })
    funder?: string | null,
  ): Promise<number> {
    if (funder && !isUUID(funder)) throw badInput('funder', 'funder must be an organisation id.');
    return funder
      ? loaders.get(funderTotalByPartnership).load({ partnershipId: partnership.id, funderId: funder })
      : loaders.get(fundingTotalByPartnership).load(partnership.id);
  }
}
