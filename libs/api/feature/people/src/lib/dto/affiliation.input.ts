import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ isAbstract: true })
export class AffiliationFields {
  @Field(() => String, { nullable: true, description: 'Job title or role, e.g. "Chief Executive".' })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Matches(DAY, { message: 'fromDate must be a date such as 2025-03-31' })
  fromDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Matches(DAY, { message: 'toDate must be a date such as 2025-03-31' })
  toDate?: string | null;

  @Field({ nullable: true, description: "Make this the person's primary affiliation (others stop being primary)." })
  @IsOptional()
  @IsBoolean({ message: 'isPrimary must be true or false' })
  isPrimary?: boolean;
}

@InputType()
export class AddAffiliationInput extends AffiliationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;
}

@InputType()
export class UpdateAffiliationInput extends AffiliationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an affiliation id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

@InputType()
export class EndAffiliationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an affiliation id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @Field(() => DateScalar, { description: 'The last day of the affiliation.' })
  @Matches(DAY, { message: 'toDate must be a date such as 2025-03-31' })
  toDate!: string;
}
