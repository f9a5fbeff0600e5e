import { Field, GraphQLISODateTime, ID, Int, InterfaceType } from '@nestjs/graphql';
import { Visibility } from '@cg/shared/domain';

/** Fields every record exposes (docs/domain.md#records). */
@InterfaceType('Record', { description: 'Fields every record carries.' })
export abstract class RecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send this back with an update; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => ID, { nullable: true, description: 'The organisation whose record this is.' })
  ownerOrganisationId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when archived; archived records are hidden from lists.' })
  archivedAt!: Date | null;
}
