import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LevellingUpMission, OutcomeDefiner, Visibility } from '@cg/shared/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

/** Fields of a shared outcome; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class OutcomeFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @Length(2, 300, { message: 'title must be between 2 and 300 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000, { message: 'description must be at most 10000 characters' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner: give this or ownerProjectId, not both.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerPartnershipId must be a partnership id' })
  ownerPartnershipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner: give this or ownerPartnershipId, not both.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerProjectId must be a project id' })
  ownerProjectId?: string | null;

  @Field(() => OutcomeDefiner, { nullable: true })
  @IsOptional()
  @IsEnum(OutcomeDefiner, { message: 'definedBy must be COMMUNITY, PARTNERSHIP, FUNDER or GOVERNMENT' })
  definedBy?: OutcomeDefiner;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'coProduced must be true or false' })
  coProduced?: boolean;

  @Field(() => [LevellingUpMission], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'missions must be a list' })
  @IsEnum(LevellingUpMission, { each: true, message: 'missions must hold Levelling Up missions' })
  missions?: LevellingUpMission[];

  @Field(() => [ID], { nullable: true, description: 'Contributing organisations; on update, replaces the list when given.' })
  @IsOptional()
  @IsArray({ message: 'contributorIds must be a list' })
  @ArrayMaxSize(200, { message: 'contributorIds can hold at most 200 ids' })
  @IsUUID('all', { each: true, message: 'contributorIds must hold organisation ids' })
  contributorIds?: string[];

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;
}

@InputType()
export class CreateOutcomeInput extends OutcomeFields {
  @Field()
  @IsDefined({ message: 'title is required' })
  declare title: string;

  @Field(() => OutcomeDefiner)
  @IsDefined({ message: 'definedBy is required' })
  declare definedBy: OutcomeDefiner;
}

@InputType()
export class UpdateOutcomeInput extends OutcomeFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an outcome id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
