import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PlaceLevel } from '@cg/shared/domain';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;
export const DEFAULT_ZOOM = 9;

@ArgsType()
export class PlaceShapesArgs {
  @Field(() => PlaceLevel, { description: 'Which places: local authorities, wards, LSOAs…' })
  @IsEnum(PlaceLevel)
  level!: PlaceLevel;

  @Field(() => ID, {
    nullable: true,
    description: 'Only places inside this one (a local authority, to see its wards).',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'within must be the id of a place.' })
  within?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Web-map zoom level (${MIN_ZOOM}–${MAX_ZOOM}, ${DEFAULT_ZOOM} if not given): boundaries keep detail down to about a pixel at this zoom, so lower zooms send fewer points.`,
  })
  @IsOptional()
  @IsInt({ message: `zoom must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}.` })
  @Min(MIN_ZOOM, { message: `zoom must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}.` })
  @Max(MAX_ZOOM, { message: `zoom must be a whole number from ${MIN_ZOOM} to ${MAX_ZOOM}.` })
  zoom?: number | null;
}
