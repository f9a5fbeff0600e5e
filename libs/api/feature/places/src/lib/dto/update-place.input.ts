import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Visibility } from '@cg/shared/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';

/** Changes to a custom place; GSS places are reference data and cannot be edited. */
@InputType()
export class UpdatePlaceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a place id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone changed it since, you get CONFLICT.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Length(2, 120, { message: 'name must be between 2 and 120 characters' })
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'population must be a whole number' })
  @Min(0, { message: 'population must not be negative' })
  population?: number | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;
}
