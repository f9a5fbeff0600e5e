import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Visibility } from '@cg/shared/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';

/** A custom place a community defines (an estate, a neighbourhood), inside an existing place. */
@InputType()
export class CreatePlaceInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'name must be between 2 and 120 characters' })
  name!: string;

  @Field(() => ID, { description: 'The place it lies within.' })
  @IsUUID('all', { message: 'parentId must be a place id' })
  parentId!: string;

  @Field({ nullable: true, description: 'A short code; made from the name when absent.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{2,40}$/, { message: 'code may use letters, digits, - and _ (2 to 40 characters)' })
  code?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  population?: number;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that will own it; by default the one organisation the user acts for. Needed when they administer several.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;
}
