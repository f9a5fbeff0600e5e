import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { IsBoolean, IsDefined, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

@InputType({ isAbstract: true })
export class StoryFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @Length(2, 200, { message: 'title must be between 2 and 200 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'body must be text' })
  @Length(1, 20000, { message: 'body must be between 1 and 20000 characters' })
  body?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'quote must be at most 2000 characters' })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'How the teller wishes to be credited ("a parent in Harrowby").' })
  @IsOptional()
  @MaxLength(200, { message: 'attribution must be at most 200 characters' })
  attribution?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id' })
  personId?: string | null;

  @Field({ nullable: true, description: 'Must be true: a story is only kept with the consent of the person who told it.' })
  @IsOptional()
  @IsBoolean({ message: 'consentGiven must be true or false' })
  consentGiven?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'When consent was given; today when left out.' })
  @IsOptional()
  consentDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was told; today when left out.' })
  @IsOptional()
  date?: string;
}

@InputType()
export class CreateStoryInput extends StoryFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'outcomeId must be an outcome id' })
  outcomeId!: string;

  @Field()
  @IsDefined({ message: 'title is required' })
  declare title: string;

  @Field()
  @IsDefined({ message: 'body is required' })
  declare body: string;

  @Field()
  @IsDefined({ message: 'consentGiven is required: a story is only published with the consent of the person who told it' })
  declare consentGiven: boolean;
}

@InputType()
export class UpdateStoryInput extends StoryFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a story id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
