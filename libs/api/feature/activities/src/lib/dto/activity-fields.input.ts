import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { ActivityKind, Visibility } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

/** Fields a coordinator can set on an activity; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class ActivityFields {
  @Field(() => DateScalar, { nullable: true, description: 'The day it happened; today (UK time) when left out on create.' })
  @IsOptional()
  date?: string;

  @Field(() => ActivityKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityKind, { message: 'kind must be one of MEETING, EVENT, WORKSHOP, CONSULTATION, DELIVERY, MILESTONE, NOTE' })
  kind?: ActivityKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @Length(2, 200, { message: 'title must be between 2 and 200 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000, { message: 'notes must be at most 20000 characters' })
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'attendance must be a whole number' })
  @Min(0, { message: 'attendance must be 0 or more' })
  attendance?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'placeId must be a place id' })
  placeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations involved; on update, replaces the list when given.' })
  @IsOptional()
  @IsArray({ message: 'organisationIds must be a list' })
  @ArrayMaxSize(200, { message: 'organisationIds can hold at most 200 ids' })
  @IsUUID('all', { each: true, message: 'organisationIds must hold organisation ids' })
  organisationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'People who took part; on update, replaces the list when given.' })
  @IsOptional()
  @IsArray({ message: 'personIds must be a list' })
  @ArrayMaxSize(500, { message: 'personIds can hold at most 500 ids' })
  @IsUUID('all', { each: true, message: 'personIds must hold person ids' })
  personIds?: string[];

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The organisation whose record this is.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;
}
