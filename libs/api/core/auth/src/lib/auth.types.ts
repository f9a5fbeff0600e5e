import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { OrganisationRole } from '@cg/shared/domain';
import { IsEmail, IsString, Length } from 'class-validator';

@ObjectType()
export class OrganisationMembership {
  @Field(() => ID)
  organisationId!: string;

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
