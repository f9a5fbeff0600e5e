import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { OrganisationIdentifierEntity, PlaceEntity } from '@cg/api/core/database';
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
import { CreateOrganisationInput } from './dto/create-organisation.input';
import {
  AddOrganisationIdentifierInput,
  RemoveOrganisationIdentifierInput,
  SetOrganisationPlacesServedInput,
} from './dto/organisation-identifier.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import {
  OrganisationConnection,
  OrganisationFilter,
  OrganisationSort,
  OrganisationSortField,
} from './organisation-list.types';
import { identifiersByOrganisation, placesServedByOrganisation } from './organisation.loaders';
import { OrganisationService } from './organisation.service';
import { Organisation, OrganisationIdentifier, Place, placeById } from '@cg/api/core/record-types';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Query(() => Organisation, { description: 'One organisation by id.' })
  organisation(
    @Args('id', { type: () => ID }) id: string,
    @Info() info?: GraphQLResolveInfo,
    @Loaders() loaders?: LoaderRegistry,
  ): Promise<Organisation> {
    return this.service.findById(id, info, loaders);
  }

  @Query(() => OrganisationConnection, {
    description:
      'Organisations, filtered, sorted (by name unless told) and paged; archived ones only when the filter asks.',
  })
  organisations(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter?: OrganisationFilter,
    @Args('sort', { type: () => [OrganisationSort], nullable: true }) sort?: SortInputValue<OrganisationSortField>[],
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Fuzzy name search ("Leics Cares" finds "Leicestershire Cares"); best matches first.',
    })
    search?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConnectionOf<Organisation>> {
    return this.service.list(page, filter, sort, search, info);
  }

  @Mutation(() => Organisation)
  createOrganisation(
    @Args('input') input: CreateOrganisationInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Organisation, {
    description: 'Changes the fields sent; refused with CONFLICT if the version is stale.',
  })
  updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Organisation, { description: 'Hides the organisation from lists; nothing is deleted.' })
  archiveOrganisation(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Organisation)
  restoreOrganisation(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.restore(input.id, input.version, actor);
  }

  @Mutation(() => Organisation, {
    description: 'Adds an org-id identifier; CONFLICT if another organisation holds it.',
  })
  addOrganisationIdentifier(
    @Args('input') input: AddOrganisationIdentifierInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.addIdentifier(
      input.organisationId,
      input.identifier,
      input.primary ?? false,
      input.version ?? null,
      actor,
    );
  }

  @Mutation(() => Organisation, {
    description: 'Removes an identifier; the oldest remaining one becomes primary if it was.',
  })
  removeOrganisationIdentifier(
    @Args('input') input: RemoveOrganisationIdentifierInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.removeIdentifier(input.organisationId, input.identifier, input.version ?? null, actor);
  }

  @Mutation(() => Organisation, { description: 'Replaces the places the organisation serves.' })
  setOrganisationPlacesServed(
    @Args('input') input: SetOrganisationPlacesServedInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Organisation> {
    return this.service.setPlacesServed(input.organisationId, input.placeIds, input.version, actor);
  }

  @ResolveField(() => [OrganisationIdentifier], { description: 'org-id identifiers, primary first.' })
  identifiers(
    @Parent() organisation: Organisation,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationIdentifierEntity[]> {
    return loaders.get(identifiersByOrganisation).load(organisation.id);
  }

  @ResolveField(() => Place, { nullable: true })
  homePlace(
    @Parent() organisation: Organisation,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<PlaceEntity | null> | null {
    return organisation.homePlaceId ? loaders.get(placeById).load(organisation.homePlaceId) : null;
  }

  @ResolveField(() => [Place], { description: 'Places served besides the home place, by name.' })
  placesServed(@Parent() organisation: Organisation, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity[]> {
    return loaders.get(placesServedByOrganisation).load(organisation.id);
  }
}
