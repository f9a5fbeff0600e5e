import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { ActivityKind } from '@cg/shared/domain';

@ObjectType({ implements: () => [RecordType], description: "An entry in a coordinator's log: a meeting, event, milestone or note." })
export class Activity extends RecordType {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people took part.' })
  attendance!: number | null;

  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field(() => ID, { nullable: true })
  partnershipId!: string | null;
}
