import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlaceLevel } from '@cg/shared/domain';

@ObjectType({
  description:
    'A local authority\'s cell in an equal-area hex layout (HexJSON "odd-r": odd rows sit half a hex to the right).',
})
export class HexCell {
  @Field(() => Int, { description: 'Column.' })
  q!: number;

  @Field(() => Int, { description: 'Row; rows count northwards.' })
  r!: number;
}

@ObjectType({
  description: 'A place as the place map draws it: its figures and its boundary, simplified for a zoom level.',
})
export class PlaceShape {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => PlaceLevel)
  level!: PlaceLevel;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { nullable: true, description: 'IMD 2019 decile; 1 is the most deprived tenth.' })
  imdDecile!: number | null;

  @Field(() => Int, { nullable: true })
  population!: number | null;

  @Field({
    description:
      'The boundary as GeoJSON geometry text (RFC 7946: WGS84 longitude/latitude, exterior rings anticlockwise), simplified for the zoom level. Neighbouring shapes are simplified together, so shared borders stay shared.',
  })
  geometry!: string;

  @Field(() => HexCell, { nullable: true, description: 'Its cell in the equal-area hex layout, where it has one.' })
  hex!: HexCell | null;
}
