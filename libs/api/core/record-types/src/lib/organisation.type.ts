import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RecordType } from '@cg/api/core/graphql';
import { OrganisationType, Sector } from '@cg/shared/domain';

@ObjectType({ description: 'An org-id.guide identifier such as GB-CHC-1234567.' })
export class OrganisationIdentifier {
  @Field()
  identifier!: string;

  @Field({ description: 'The org-id list, e.g. GB-CHC.' })
  scheme!: string;

  @Field()
  isPrimary!: boolean;
}

@ObjectType({ implements: () => [RecordType] })
export class Organisation extends RecordType {
  @Field()
  name!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => Sector, { description: 'Follows from the type; used by the silo measures.' })
  sector!: Sector;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => ID, { nullable: true })
  homePlaceId!: string | null;

  @Field(() => [String])
  themes!: string[];

  @Field(() => String, { nullable: true })
  incomeBand!: string | null;

  @Field(() => String, { nullable: true })
  size!: string | null;
}
