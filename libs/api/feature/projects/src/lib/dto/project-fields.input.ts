import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { LevellingUpMission, MAX_MONEY, ProjectStatus, Visibility } from '@cg/shared/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Fields a person can set on a project; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class ProjectFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'summary must be text' })
  @MaxLength(5000, { message: 'summary must be at most 5000 characters' })
  summary?: string | null;

  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatus, { message: 'status must be a project status' })
  status?: ProjectStatus;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership the project belongs to, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Pounds (GBP).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'budget must be an amount in pounds with at most 2 decimal places' })
  @Min(0, { message: 'budget must not be negative' })
  @Max(MAX_MONEY, { message: 'budget is too large' })
  budget?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'sharedLeadership must be true or false' })
  sharedLeadership?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'themes must be a list' })
  @ArrayMaxSize(20, { message: 'themes must hold at most 20 themes' })
  @IsString({ each: true, message: 'themes must be texts' })
  @Length(1, 60, { each: true, message: 'each of themes must be between 1 and 60 characters' })
  themes?: string[];

  @Field(() => [LevellingUpMission], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'missions must be a list' })
  @IsEnum(LevellingUpMission, { each: true, message: 'missions must be Levelling Up missions' })
  missions?: LevellingUpMission[];

  @Field(() => [ID], { nullable: true, description: 'The places the project works in; on update, replaces the set.' })
  @IsOptional()
  @IsArray({ message: 'placeIds must be a list' })
  @ArrayMaxSize(200, { message: 'placeIds must hold at most 200 places' })
  @IsUUID('all', { each: true, message: 'placeIds must hold place ids' })
  placeIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Shared outcomes the project targets; on update, replaces the set.',
  })
  @IsOptional()
  @IsArray({ message: 'targetedOutcomeIds must be a list' })
  @ArrayMaxSize(100, { message: 'targetedOutcomeIds must hold at most 100 outcomes' })
  @IsUUID('all', { each: true, message: 'targetedOutcomeIds must hold outcome ids' })
  targetedOutcomeIds?: string[];

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The organisation whose record this is.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;
}
