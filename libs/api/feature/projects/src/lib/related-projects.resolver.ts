import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProjectEntity, ProjectParticipantEntity } from '@cg/api/core/database';
import { LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { participationsByOrganisation, projectsByPartnership } from './project.loaders';
import { Organisation, Partnership, Project, ProjectParticipant } from '@cg/api/core/record-types';

/** Partnership.projects: the joint projects a partnership runs. */
@Resolver(() => Partnership)
export class PartnershipProjectsResolver {
  @ResolveField(() => [Project], { description: 'Projects of the partnership that are not archived, by name.' })
  projects(@Parent() partnership: Partnership, @Loaders() loaders: LoaderRegistry): Promise<ProjectEntity[]> {
    return loaders.get(projectsByPartnership).load(partnership.id);
  }
}

/** Organisation.projects: the joint projects an organisation takes part in, with its role. */
@Resolver(() => Organisation)
export class OrganisationProjectsResolver {
  @ResolveField(() => [ProjectParticipant], { description: 'Its participations in projects that are not archived.' })
  projects(
    @Parent() organisation: Organisation,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<ProjectParticipantEntity[]> {
    return loaders.get(participationsByOrganisation).load(organisation.id);
  }
}
