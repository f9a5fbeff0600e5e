import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { FundingStatus, FundingType, MAX_MONEY, Visibility } from '@cg/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'One instalment of a funding schedule.' })
export class FundingInstalmentInput {
  @Field(() => DateScalar)
  @IsDefined({ message: 'dueDate is required' })
  dueDate!: string;

  @Field(() => Float, { description: 'Pounds (GBP).' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be an amount in pounds with at most 2 decimal places' })
  @Min(0.01, { message: 'amount must be more than zero' })
  @Max(MAX_MONEY, { message: 'amount is too large' })
  amount!: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: 'paid must be true or false' })
  paid?: boolean;
}

/** Fields a person can set on funding; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class FundingFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'funderOrganisationId must be an organisation id' })
  funderOrganisationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Give exactly one recipient: an organisation, a partnership or a project.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'recipientOrganisationId must be an organisation id' })
  recipientOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientPartnershipId must be a partnership id' })
  recipientPartnershipId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientProjectId must be a project id' })
  recipientProjectId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Total in pounds (GBP).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be an amount in pounds with at most 2 decimal places' })
  @Min(0, { message: 'amount must not be negative' })
  @Max(MAX_MONEY, { message: 'amount is too large' })
  amount?: number;

  @Field(() => FundingType, { nullable: true })
  @IsOptional()
  @IsEnum(FundingType, { message: 'type must be a funding type' })
  type?: FundingType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'programme must be text' })
  @MaxLength(300, { message: 'programme must be at most 300 characters' })
  programme?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  awardDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  periodStart?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  periodEnd?: string | null;

  @Field(() => FundingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FundingStatus, { message: 'status must be PLEDGED, AWARDED or PAID' })
  status?: FundingStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'threeSixtyGivingId must be text' })
  @MaxLength(200, { message: 'threeSixtyGivingId must be at most 200 characters' })
  threeSixtyGivingId?: string | null;

  @Field(() => [FundingInstalmentInput], {
    nullable: true,
    description:
      'The multi-year schedule; instalments must add up to the amount exactly. On update, replaces the schedule.',
  })
  @IsOptional()
  @IsArray({ message: 'schedule must be a list' })
  @ArrayMaxSize(120, { message: 'schedule must hold at most 120 instalments' })
  @ValidateNested({ each: true })
  @Type(() => FundingInstalmentInput)
  schedule?: FundingInstalmentInput[];

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;
}
