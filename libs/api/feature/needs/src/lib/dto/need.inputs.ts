import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { NeedSource, Priority, Visibility } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsDefined, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

@InputType({ isAbstract: true })
export class NeedFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @Length(2, 200, { message: 'title must be between 2 and 200 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000, { message: 'description must be at most 10000 characters' })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'placeId must be a place id' })
  placeId?: string | null;

  @Field(() => NeedSource, { nullable: true })
  @IsOptional()
  @IsEnum(NeedSource, { message: 'raisedBy must be COMMUNITY, ORGANISATION or DATA' })
  raisedBy?: NeedSource;

  @Field(() => ID, { nullable: true, description: 'Required when raisedBy is ORGANISATION, and only then.' })
  @IsOptional()
  @IsUUID('all', { message: 'raisedByOrganisationId must be an organisation id' })
  raisedByOrganisationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Today (UK time) when left out on create.' })
  @IsOptional()
  raisedOn?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'themes must be a list' })
  @ArrayMaxSize(20, { message: 'themes can hold at most 20 themes' })
  @IsString({ each: true, message: 'themes must hold text' })
  @MaxLength(60, { each: true, message: 'each theme must be at most 60 characters' })
  themes?: string[];

  @Field(() => Priority, { nullable: true, description: 'MEDIUM when left out on create.' })
  @IsOptional()
  @IsEnum(Priority, { message: 'priority must be LOW, MEDIUM, HIGH or URGENT' })
  priority?: Priority;

  @Field(() => [ID], { nullable: true, description: 'Projects answering the need; on update, replaces the list when given.' })
  @IsOptional()
  @IsArray({ message: 'projectIds must be a list' })
  @ArrayMaxSize(200, { message: 'projectIds can hold at most 200 ids' })
  @IsUUID('all', { each: true, message: 'projectIds must hold project ids' })
  projectIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Outcomes answering the need; on update, replaces the list when given.' })
  @IsOptional()
  @IsArray({ message: 'outcomeIds must be a list' })
  @ArrayMaxSize(200, { message: 'outcomeIds can hold at most 200 ids' })
  @IsUUID('all', { each: true, message: 'outcomeIds must hold outcome ids' })
  outcomeIds?: string[];

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
export class CreateNeedInput extends NeedFields {
  @Field()
  @IsDefined({ message: 'title is required' })
  declare title: string;

  @Field(() => NeedSource)
  @IsDefined({ message: 'raisedBy is required' })
  declare raisedBy: NeedSource;
}

@InputType()
export class UpdateNeedInput extends NeedFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a need id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
