import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PrivateField } from '@cg/api/core/auth';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { LawfulBasis } from '@cg/shared/domain';

@ObjectType({ implements: () => [RecordType], description: 'A contact: personal data under UK GDPR.' })
export class Person extends RecordType {
  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field({ description: 'Brings lived experience of the issues the work addresses.' })
  livedExperience!: boolean;

  @Field({ description: 'Represents the community (e.g. a resident on a board).' })
  communityRepresentative!: boolean;

  @Field(() => LawfulBasis, { nullable: true, description: 'UK GDPR lawful basis for holding their data.' })
  lawfulBasis!: LawfulBasis | null;

  @Field(() => DateScalar, { nullable: true })
  consentDate!: string | null;

  @Field(() => String, { nullable: true, description: 'What the person agreed their data may be used for.' })
  consentPurpose!: string | null;

  @PrivateField('notes about the person, such as access needs; null to everyone else.')
  privateNotes!: string | null;
}

@ObjectType({ implements: () => [RecordType], description: "A person's role at an organisation over a period." })
export class Affiliation extends RecordType {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => DateScalar, { nullable: true })
  fromDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Set when the affiliation ended.' })
  toDate!: string | null;

  @Field({ description: "The person's main organisation." })
  isPrimary!: boolean;
}
