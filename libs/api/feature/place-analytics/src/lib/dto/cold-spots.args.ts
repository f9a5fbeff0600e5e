import { ArgsType, Field, Float, ID, Int } from '@nestjs/graphql';
import { ConnectionArgs } from '@cg/api/core/graphql';
import { PlaceLevel } from '@cg/shared/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { FundingPeriodInput } from './funding-period.input';

@ArgsType()
export class ColdSpotsArgs extends ConnectionArgs {
  @Field(() => PlaceLevel, { description: 'Which places to rank, e.g. LOCAL_AUTHORITY or LSOA.' })
  @IsEnum(PlaceLevel, { message: 'level must be a place level' })
  level!: PlaceLevel;

  @Field(() => [Int], {
    defaultValue: [1, 2],
    description: 'IMD 2019 deciles to look in; 1 is the most deprived tenth.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'deciles needs at least one decile' })
  @ArrayMaxSize(10)
  @IsInt({ each: true, message: 'deciles must be whole numbers from 1 to 10' })
  @Min(1, { each: true, message: 'deciles must be whole numbers from 1 to 10' })
  @Max(10, { each: true, message: 'deciles must be whole numbers from 1 to 10' })
  deciles!: number[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Pounds per resident at or below which funding counts as little. Without it, only places with no funding at all count as little funded.',
  })
  @IsOptional()
  @IsNumber({}, { message: 'maxFundingPerHead must be a number of pounds' })
  @Min(0, { message: 'maxFundingPerHead cannot be negative' })
  maxFundingPerHead?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only places inside this one (e.g. a county or local authority).' })
  @IsOptional()
  @IsUUID('all', { message: 'within must be a place id' })
  within?: string | null;

  @Field(() => FundingPeriodInput, {
    nullable: true,
    description: 'Only funding awarded in this period counts towards funding per head; all time when absent.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FundingPeriodInput)
  period?: FundingPeriodInput | null;
}
