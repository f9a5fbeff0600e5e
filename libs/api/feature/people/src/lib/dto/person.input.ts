import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { LawfulBasis, Visibility } from '@cg/shared/domain';
import {
  IsBoolean,
  IsDefined,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields of a person; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class PersonFields {
  @Field(() => ID, { nullable: true, description: 'The organisation that holds this contact; it decides who may see and erase it.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'fullName must be text' })
  @Length(1, 200, { message: 'fullName must be between 1 and 200 characters' })
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'phone must be text' })
  @MaxLength(40, { message: 'phone must be at most 40 characters' })
  phone?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'livedExperience must be true or false' })
  livedExperience?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'communityRepresentative must be true or false' })
  communityRepresentative?: boolean;

  @Field(() => LawfulBasis, { nullable: true })
  @IsOptional()
  @IsEnum(LawfulBasis, { message: 'lawfulBasis must be a UK GDPR lawful basis such as CONSENT' })
  lawfulBasis?: LawfulBasis | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Matches(DAY, { message: 'consentDate must be a date such as 2025-03-31' })
  consentDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'consentPurpose must be text' })
  @MaxLength(1000, { message: 'consentPurpose must be at most 1000 characters' })
  consentPurpose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'privateNotes must be text' })
  @MaxLength(5000, { message: 'privateNotes must be at most 5000 characters' })
  privateNotes?: string | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;
}

@InputType()
export class CreatePersonInput extends PersonFields {
  @Field()
  @IsDefined({ message: 'fullName is required' })
  declare fullName: string;
}

@InputType()
export class UpdatePersonInput extends PersonFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a person id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone changed it since, you get CONFLICT.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
