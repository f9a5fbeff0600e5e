import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { RelationshipType, Visibility } from '@cg/shared/domain';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields of a relationship a person can set; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class RelationshipFields {
  @Field(() => RelationshipType, { nullable: true })
  @IsOptional()
  @IsEnum(RelationshipType, { message: 'type must be a relationship type such as FUNDS or REFERS_TO' })
  type?: RelationshipType;

  @Field({
    nullable: true,
    description: 'False for mutual ties; true (the default) when it runs from one to the other.',
  })
  @IsOptional()
  @IsBoolean({ message: 'directed must be true or false' })
  directed?: boolean;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Matches(DAY, { message: 'fromDate must be a date such as 2025-03-31' })
  fromDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Matches(DAY, { message: 'toDate must be a date such as 2025-03-31' })
  toDate?: string | null;

  @Field(() => Int, { nullable: true, description: '1 (weak) to 5 (strong); 3 when not given.' })
  @IsOptional()
  @IsInt({ message: 'strength must be a whole number from 1 to 5' })
  @Min(1, { message: 'strength must be a whole number from 1 to 5' })
  @Max(5, { message: 'strength must be a whole number from 1 to 5' })
  strength?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'trust must be a whole number from 1 to 4' })
  @Min(1, { message: 'trust must be a whole number from 1 to 4' })
  @Max(4, { message: 'trust must be a whole number from 1 to 4' })
  trust?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'value must be a whole number from 1 to 4' })
  @Min(1, { message: 'value must be a whole number from 1 to 4' })
  @Max(4, { message: 'value must be a whole number from 1 to 4' })
  value?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'notes must be text' })
  @MaxLength(5000, { message: 'notes must be at most 5000 characters' })
  notes?: string | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;
}

@InputType()
export class CreateRelationshipInput extends RelationshipFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'fromOrganisationId must be an organisation id' })
  fromOrganisationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'toOrganisationId must be an organisation id' })
  toOrganisationId!: string;

  @Field(() => RelationshipType)
  @IsDefined({ message: 'type is required' })
  declare type: RelationshipType;
}

@InputType({ description: 'The two organisations of a relationship cannot change; record a new one instead.' })
export class UpdateRelationshipInput extends RelationshipFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a relationship id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone changed it since, you get CONFLICT.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
