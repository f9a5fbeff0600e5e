import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RecordVersionInput, RequestActor } from '@cg/api/core/graphql';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { OrganisationService } from './organisation.service';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisations: OrganisationService) {}

  @Query(() => Organisation, { description: 'One organisation by id.' })
  organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation> {
    return this.organisations.findById(id);
  }

  @Mutation(() => Organisation)
  createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentActor() actor: RequestActor): Promise<Organisation> {
    return this.organisations.create(input, actor);
  }

  @Mutation(() => Organisation, { description: 'Changes the fields sent; refused with CONFLICT if the version is stale.' })
  updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentActor() actor: RequestActor): Promise<Organisation> {
    return this.organisations.update(input, actor);
  }

  @Mutation(() => Organisation, { description: 'Hides the organisation from lists; nothing is deleted.' })
  archiveOrganisation(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<Organisation> {
    return this.organisations.archive(input.id, input.version, actor);
  }

  @Mutation(() => Organisation)
  restoreOrganisation(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<Organisation> {
    return this.organisations.restore(input.id, input.version, actor);
  }
}
