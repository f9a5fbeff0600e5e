import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationEntity } from '@cg/api/core/database';
import {
  ConnectionArgs,
  ConnectionOf,
  CurrentActor,
  LoaderRegistry,
  Loaders,
  RecordVersionInput,
  RequestActor,
  SortInputValue,
} from '@cg/api/core/graphql';
import { TieKind } from '@cg/shared/domain';
import { CreateRelationshipInput, UpdateRelationshipInput } from './dto/relationship.input';
import {
  RelationshipConnection,
  RelationshipFilter,
  RelationshipSort,
  RelationshipSortField,
} from './relationship-list.types';
import { RelationshipService } from './relationship.service';
import { OrganisationTie, Relationship, TieKindCount } from './relationship.type';
import { partnerCountByOrganisation, tieSummaryByOrganisation, tiesByOrganisation } from './tie.loaders';
import { Organisation, organisationById } from '@cg/api/core/record-types';

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(private readonly service: RelationshipService) {}

  @Query(() => Relationship, { description: 'One typed relationship by id.' })
  relationship(@Args('id', { type: () => ID }) id: string): Promise<Relationship> {
    return this.service.findById(id);
  }

  @Query(() => RelationshipConnection, { description: 'Typed relationships, newest first unless told, paged.' })
  relationships(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => RelationshipFilter, nullable: true }) filter?: RelationshipFilter,
    @Args('sort', { type: () => [RelationshipSort], nullable: true }) sort?: SortInputValue<RelationshipSortField>[],
  ): Promise<ConnectionOf<Relationship>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Relationship, { description: 'Records a typed tie between two different organisations.' })
  createRelationship(
    @Args('input') input: CreateRelationshipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Relationship> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Relationship, {
    description: 'Changes the fields sent; refused with CONFLICT if the version is stale.',
  })
  updateRelationship(
    @Args('input') input: UpdateRelationshipInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Relationship> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Relationship, { description: 'Ends the tie in lists and the network; nothing is deleted.' })
  archiveRelationship(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Relationship> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Relationship)
  restoreRelationship(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Relationship> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => Organisation)
  fromOrganisation(
    @Parent() relationship: Relationship,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(relationship.fromOrganisationId);
  }

  @ResolveField(() => Organisation)
  toOrganisation(
    @Parent() relationship: Relationship,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(relationship.toOrganisationId);
  }
}

@Resolver(() => OrganisationTie)
export class OrganisationTieResolver {
  @ResolveField(() => Organisation, { description: 'The organisation at the other end.' })
  organisation(@Parent() tie: OrganisationTie, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(tie.otherOrganisationId);
  }
}

/** Network fields on Organisation, from the organisation_tie view, batched across organisations. */
@Resolver(() => Organisation)
export class OrganisationNetworkResolver {
  @ResolveField(() => [OrganisationTie], {
    description:
      'Ties to organisations that are not archived, typed and derived, by kind then name; every kind when kinds is absent or empty.',
  })
  ties(
    @Parent() organisation: Organisation,
    @Loaders() loaders: LoaderRegistry,
    @Args('kinds', { type: () => [TieKind], nullable: true }) kinds?: TieKind[] | null,
  ): Promise<OrganisationTie[]> {
    return loaders
      .get(tiesByOrganisation)
      .load({ organisationId: organisation.id, kinds: kinds?.length ? kinds : null });
  }

  @ResolveField(() => Int, { description: 'How many other organisations it is tied to, by any kind of tie.' })
  partnerCount(@Parent() organisation: Organisation, @Loaders() loaders: LoaderRegistry): Promise<number> {
    return loaders.get(partnerCountByOrganisation).load(organisation.id);
  }

  @ResolveField(() => [TieKindCount], {
    description: 'Distinct partners by kind of tie; kinds with none are left out.',
  })
  tieSummary(@Parent() organisation: Organisation, @Loaders() loaders: LoaderRegistry): Promise<TieKindCount[]> {
    return loaders.get(tieSummaryByOrganisation).load(organisation.id);
  }
}
