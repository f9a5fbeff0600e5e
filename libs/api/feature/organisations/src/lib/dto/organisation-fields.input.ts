import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganisationType, Visibility } from '@cg/shared/domain';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

/** UK postcode shape (validated loosely: outward code, space optional, inward code). */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i;

/** Fields a person can set on an organisation; every one optional so updates can send only what changed. */
@InputType({ isAbstract: true })
export class OrganisationFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name?: string;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'website must be a full address starting with https://' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTCODE, { message: 'postcode must be a UK postcode such as WY1 2AB' })
  postcode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'homePlaceId must be a place id' })
  homePlaceId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  themes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  incomeBand?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  size?: string | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
}
