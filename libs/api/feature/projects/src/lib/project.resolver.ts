import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PartnershipEntity, PlaceEntity, ProjectEntity, ProjectParticipantEntity } from '@cg/api/core/database';
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
import { CreateProjectInput } from './dto/create-project.input';
import { UpdateProjectInput } from './dto/update-project.input';
import { ProjectConnection, ProjectFilter, ProjectSort, ProjectSortField } from './project-list.types';
import { participantsByProject, placesByProject, targetedOutcomeIdsByProject } from './project.loaders';
import { ProjectService } from './project.service';
import { Partnership, partnershipById, Place, Project, ProjectParticipant } from '@cg/api/core/record-types';

@Resolver(() => Project)
export class ProjectResolver {
  constructor(private readonly service: ProjectService) {}

  @Query(() => Project, { description: 'One project by id.' })
  project(@Args('id', { type: () => ID }) id: string): Promise<ProjectEntity> {
    return this.service.findById(id);
  }

  @Query(() => ProjectConnection, { description: 'Projects that are not archived, filtered, sorted and paged.' })
  projects(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('sort', { type: () => [ProjectSort], nullable: true }) sort?: SortInputValue<ProjectSortField>[],
  ): Promise<ConnectionOf<ProjectEntity>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Project, {
    description: 'Creates a project with its places and targeted outcomes in one transaction.',
  })
  createProject(@Args('input') input: CreateProjectInput, @CurrentActor() actor: RequestActor): Promise<ProjectEntity> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Project, { description: 'Changes the fields sent; refused with CONFLICT if the version is stale.' })
  updateProject(@Args('input') input: UpdateProjectInput, @CurrentActor() actor: RequestActor): Promise<ProjectEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Project, { description: 'Hides the project from lists; nothing is deleted.' })
  archiveProject(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProjectEntity> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Project)
  restoreProject(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProjectEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => [ProjectParticipant], { description: 'Participating organisations (not removed).' })
  participants(@Parent() project: Project, @Loaders() loaders: LoaderRegistry): Promise<ProjectParticipantEntity[]> {
    return loaders.get(participantsByProject).load(project.id);
  }

  @ResolveField(() => Partnership, { nullable: true })
  async partnership(@Parent() project: Project, @Loaders() loaders: LoaderRegistry): Promise<PartnershipEntity | null> {
    return project.partnershipId ? loaders.get(partnershipById).load(project.partnershipId) : null;
  }

  @ResolveField(() => [Place])
  places(@Parent() project: Project, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity[]> {
    return loaders.get(placesByProject).load(project.id);
  }

  @ResolveField(() => [ID], { description: 'Ids of the shared outcomes the project targets.' })
  targetedOutcomeIds(@Parent() project: Project, @Loaders() loaders: LoaderRegistry): Promise<string[]> {
    return loaders.get(targetedOutcomeIdsByProject).load(project.id);
  }
}
