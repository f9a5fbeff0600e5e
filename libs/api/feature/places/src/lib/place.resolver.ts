import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PlaceEntity } from '@cg/api/core/database';
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
import { CreatePlaceInput } from './dto/create-place.input';
import { UpdatePlaceInput } from './dto/update-place.input';
import { PlaceConnection, PlaceFilter, PlaceSort, PlaceSortField } from './place-list.types';
import { ancestorsByPlace, childrenByPlace } from './place.loaders';
import { PlaceService } from './place.service';
import { Place, placeById } from '@cg/api/core/record-types';

@Resolver(() => Place)
export class PlaceResolver {
  constructor(private readonly service: PlaceService) {}

  @Query(() => Place, { description: 'One place by id.' })
  place(@Args('id', { type: () => ID }) id: string): Promise<Place> {
    return this.service.findById(id);
  }

  @Query(() => Place, { description: 'One place by its GSS code (e.g. E06000016) or custom code.' })
  placeByCode(@Args('code') code: string): Promise<Place> {
    return this.service.findByCode(code.trim());
  }

  @Query(() => PlaceConnection, {
    description: 'Places that are not archived, filtered, sorted (by name unless told) and paged.',
  })
  places(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => PlaceFilter, nullable: true }) filter?: PlaceFilter,
    @Args('sort', { type: () => [PlaceSort], nullable: true }) sort?: SortInputValue<PlaceSortField>[],
  ): Promise<ConnectionOf<Place>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Place, { description: 'Adds a custom place (a neighbourhood, an estate) inside an existing place.' })
  createPlace(@Args('input') input: CreatePlaceInput, @CurrentActor() actor: RequestActor): Promise<Place> {
    return this.service.createCustom(input, actor);
  }

  @Mutation(() => Place, { description: 'Changes a custom place; official ONS places are refused.' })
  updatePlace(@Args('input') input: UpdatePlaceInput, @CurrentActor() actor: RequestActor): Promise<Place> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Place, { description: 'Hides a custom place from lists; nothing is deleted.' })
  archivePlace(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<Place> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Place)
  restorePlace(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<Place> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => Place, { nullable: true, description: 'The place this one lies directly within.' })
  parent(@Parent() place: Place, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity | null> | null {
    return place.parentId ? loaders.get(placeById).load(place.parentId) : null;
  }

  @ResolveField(() => [Place], { description: 'Places directly within this one, by name.' })
  children(@Parent() place: Place, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity[]> {
    return loaders.get(childrenByPlace).load(place.id);
  }

  @ResolveField(() => [Place], {
    description: 'Every place this one lies within, from the country down to its parent.',
  })
  ancestors(@Parent() place: Place, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity[]> {
    return loaders.get(ancestorsByPlace).load(place.id);
  }
}
