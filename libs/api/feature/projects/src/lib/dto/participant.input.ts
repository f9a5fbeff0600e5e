import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_MONEY, PartnerRole } from '@cg/shared/domain';
import { IsDefined, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType({ isAbstract: true })
export class ParticipantFields {
  @Field(() => PartnerRole, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerRole, { message: 'role must be a partner role' })
  role?: PartnerRole;

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
  @IsString({ message: 'contributionNotes must be text' })
  @MaxLength(2000, { message: 'contributionNotes must be at most 2000 characters' })
  contributionNotes?: string | null;
}

@InputType()
export class AddParticipantInput extends ParticipantFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field(() => PartnerRole)
  @IsDefined({ message: 'role is required' })
  declare role: PartnerRole;
}

@InputType()
export class UpdateParticipantInput extends ParticipantFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a participant id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;
}
