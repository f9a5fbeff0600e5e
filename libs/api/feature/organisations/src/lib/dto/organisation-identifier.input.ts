import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_PLACES_SERVED } from '../organisation.service';

@InputType()
export class AddOrganisationIdentifierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field({ description: 'An org-id such as GB-CHC-1234567.' })
  @IsString({ message: 'identifier must be text' })
  @MaxLength(60, { message: 'identifier must be at most 60 characters' })
  identifier!: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Make it the primary identifier (the first one always is).',
  })
  @IsOptional()
  @IsBoolean({ message: 'primary must be true or false' })
  primary?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The organisation version you read; when sent, a stale one is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number' })
  version?: number | null;
}

@InputType()
export class RemoveOrganisationIdentifierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field()
  @IsString({ message: 'identifier must be text' })
  @MaxLength(60, { message: 'identifier must be at most 60 characters' })
  identifier!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The organisation version you read; when sent, a stale one is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number' })
  version?: number | null;
}

@InputType()
export class SetOrganisationPlacesServedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field(() => [ID], { description: 'Every place the organisation serves besides its home place; replaces the list.' })
  @IsArray({ message: 'placeIds must be a list of place ids' })
  @ArrayMaxSize(MAX_PLACES_SERVED, { message: `placeIds may hold at most ${MAX_PLACES_SERVED} places` })
  @IsUUID('all', { each: true, message: 'placeIds must hold place ids' })
  placeIds!: string[];

  @Field(() => Int, { description: 'The organisation version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number' })
  version!: number;
}
