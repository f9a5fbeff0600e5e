import { Field, Float, InputType } from '@nestjs/graphql';
import {
  DateScalar,
  OptionalDate,
  OptionalEnum,
  OptionalId,
  OptionalPounds,
  OptionalText,
  OwnerOrganisationField,
  VisibilityField,
} from '@cg/api/core/graphql';
import { FundingStatus, FundingType, MAX_MONEY, Visibility } from '@cg/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

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
  @OptionalId('organisation')
  funderOrganisationId?: string;

  @OptionalId('organisation', 'Give exactly one recipient: an organisation, a partnership or a project.')
  recipientOrganisationId?: string | null;

  @OptionalId('partnership')
  recipientPartnershipId?: string | null;

  @OptionalId('project')
  recipientProjectId?: string | null;

  @OptionalPounds('Total in pounds (GBP).')
  amount?: number;

  @OptionalEnum(FundingType, 'a funding type')
  type?: FundingType;

  @OptionalText({ max: 300 })
  programme?: string | null;

  @OptionalDate()
  awardDate?: string | null;

  @OptionalDate()
  periodStart?: string | null;

  @OptionalDate()
  periodEnd?: string | null;

  @OptionalEnum(FundingStatus, 'PLEDGED, AWARDED or PAID')
  status?: FundingStatus;

  @OptionalText({ max: 200 })
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

  @VisibilityField()
  visibility?: Visibility;

  @OwnerOrganisationField()
  ownerOrganisationId?: string | null;
}
