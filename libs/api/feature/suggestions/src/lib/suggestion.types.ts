import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organisation } from '@cg/api/core/record-types';
import { Sector } from '@cg/shared/domain';
import { PartnershipGapKind } from './ranking/partnership-gaps';

registerEnumType(PartnershipGapKind, { name: 'PartnershipGapKind', description: 'What a partnership is missing.' });

@ObjectType({ description: 'How a suggestion scored: the parts add up to its score (weights in the suggestions README).' })
export class PartnerSuggestionScore {
  @Field(() => Float, { description: 'It works in one of your places (or their local authority).' })
  place!: number;

  @Field(() => Float, { description: 'Themes you share, one each up to three.' })
  themes!: number;

  @Field(() => Float, { description: 'From a sector you have few partners in; grassroots groups count double.' })
  sector!: number;

  @Field(() => Float, { description: 'Your partners who work with it, one each up to five.' })
  network!: number;

  @Field(() => Float, { description: 'It sits in a circle of organisations none of your partners belong to.' })
  bridge!: number;
}

@ObjectType({ description: 'An organisation you have no current tie with, and why it is worth knowing.' })
export class PartnerSuggestion {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => Float)
  score!: number;

  @Field(() => PartnerSuggestionScore)
  components!: PartnerSuggestionScore;

  @Field({ description: 'Why, in one sentence.' })
  reason!: string;
}

@ObjectType({ description: 'A "not now" to one suggested organisation, remembered for the organisation it was made for.' })
export class PartnerSuggestionDismissal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  suggestedOrganisationId!: string;

  @Field({ description: 'False once undone: the organisation may be suggested again.' })
  dismissed!: boolean;
}

@ObjectType({ description: 'An organisation that would fill a gap, and why.' })
export class GapSuggestion {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'Something a partnership is missing, with organisations that would fill it.' })
export class PartnershipGap {
  @Field(() => PartnershipGapKind)
  kind!: PartnershipGapKind;

  @Field()
  sentence!: string;

  @Field(() => Sector, { nullable: true, description: 'For SECTOR_ABSENT: the absent sector.' })
  sector!: Sector | null;

  @Field(() => ID, { nullable: true, description: 'For PLACE_WITHOUT_MEMBER: the place.' })
  placeId!: string | null;

  @Field(() => [GapSuggestion], { description: 'Up to three organisations the reader may see.' })
  suggestions!: GapSuggestion[];

  @Field(() => Int)
  suggestionCount!: number;
}
