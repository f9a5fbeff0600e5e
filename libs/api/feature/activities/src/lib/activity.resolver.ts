import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActivityEntity, OrganisationEntity, PartnershipEntity, PersonEntity, PlaceEntity, ProjectEntity } from '@cg/api/core/database';
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
import { ActivityConnection, ActivityFilter, ActivitySort, ActivitySortField } from './activity-list.types';
import { activityPlaceById, organisationIdsByActivity, organisationsByActivity, peopleByActivity, personIdsByActivity } from './activity.loaders';
import { ActivityService } from './activity.service';
import { Activity } from './activity.type';
import { CreateActivityInput } from './dto/create-activity.input';
import { UpdateActivityInput } from './dto/update-activity.input';
import { Organisation, Partnership, partnershipById, Person, Place, Project, projectById } from '@cg/api/core/record-types';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Query(() => Activity, { description: 'One activity by id (archived ones too).' })
  activity(@Args('id', { type: () => ID }) id: string): Promise<ActivityEntity> {
    return this.service.findById(id);
  }

  @Query(() => ActivityConnection, { description: 'The activity log, newest first unless sorted otherwise; archived entries are left out.' })
  activities(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter,
    @Args('sort', { type: () => [ActivitySort], nullable: true }) sort?: SortInputValue<ActivitySortField>[],
  ): Promise<ConnectionOf<ActivityEntity>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Activity, { description: 'Logs an activity; the date is today (UK time) when left out.' })
  createActivity(@Args('input') input: CreateActivityInput, @CurrentActor() actor: RequestActor): Promise<ActivityEntity> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Activity, { description: 'Changes the fields sent; lists sent replace the old ones. CONFLICT if the version is stale.' })
  updateActivity(@Args('input') input: UpdateActivityInput, @CurrentActor() actor: RequestActor): Promise<ActivityEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Activity, { description: 'Hides the activity from the log; nothing is deleted.' })
  archiveActivity(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<ActivityEntity> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Activity)
  restoreActivity(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<ActivityEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => [Organisation], { description: 'Organisations involved, by name.' })
  organisations(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity[]> {
    return loaders.get(organisationsByActivity).load(activity.id);
  }

  @ResolveField(() => [ID])
  organisationIds(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<string[]> {
    return loaders.get(organisationIdsByActivity).load(activity.id);
  }

  @ResolveField(() => [ID], { description: 'People who took part.' })
  personIds(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<string[]> {
    return loaders.get(personIdsByActivity).load(activity.id);
  }

  @ResolveField(() => Place, { nullable: true })
  async place(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<PlaceEntity | null> {
    return activity.placeId ? loaders.get(activityPlaceById).load(activity.placeId) : null;
  }

  @ResolveField(() => [Person], { description: 'People who took part, by name.' })
  people(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<PersonEntity[]> {
    return loaders.get(peopleByActivity).load(activity.id);
  }

  @ResolveField(() => Project, { nullable: true })
  async project(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<ProjectEntity | null> {
    return activity.projectId ? loaders.get(projectById).load(activity.projectId) : null;
  }

  @ResolveField(() => Partnership, { nullable: true })
  async partnership(@Parent() activity: Activity, @Loaders() loaders: LoaderRegistry): Promise<PartnershipEntity | null> {
    return activity.partnershipId ? loaders.get(partnershipById).load(activity.partnershipId) : null;
  }
}
