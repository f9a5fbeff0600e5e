import { Float, InputType } from '@nestjs/graphql';
import {
  OptionalDate,
  OptionalEnum,
  OptionalId,
  OptionalNumber,
  OptionalText,
  RecordId,
  Required,
  UpdateInputOf,
} from '@cg/api/core/graphql';
import { IndicatorDirection } from '@cg/shared/domain';

@InputType({ isAbstract: true })
export class IndicatorFields {
  @OptionalText({ min: 2, max: 200 })
  name?: string;

  @OptionalText({ min: 1, max: 60, description: '"people", "%", "£", "visits per month".' })
  unit?: string;

  @OptionalEnum(IndicatorDirection, 'INCREASE or DECREASE', 'INCREASE (higher is better, the default) or DECREASE.')
  direction?: IndicatorDirection;

  @OptionalNumber()
  baselineValue?: number | null;

  @OptionalDate()
  baselineDate?: string | null;

  @OptionalNumber()
  targetValue?: number | null;

  @OptionalDate('Must be after the baseline date.')
  targetDate?: string | null;

  @OptionalText({ max: 500 })
  source?: string | null;
}

@InputType()
export class CreateIndicatorInput extends IndicatorFields {
  @RecordId('outcome')
  outcomeId!: string;

  @Required()
  declare name: string;

  @Required()
  declare unit: string;
}

@InputType()
export class UpdateIndicatorInput extends UpdateInputOf(IndicatorFields, 'indicator') {}

@InputType({ isAbstract: true })
export class MeasurementFields {
  @OptionalNumber()
  value?: number;

  @OptionalDate('The day of the reading; today (UK time) when left out.')
  date?: string;

  @OptionalId('place')
  placeId?: string | null;

  @OptionalText({ max: 500 })
  source?: string | null;

  @OptionalText({ max: 2000 })
  note?: string | null;
}

@InputType({ description: 'A reading: the indicator and the value are all that is required.' })
export class RecordMeasurementInput extends MeasurementFields {
  @RecordId('indicator')
  indicatorId!: string;

  @Required(() => Float)
  declare value: number;
}

@InputType()
export class UpdateMeasurementInput extends UpdateInputOf(MeasurementFields, 'measurement') {}
