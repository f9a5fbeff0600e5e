import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { RelationshipType, TieKind } from '@cg/shared/domain';

@ObjectType({
  implements: () => [RecordType],
  description: 'A typed tie between two organisations that someone recorded.',
})
export class Relationship extends RecordType {
  @Field(() => ID)
  fromOrganisationId!: string;

  @Field(() => ID)
  toOrganisationId!: string;

  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field({ description: 'True when it runs from one organisation to the other; false for mutual ties.' })
  directed!: boolean;

  @Field(() => DateScalar, { nullable: true })
  fromDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  toDate!: string | null;

  @Field(() => Int, { description: '1 (weak) to 5 (strong).' })
  strength!: number;

  @Field(() => Int, { nullable: true, description: 'PARTNER-tool trust score, 1 to 4.' })
  trust!: number | null;

  @Field(() => Int, { nullable: true, description: 'PARTNER-tool value score, 1 to 4.' })
  value!: number | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@ObjectType({ description: 'A tie between this organisation and another, typed or derived (organisation_tie).' })
export class OrganisationTie {
  @Field(() => ID)
  otherOrganisationId!: string;

  @Field(() => TieKind)
  kind!: TieKind;

  @Field(() => RelationshipType, { nullable: true, description: 'For RELATIONSHIP ties: its type.' })
  relationshipType!: RelationshipType | null;

  @Field(() => ID, { description: 'The relationship, partnership, project or funding the tie rests on.' })
  viaId!: string;

  @Field(() => Int, { nullable: true })
  strength!: number | null;

  @Field(() => Int, { nullable: true })
  trust!: number | null;

  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'For FUNDING ties: the amount in pounds.' })
  amount!: number | null;

  @Field()
  directed!: boolean;

  @Field({ description: 'For directed ties: true when it runs from this organisation to the other.' })
  outgoing!: boolean;
}

@ObjectType({ description: 'How many other organisations an organisation is tied to by one kind of tie.' })
export class TieKindCount {
  @Field(() => TieKind)
  kind!: TieKind;

  @Field(() => Int, { description: 'Distinct other organisations (not archived).' })
  partners!: number;
}
