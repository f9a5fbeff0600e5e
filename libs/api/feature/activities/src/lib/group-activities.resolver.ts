import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActivityEntity } from '@cg/api/core/database';
import { ConnectionArgs, ConnectionOf, SortInputValue } from '@cg/api/core/graphql';
import { ActivityConnection, ActivityFilter, ActivitySort, ActivitySortField } from './activity-list.types';
import { ActivityService } from './activity.service';
import { Partnership, Project } from '@cg/api/core/record-types';

// A project's and a partnership's log, as fields of those types. They live here, not in
// projects or partnerships, so the dependency runs one way: activities builds on them.
// Each is one paged query per parent: ask for it on one project, not on a long list.

@Resolver(() => Project)
export class ProjectActivitiesResolver {
  constructor(private readonly service: ActivityService) {}

  @ResolveField(() => ActivityConnection, { description: "The project's activity log, newest first unless sorted otherwise." })
  activities(
    @Parent() project: Project,
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter,
    @Args('sort', { type: () => [ActivitySort], nullable: true }) sort?: SortInputValue<ActivitySortField>[],
  ): Promise<ConnectionOf<ActivityEntity>> {
    return this.service.list(page, filter, sort, { projectId: project.id });
  }
}

@Resolver(() => Partnership)
export class PartnershipActivitiesResolver {
  constructor(private readonly service: ActivityService) {}

  @ResolveField(() => ActivityConnection, {
    description: "The partnership's own activity log (activities logged against it), newest first unless sorted otherwise.",
  })
  activities(
    @Parent() partnership: Partnership,
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter,
    @Args('sort', { type: () => [ActivitySort], nullable: true }) sort?: SortInputValue<ActivitySortField>[],
  ): Promise<ConnectionOf<ActivityEntity>> {
    return this.service.list(page, filter, sort, { partnershipId: partnership.id });
  }
}
