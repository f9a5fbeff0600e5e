import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { OrganisationRole } from '@cg/shared/domain';
import { IsEnum, IsUUID } from 'class-validator';

@ObjectType({ description: 'A user of an organisation and their role in it.' })
export class OrganisationUser {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => GraphQLISODateTime, { description: 'When they joined the organisation.' })
  since!: Date;
}

@ObjectType({ description: 'An invitation not yet accepted.' })
export class PendingInvitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => String, { nullable: true, description: 'Who sent it.' })
  invitedBy!: string | null;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @Field(() => OrganisationRole)
  @IsEnum(OrganisationRole)
  role!: OrganisationRole;
}
