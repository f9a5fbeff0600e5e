import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorEntity, OrganisationEntity, OutcomeEntity, PartnershipEntity, ProjectEntity, StoryEntity } from '@cg/api/core/database';
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
import { OutcomeStatus } from '@cg/shared/domain';
import { CreateOutcomeInput, UpdateOutcomeInput } from './dto/outcome.inputs';
import { OutcomeConnection, OutcomeFilter, OutcomeSort, OutcomeSortField } from './outcome-list.types';
import { contributorsByOutcome, indicatorsByOutcome, statusByOutcome, storiesByOutcome } from './outcome.loaders';
import { OutcomeService } from './outcome.service';
import { Indicator, Organisation, Outcome, Partnership, partnershipById, Project, projectById, Story } from '@cg/api/core/record-types';

@Resolver(() => Outcome)
export class OutcomeResolver {
  constructor(private readonly service: OutcomeService) {}

  @Query(() => Outcome, { description: 'One shared outcome by id (archived ones too).' })
  outcome(@Args('id', { type: () => ID }) id: string): Promise<OutcomeEntity> {
    return this.service.findById(id);
  }

  @Query(() => OutcomeConnection, {
    description: 'Shared outcomes, by title unless sorted otherwise. For a dashboard: filter: { status: { in: [AT_RISK, OFF_TRACK] } }.',
  })
  outcomes(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => OutcomeFilter, nullable: true }) filter?: OutcomeFilter,
    @Args('sort', { type: () => [OutcomeSort], nullable: true }) sort?: SortInputValue<OutcomeSortField>[],
  ): Promise<ConnectionOf<OutcomeEntity>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Outcome, { description: 'Owned by exactly one partnership or project.' })
  createOutcome(@Args('input') input: CreateOutcomeInput, @CurrentActor() actor: RequestActor): Promise<OutcomeEntity> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Outcome, { description: 'Changes the fields sent; contributorIds, when sent, replaces the list. CONFLICT if the version is stale.' })
  updateOutcome(@Args('input') input: UpdateOutcomeInput, @CurrentActor() actor: RequestActor): Promise<OutcomeEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Outcome, { description: 'Hides the outcome from lists; nothing is deleted.' })
  archiveOutcome(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<OutcomeEntity> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Outcome)
  restoreOutcome(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<OutcomeEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => [Indicator])
  indicators(@Parent() outcome: Outcome, @Loaders() loaders: LoaderRegistry): Promise<IndicatorEntity[]> {
    return loaders.get(indicatorsByOutcome).load(outcome.id);
  }

  @ResolveField(() => [Story], { description: 'Newest first.' })
  stories(@Parent() outcome: Outcome, @Loaders() loaders: LoaderRegistry): Promise<StoryEntity[]> {
    return loaders.get(storiesByOutcome).load(outcome.id);
  }

  @ResolveField(() => [Organisation], { description: 'Organisations credited with contributing, by name.' })
  contributors(@Parent() outcome: Outcome, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity[]> {
    return loaders.get(contributorsByOutcome).load(outcome.id);
  }

  @ResolveField(() => OutcomeStatus, { description: 'The worst status of its indicators; NO_DATA when it has none.' })
  status(@Parent() outcome: Outcome, @Loaders() loaders: LoaderRegistry): Promise<OutcomeStatus> {
    return loaders.get(statusByOutcome).load(outcome.id);
  }

  @ResolveField(() => Partnership, { nullable: true, description: 'The owning partnership, when a partnership owns it.' })
  async ownerPartnership(@Parent() outcome: Outcome, @Loaders() loaders: LoaderRegistry): Promise<PartnershipEntity | null> {
    return outcome.ownerPartnershipId ? loaders.get(partnershipById).load(outcome.ownerPartnershipId) : null;
  }

  @ResolveField(() => Project, { nullable: true, description: 'The owning project, when a project owns it.' })
  async ownerProject(@Parent() outcome: Outcome, @Loaders() loaders: LoaderRegistry): Promise<ProjectEntity | null> {
    return outcome.ownerProjectId ? loaders.get(projectById).load(outcome.ownerProjectId) : null;
  }
}
