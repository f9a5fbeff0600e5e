import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AffiliationEntity, OrganisationEntity, PersonEntity } from '@cg/api/core/database';
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
import { AddAffiliationInput, EndAffiliationInput, UpdateAffiliationInput } from './dto/affiliation.input';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { affiliationsByOrganisation, affiliationsByPerson, personById } from './people.loaders';
import { PersonConnection, PersonFilter, PersonSort, PersonSortField } from './person-list.types';
import { PersonService } from './person.service';
import { Affiliation, Organisation, organisationById, Person } from '@cg/api/core/record-types';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Query(() => Person, { description: 'One person by id.' })
  person(@Args('id', { type: () => ID }) id: string): Promise<Person> {
    return this.service.findById(id);
  }

  @Query(() => PersonConnection, { description: 'People, filtered, sorted (by name unless told) and paged.' })
  people(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => PersonFilter, nullable: true }) filter?: PersonFilter,
    @Args('sort', { type: () => [PersonSort], nullable: true }) sort?: SortInputValue<PersonSortField>[],
    @Args('search', { type: () => String, nullable: true, description: 'Fuzzy name search; best matches first.' })
    search?: string,
  ): Promise<ConnectionOf<Person>> {
    return this.service.list(page, filter, sort, search);
  }

  @Mutation(() => Person, { description: 'Adds a contact; a CONSENT lawful basis needs its consentDate.' })
  createPerson(@Args('input') input: CreatePersonInput, @CurrentActor() actor: RequestActor): Promise<Person> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Person, { description: 'Changes the fields sent; refused with CONFLICT if the version is stale.' })
  updatePerson(@Args('input') input: UpdatePersonInput, @CurrentActor() actor: RequestActor): Promise<Person> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Person, { description: 'Hides the person from lists; nothing is deleted.' })
  archivePerson(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<Person> {
    return this.service.archive(input.id, input.version, actor);
  }

  @Mutation(() => Person)
  restorePerson(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<Person> {
    return this.service.restore(input.id, input.version, actor);
  }

  @Mutation(() => Affiliation, { description: 'Links a person to an organisation with a title and period.' })
  addAffiliation(@Args('input') input: AddAffiliationInput, @CurrentActor() actor: RequestActor): Promise<Affiliation> {
    return this.service.addAffiliation(input, actor);
  }

  @Mutation(() => Affiliation)
  updateAffiliation(
    @Args('input') input: UpdateAffiliationInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Affiliation> {
    return this.service.updateAffiliation(input, actor);
  }

  @Mutation(() => Affiliation, { description: 'Records the last day of an affiliation; it stays in the history.' })
  endAffiliation(@Args('input') input: EndAffiliationInput, @CurrentActor() actor: RequestActor): Promise<Affiliation> {
    return this.service.endAffiliation(input, actor);
  }

  @Mutation(() => Affiliation, { description: 'Removes an affiliation entered by mistake; nothing is deleted.' })
  archiveAffiliation(
    @Args('input') input: RecordVersionInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Affiliation> {
    return this.service.archiveAffiliation(input.id, input.version, actor);
  }

  @ResolveField(() => [Affiliation], { description: 'Affiliations that are not archived, primary first.' })
  affiliations(@Parent() person: Person, @Loaders() loaders: LoaderRegistry): Promise<AffiliationEntity[]> {
    return loaders.get(affiliationsByPerson).load(person.id);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @ResolveField(() => Person)
  person(@Parent() affiliation: Affiliation, @Loaders() loaders: LoaderRegistry): Promise<PersonEntity | null> {
    return loaders.get(personById).load(affiliation.personId);
  }

  @ResolveField(() => Organisation)
  organisation(
    @Parent() affiliation: Affiliation,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OrganisationEntity | null> {
    return loaders.get(organisationById).load(affiliation.organisationId);
  }
}

/** People of an organisation, through their affiliations. */
@Resolver(() => Organisation)
export class OrganisationPeopleResolver {
  @ResolveField(() => [Affiliation], {
    description: "Affiliations of the organisation's people (neither archived), current ones first.",
  })
  people(@Parent() organisation: Organisation, @Loaders() loaders: LoaderRegistry): Promise<AffiliationEntity[]> {
    return loaders.get(affiliationsByOrganisation).load(organisation.id);
  }
}
