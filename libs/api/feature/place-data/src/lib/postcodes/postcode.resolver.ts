import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { normalisePostcode } from './normalise-postcode';
import { postcodeAreas } from './postcode-areas.loader';
import { toPostcodeLookup } from './postcode-lookup';
import { PostcodeLookup } from './postcode-lookup.type';
import { Organisation } from '@cg/api/core/record-types';

@Resolver(() => PostcodeLookup)
export class PostcodeResolver {
  @Query(() => PostcodeLookup, {
    description:
      'Where a postcode lies (LSOA, ward, local authority, IMD) from the imported ONS postcode lookup; when it is not there, `found` is false and `message` says why.',
  })
  async postcodeLookup(
    @Args('postcode') postcode: string,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<PostcodeLookup> {
    const key = normalisePostcode(postcode);
    return toPostcodeLookup(postcode, key ? await loaders.get(postcodeAreas).load(key) : null);
  }
}

@Resolver(() => Organisation)
export class OrganisationPostcodeResolver {
  @ResolveField(() => PostcodeLookup, {
    nullable: true,
    description:
      'Where the organisation’s postcode lies (its LSOA, ward and local authority), or null when it has no postcode.',
  })
  async postcodePlaces(
    @Parent() organisation: Organisation,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<PostcodeLookup | null> {
    if (!organisation.postcode) return null;
    const key = normalisePostcode(organisation.postcode);
    return toPostcodeLookup(organisation.postcode, key ? await loaders.get(postcodeAreas).load(key) : null);
  }
}
