import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  FundingEntity,
  FundingInstalmentEntity,
  OrganisationEntity,
  PartnershipEntity,
  ProjectEntity,
} from '@cg/api/core/database';
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
import { CreateFundingInput } from './dto/create-funding.input';
import { UpdateFundingInput } from './dto/update-funding.input';
import { FundingConnection, FundingFilter, FundingSort, FundingSortField } from './funding-list.types';
import {
  fundingGivenTotalByOrganisation,
  fundingReceivedTotalByOrganisation,
  scheduleByFunding,
} from './funding.loaders';
import { FundingService } from './funding.service';
import { Funding, FundingInstalment } from './funding.type';
import { Organisation, organisationById, Partnership, partnershipById, Project, projectById } from '@cg/api/core/record-types';

@Resolver(() => Funding)
export class FundingResolver {
  constructor(private readonly service: FundingService) {}

  @Query(() => Funding, { description: 'One funding record by id.' })
  funding(@Args('id', { type: () => ID }) id: string): Promise<FundingEntity> {
    return this.service.findById(id);
  }

  @Query(() => FundingConnection, {
    description: 'Funding that is not archived, filtered, sorted (newest first unless told) and paged.',
  })
  fundings(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => FundingFilter, nullable: true }) filter?: FundingFilter,
    @Args('sort', { type: () => [FundingSort], nullable: true }) sort?: SortInputValue<FundingSortField>[],
  ): Promise<ConnectionOf<FundingEntity>> {
    return this.service.list(page, filter, sort);
  }

  @Mutation(() => Funding, { description: 'Records funding and its schedule in one transaction.' })
  createFunding(@Args('input') input: CreateFundingInput, @CurrentActor() actor: RequestActor): Promise<FundingEntity> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Funding, {
    description: 'Changes the fields sent (schedule replaces the schedule); CONFLICT if the version is stale.',
  })
  updateFunding(@Args('input') input: UpdateFundingInput, @CurrentActor() actor: RequestActor): Promise<FundingEntity> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Funding, { description: 'Hides the funding from lists and totals; nothing is deleted.' })
  archiveFunding(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<FundingEntity> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Funding)
  restoreFunding(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<FundingEntity> {
    return this.service.restore(input.id, input.version, actor);
  }

  @ResolveField(() => Organisation)
  funder(@Parent() funding: Funding, @Loaders() loaders: LoaderRegistry): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(funding.funderOrganisationId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  async recipientOrganisation(
    @Parent() funding: Funding,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationEntity | null> {
    return funding.recipientOrganisationId ? loaders.get(organisationById).load(funding.recipientOrganisationId) : null;
  }

  @ResolveField(() => Partnership, { nullable: true })
  async recipientPartnership(
    @Parent() funding: Funding,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<PartnershipEntity | null> {
    return funding.recipientPartnershipId ? loaders.get(partnershipById).load(funding.recipientPartnershipId) : null;
  }

  @ResolveField(() => Project, { nullable: true })
  async recipientProject(
    @Parent() funding: Funding,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<ProjectEntity | null> {
    return funding.recipientProjectId ? loaders.get(projectById).load(funding.recipientProjectId) : null;
  }

  // The recipient's id only when the reader may open the recipient: the id of a hidden record
  // would tell them it exists (issue #10).
  @ResolveField(() => ID, { nullable: true })
  async recipientOrganisationId(@Parent() funding: Funding, @Loaders() loaders: LoaderRegistry): Promise<string | null> {
    return (await this.recipientOrganisation(funding, loaders))?.id ?? null;
  }

  @ResolveField(() => ID, { nullable: true })
  async recipientPartnershipId(@Parent() funding: Funding, @Loaders() loaders: LoaderRegistry): Promise<string | null> {
    return (await this.recipientPartnership(funding, loaders))?.id ?? null;
  }

  @ResolveField(() => ID, { nullable: true })
  async recipientProjectId(@Parent() funding: Funding, @Loaders() loaders: LoaderRegistry): Promise<string | null> {
    return (await this.recipientProject(funding, loaders))?.id ?? null;
  }

  @ResolveField(() => [FundingInstalment], { description: 'The schedule, by due date; empty when paid in one sum.' })
  schedule(@Parent() funding: Funding, @Loaders() loaders: LoaderRegistry): Promise<FundingInstalmentEntity[]> {
    return loaders.get(scheduleByFunding).load(funding.id);
  }
}

/** Adds funding totals to Organisation. */
@Resolver(() => Organisation)
export class OrganisationFundingResolver {
  @ResolveField(() => Float, { description: 'Funding (not archived) the organisation received directly, in pounds.' })
  fundingReceivedTotal(@Parent() organisation: Organisation, @Loaders() loaders: LoaderRegistry): Promise<number> {
    return loaders.get(fundingReceivedTotalByOrganisation).load(organisation.id);
  }

  @ResolveField(() => Float, { description: 'Funding (not archived) the organisation gave as funder, in pounds.' })
  fundingGivenTotal(@Parent() organisation: Organisation, @Loaders() loaders: LoaderRegistry): Promise<number> {
    return loaders.get(fundingGivenTotalByOrganisation).load(organisation.id);
  }
}
