import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NeedEntity } from '@cg/api/core/database';
import { LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { needsByProject } from './need.loaders';
import { Need } from './need.type';
import { Project } from '@cg/api/core/record-types';

/** The needs a project answers, as a field of Project; defined here so needs builds on projects. */
@Resolver(() => Project)
export class ProjectNeedsResolver {
  @ResolveField(() => [Need], { description: 'Local needs the project answers, most urgent first.' })
  needs(@Parent() project: Project, @Loaders() loaders: LoaderRegistry): Promise<NeedEntity[]> {
    return loaders.get(needsByProject).load(project.id);
  }
}
