import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { MAX_MONEY, PartnerRole } from '@cg/shared/domain';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Fields of a membership a person can set; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class MembershipFields {
  @Field(() => PartnerRole, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerRole, { message: 'role must be a partner role' })
  role?: PartnerRole;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  fromDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  toDate?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'decisionSeat must be true or false' })
  decisionSeat?: boolean;

  @Field(() => Float, { nullable: true, description: 'Pounds (GBP).' })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 2 },
    { message: 'cashContribution must be an amount in pounds with at most 2 decimal places' },
  )
  @Min(0, { message: 'cashContribution must not be negative' })
  @Max(MAX_MONEY, { message: 'cashContribution is too large' })
  cashContribution?: number;

  @Field(() => Float, { nullable: true, description: 'Pounds (GBP).' })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 2 },
    { message: 'inKindContribution must be an amount in pounds with at most 2 decimal places' },
  )
  @Min(0, { message: 'inKindContribution must not be negative' })
  @Max(MAX_MONEY, { message: 'inKindContribution is too large' })
  inKindContribution?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'inKindDescription must be text' })
  @MaxLength(2000, { message: 'inKindDescription must be at most 2000 characters' })
  inKindDescription?: string | null;
}

@InputType()
export class AddMembershipInput extends MembershipFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field(() => PartnerRole)
  @IsDefined({ message: 'role is required' })
  declare role: PartnerRole;
}

@InputType()
export class UpdateMembershipInput extends MembershipFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a membership id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a membership id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of the membership; today if not given.' })
  @IsOptional()
  toDate?: string;
}
