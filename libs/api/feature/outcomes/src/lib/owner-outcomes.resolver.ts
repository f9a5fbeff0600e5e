import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OutcomeEntity } from '@cg/api/core/database';
import { LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { outcomesOwnedByPartnership, outcomesOwnedByProject } from './outcome.loaders';
import { Outcome, Partnership, Project } from '@cg/api/core/record-types';

// The outcomes a partnership or project owns, as fields of those types; defined here so
// outcomes builds on partnerships and projects, never the reverse.

@Resolver(() => Partnership)
export class PartnershipOutcomesResolver {
  @ResolveField(() => [Outcome], { description: 'Shared outcomes the partnership owns, by title.' })
  ownedOutcomes(@Parent() partnership: Partnership, @Loaders() loaders: LoaderRegistry): Promise<OutcomeEntity[]> {
    return loaders.get(outcomesOwnedByPartnership).load(partnership.id);
  }
}

@Resolver(() => Project)
export class ProjectOutcomesResolver {
  @ResolveField(() => [Outcome], { description: 'Shared outcomes the project owns, by title (targetedOutcomeIds lists those it works toward).' })
  ownedOutcomes(@Parent() project: Project, @Loaders() loaders: LoaderRegistry): Promise<OutcomeEntity[]> {
    return loaders.get(outcomesOwnedByProject).load(project.id);
  }
}
