import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { OrganisationRole } from '@cg/shared/domain';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';

@ObjectType()
export class OrganisationMembership {
  @Field(() => ID)
  organisationId!: string;

  @Field({ description: 'The organisation’s name, so screens need not look it up.' })
  organisationName!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;
}

@ObjectType({ description: 'The signed-in user.' })
export class CurrentUser {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field()
  isInstanceAdmin!: boolean;

  @Field(() => [OrganisationMembership])
  memberships!: OrganisationMembership[];
}

@ObjectType()
export class SignInResult {
  @Field(() => CurrentUser)
  user!: CurrentUser;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends and the user must sign in again.' })
  expiresAt!: Date;
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'password is required' })
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'token is not a valid reset token' })
  token!: string;

  @Field()
  @IsString()
  @Length(12, 200, { message: 'newPassword must be at least 12 characters long' })
  newPassword!: string;
}

@InputType()
export class InviteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => OrganisationRole)
  @IsEnum(OrganisationRole)
  role!: OrganisationRole;
}

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'token is not a valid invitation token' })
  token!: string;

  @Field({ nullable: true, description: 'Required when the email has no account yet.' })
  @IsOptional()
  @IsString()
  @Length(2, 120, { message: 'name must be between 2 and 120 characters' })
  name?: string;

  @Field({ description: 'A new password (at least 12 characters), or the existing account’s password.' })
  @IsString()
  @Length(12, 200, { message: 'password must be at least 12 characters long' })
  password!: string;
}
