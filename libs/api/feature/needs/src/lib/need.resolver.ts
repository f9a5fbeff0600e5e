import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NeedEntity, OrganisationEntity, OutcomeEntity, PlaceEntity, ProjectEntity } from '@cg/api/core/database';
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
import { CreateNeedInput, UpdateNeedInput } from './dto/need.inputs';
import { NeedConnection, NeedFilter, NeedSort, NeedSortField } from './need-list.types';
import { needOrganisationById, needPlaceById, outcomesByNeed, projectIdsByNeed, projectsByNeed } from './need.loaders';
import { NeedService } from './need.service';
import { Need } from './need.type';
import { Organisation, Outcome, Place, Project } from '@cg/api/core/record-types';

@Resolver(() => Need)
export class NeedResolver {
  constructor(private readonly service: NeedService) {}

  @Query(() => Need, { description: 'One need by id (archived ones too).' })
  need(@Args('id', { type: () => ID }) id: string): Promise<NeedEntity> {
    return this.service.findById(id);
  }

  @Query(() => NeedConnection, { description: 'Local needs, most urgent then most recent first unless sorted otherwise.' })
  needs(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter?: NeedFilter,
    @Args('sort', { type: () => [NeedSort], nullable: true }) sort?: SortInputValue<NeedSortField>[],
  ): Promise<ConnectionOf<NeedEntity>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Need, { description: 'raisedOn defaults to today; raisedByOrganisationId is required when raisedBy is ORGANISATION.' })
  createNeed(@Args('input') input: CreateNeedInput, @CurrentActor() actor: RequestActor): Promise<NeedEntity> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Need, { description: 'Changes the fields sent; lists sent replace the old ones. CONFLICT if the version is stale.' })
  updateNeed(@Args('input') input: UpdateNeedInput, @CurrentActor() actor: RequestActor): Promise<NeedEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Need, { description: 'Hides the need from lists; nothing is deleted.' })
  archiveNeed(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<NeedEntity> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Need)
  restoreNeed(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<NeedEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => Place, { nullable: true })
  async place(@Parent() need: Need, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity | null> {
    return need.placeId ? loaders.get(needPlaceById).load(need.placeId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  async raisedByOrganisation(@Parent() need: Need, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity | null> {
    return need.raisedByOrganisationId ? loaders.get(needOrganisationById).load(need.raisedByOrganisationId) : null;
  }

  @ResolveField(() => [ID], { description: 'Projects answering the need.' })
  projectIds(@Parent() need: Need, @Loaders() loaders: LoaderRegistry): Promise<string[]> {
    return loaders.get(projectIdsByNeed).load(need.id);
  }

  @ResolveField(() => [Outcome], { description: 'Unarchived outcomes answering the need, by title.' })
  outcomes(@Parent() need: Need, @Loaders() loaders: LoaderRegistry): Promise<OutcomeEntity[]> {
    return loaders.get(outcomesByNeed).load(need.id);
  }

  @ResolveField(() => [Project], { description: 'Unarchived projects answering the need, by name.' })
  projects(@Parent() need: Need, @Loaders() loaders: LoaderRegistry): Promise<ProjectEntity[]> {
    return loaders.get(projectsByNeed).load(need.id);
  }
}
