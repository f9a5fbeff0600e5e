import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { IndicatorDirection } from '@cg/shared/domain';
import { IsDefined, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

@InputType({ isAbstract: true })
export class IndicatorFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name?: string;

  @Field({ nullable: true, description: '"people", "%", "£", "visits per month".' })
  @IsOptional()
  @IsString({ message: 'unit must be text' })
  @Length(1, 60, { message: 'unit must be between 1 and 60 characters' })
  unit?: string;

  @Field(() => IndicatorDirection, { nullable: true, description: 'INCREASE (higher is better, the default) or DECREASE.' })
  @IsOptional()
  @IsEnum(IndicatorDirection, { message: 'direction must be INCREASE or DECREASE' })
  direction?: IndicatorDirection;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'baselineValue must be a number' })
  baselineValue?: number | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'targetValue must be a number' })
  targetValue?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Must be after the baseline date.' })
  @IsOptional()
  targetDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'source must be at most 500 characters' })
  source?: string | null;
}

@InputType()
export class CreateIndicatorInput extends IndicatorFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'outcomeId must be an outcome id' })
  outcomeId!: string;

  @Field()
  @IsDefined({ message: 'name is required' })
  declare name: string;

  @Field()
  @IsDefined({ message: 'unit is required' })
  declare unit: string;
}

@InputType()
export class UpdateIndicatorInput extends IndicatorFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an indicator id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}

@InputType({ isAbstract: true })
export class MeasurementFields {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value?: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day of the reading; today (UK time) when left out.' })
  @IsOptional()
  date?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'placeId must be a place id' })
  placeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'source must be at most 500 characters' })
  source?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string | null;
}

@InputType({ description: 'A reading: the indicator and the value are all that is required.' })
export class RecordMeasurementInput extends MeasurementFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'indicatorId must be an indicator id' })
  indicatorId!: string;

  @Field(() => Float)
  @IsDefined({ message: 'value is required' })
  declare value: number;
}

@InputType()
export class UpdateMeasurementInput extends MeasurementFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a measurement id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
