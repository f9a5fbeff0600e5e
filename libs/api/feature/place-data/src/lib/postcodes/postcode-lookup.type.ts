import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Place } from '@cg/api/core/record-types';

@ObjectType({ description: 'Where a postcode lies, from the ONS postcode lookup (NSPL), when the lookup has it.' })
export class PostcodeLookup {
  @Field({ description: 'The postcode as Royal Mail writes it (SW1A 1AA).' })
  postcode!: string;

  @Field({ description: 'Whether the imported postcode lookup has this postcode.' })
  found!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A sentence to show when the postcode did not resolve, saying why and what to do.',
  })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the LSOA (2011) the postcode lies in.' })
  lsoaCode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the electoral ward.' })
  wardCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GSS code of the local authority district, as the lookup gives it.',
  })
  localAuthorityCode!: string | null;

  @Field(() => Place, { nullable: true, description: 'The LSOA, when it has been imported (IoD 2019 LSOA file).' })
  lsoa!: Place | null;

  @Field(() => Place, { nullable: true, description: 'The ward, when it has been imported.' })
  ward!: Place | null;

  @Field(() => Place, { nullable: true, description: 'The local authority (a former code leads to today’s council).' })
  localAuthority!: Place | null;

  @Field(() => Int, {
    nullable: true,
    description: 'IMD rank of the postcode’s LSOA as the lookup carries it (1 = most deprived in its nation).',
  })
  imdRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'IMD 2019 decile of the LSOA, when the LSOA has been imported.' })
  imdDecile!: number | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Month the postcode was terminated (YYYYMM), if it no longer exists.',
  })
  terminated!: string | null;
}
