import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { NeedSource, Priority } from '@cg/shared/domain';

@ObjectType({ implements: () => [RecordType], description: 'A local need in a place, who raised it, and what answers it.' })
export class Need extends RecordType {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field(() => NeedSource)
  raisedBy!: NeedSource;

  @Field(() => ID, { nullable: true, description: 'Set when raisedBy is ORGANISATION.' })
  raisedByOrganisationId!: string | null;

  @Field(() => DateScalar)
  raisedOn!: string;

  @Field(() => [String])
  themes!: string[];

  @Field(() => Priority)
  priority!: Priority;
}
