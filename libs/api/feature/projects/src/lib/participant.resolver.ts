import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationEntity, ProjectEntity, ProjectParticipantEntity } from '@cg/api/core/database';
import { CurrentActor, LoaderRegistry, Loaders, RecordVersionInput, RequestActor } from '@cg/api/core/graphql';
import { AddParticipantInput, UpdateParticipantInput } from './dto/participant.input';
import { ParticipantService } from './participant.service';
import { Organisation, organisationById, Project, projectById, ProjectParticipant } from '@cg/api/core/record-types';

@Resolver(() => ProjectParticipant)
export class ParticipantResolver {
  constructor(private readonly service: ParticipantService) {}

  @Mutation(() => ProjectParticipant, {
    description: 'Adds an organisation to a project; CONFLICT if it already takes part.',
  })
  addProjectParticipant(
    @Args('input') input: AddParticipantInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProjectParticipantEntity> {
    return this.service.add(input, actor);
  }

  @Mutation(() => ProjectParticipant, {
    description: 'Changes the fields sent; refused with CONFLICT if the version is stale.',
  })
  updateProjectParticipant(
    @Args('input') input: UpdateParticipantInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProjectParticipantEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => ProjectParticipant, {
    description: 'Removes an organisation from a project by archiving its participation.',
  })
  removeProjectParticipant(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProjectParticipantEntity> {
    return this.service.remove(input.id, input.version, actor);
  }

  @Mutation(() => ProjectParticipant)
  restoreProjectParticipant(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProjectParticipantEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => Organisation)
  organisation(
    @Parent() participant: ProjectParticipant,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(participant.organisationId);
  }

  @ResolveField(() => Project)
  project(
    @Parent() participant: ProjectParticipant,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<ProjectEntity | null> {
    return loaders.get(projectById).load(participant.projectId);
  }
}
