import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecordType } from '@cg/api/core/graphql';
import { PlaceLevel } from '@cg/shared/domain';

@ObjectType({ implements: () => [RecordType], description: 'A UK statistical geography (ONS GSS code) or a custom place.' })
export class Place extends RecordType {
  @Field({ description: 'GSS code such as E06000016, or the code of a custom place.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => PlaceLevel)
  level!: PlaceLevel;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { nullable: true })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: 'IMD 2019 rank; 1 is the most deprived.' })
  imdRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'IMD 2019 decile; 1 is the most deprived tenth.' })
  imdDecile!: number | null;
}
