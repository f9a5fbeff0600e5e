import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AuditAction } from '@cg/shared/domain';

@ObjectType({ description: 'One field of a record before and after a change, each as JSON text.' })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before; null when it had none.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after; null when it has none.' })
  after!: string | null;
}

@ObjectType({ description: 'One change to a record: who, when, and each field before and after.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made the change; null for imports and the system.' })
  actorId!: string | null;

  @Field({ description: 'The kind of record, e.g. organisation, partnership_membership.' })
  recordType!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => [FieldChange])
  changes!: FieldChange[];
}
