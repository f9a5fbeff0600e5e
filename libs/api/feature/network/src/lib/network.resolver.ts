import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar, LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { AS_AT_RULES } from './growth-series.types';
import { CollaborationIndex as CollaborationIndexValue } from '@cg/shared/domain';
import { collaborationByPartnership } from './collaboration.loaders';
import { NetworkService } from './network.service';
import { CollaborationIndex, Network, NetworkFilter, OrganisationNetworkMeasures } from './network.types';
import { Organisation, Partnership } from '@cg/api/core/record-types';

@Resolver(() => Network)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Query(() => Network, {
    description:
      'The network of organisations (typed relationships, co-membership, joint projects, funding) with its measures: the whole network, a filtered part of it, or an organisation\'s ego network. Cached until the records behind it change.',
  })
  network(@Args('filter', { type: () => NetworkFilter, nullable: true }) filter?: NetworkFilter): Promise<Network> {
    return this.service.network(filter);
  }

  @Query(() => OrganisationNetworkMeasures, {
    description: "One organisation's measures within the network the filter describes (the whole network by default).",
  })
  organisationMeasures(
    @Args('id', { type: () => ID }) id: string,
    @Args('filter', { type: () => NetworkFilter, nullable: true }) filter?: NetworkFilter,
  ): Promise<OrganisationNetworkMeasures> {
    return this.service.organisationMeasures(id, filter);
  }
}

@Resolver(() => Organisation)
export class OrganisationNetworkMeasuresResolver {
  constructor(private readonly service: NetworkService) {}

  @ResolveField(() => OrganisationNetworkMeasures, {
    description: 'Its degree, betweenness, eigenvector centrality, community and sector brokerage in the whole network.',
  })
  networkMeasures(@Parent() organisation: Organisation): Promise<OrganisationNetworkMeasures> {
    return this.service.organisationMeasures(organisation.id);
  }
}

@Resolver(() => Partnership)
export class PartnershipCollaborationResolver {
  @ResolveField(() => [CollaborationIndex], {
    description:
      '"Without ego, silo or logo": leadership concentration (HHI) and effective number of leaders, sector diversity (Blau), cross-sector ties, community and lived experience in governance, jointly owned outcomes and projects. Each with its value, an explanation in words and its definition.',
  })
  collaboration(
    @Parent() partnership: Partnership,
    @Loaders() loaders: LoaderRegistry,
    @Args('asAt', {
      type: () => DateScalar,
      nullable: true,
      description: `The indices as the records stood on this day. By default today, or the day a closed partnership closed. ${AS_AT_RULES}`,
    })
    asAt?: string | null,
  ): Promise<CollaborationIndexValue[]> {
    return loaders.get(collaborationByPartnership).load({ partnershipId: partnership.id, day: asAt ?? null });
  }
}
