import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorEntity, MeasurementEntity } from '@cg/api/core/database';
import { CurrentActor, DateScalar, LoaderRegistry, Loaders, RecordVersionInput, RequestActor } from '@cg/api/core/graphql';
import {
  expectedProgress,
  indicatorProgress,
  indicatorStatus,
  OutcomeStatus,
  Progress,
  todayInLondon,
} from '@cg/shared/domain';
import { CreateIndicatorInput, RecordMeasurementInput, UpdateIndicatorInput, UpdateMeasurementInput } from './dto/indicator.inputs';
import { IndicatorService } from './indicator.service';
import { latestMeasurementByIndicator, measurementsByIndicator, readingOf } from './outcome.loaders';
import { Indicator, IndicatorProgress, Measurement } from '@cg/api/core/record-types';

@Resolver(() => Indicator)
export class IndicatorResolver {
  constructor(private readonly indicators: IndicatorService) {}

  @Query(() => Indicator)
  indicator(@Args('id', { type: () => ID }) id: string): Promise<IndicatorEntity> {
    return this.indicators.findById(id);
  }

  @Mutation(() => Indicator, { description: 'The target date must be after the baseline date.' })
  createIndicator(@Args('input') input: CreateIndicatorInput, @CurrentActor() actor: RequestActor): Promise<IndicatorEntity> {
    return this.indicators.create(input, actor);
  }

  @Mutation(() => Indicator)
  updateIndicator(@Args('input') input: UpdateIndicatorInput, @CurrentActor() actor: RequestActor): Promise<IndicatorEntity> {
    return this.indicators.update(input, actor);
  }

  @Mutation(() => Indicator, { description: 'Leaves the indicator out of its outcome and its status; nothing is deleted.' })
  archiveIndicator(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<IndicatorEntity> {
    return this.indicators.archive(input.id, input.version, actor);
  }

  @Mutation(() => Indicator)
  restoreIndicator(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<IndicatorEntity> {
    return this.indicators.restore(input.id, input.version, actor);
  }

  @Mutation(() => Measurement, { description: 'Records a reading: indicatorId and value are enough; the date defaults to today.' })
  recordMeasurement(@Args('input') input: RecordMeasurementInput, @CurrentActor() actor: RequestActor): Promise<MeasurementEntity> {
    return this.indicators.recordMeasurement(input, actor);
  }

  @Mutation(() => Measurement)
  updateMeasurement(@Args('input') input: UpdateMeasurementInput, @CurrentActor() actor: RequestActor): Promise<MeasurementEntity> {
    return this.indicators.updateMeasurement(input, actor);
  }

  @Mutation(() => Measurement, { description: 'Leaves the reading out of progress; nothing is deleted.' })
  archiveMeasurement(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<MeasurementEntity> {
    return this.indicators.archiveMeasurement(input.id, input.version, actor);
  }

  @Mutation(() => Measurement)
  restoreMeasurement(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<MeasurementEntity> {
    return this.indicators.restoreMeasurement(input.id, input.version, actor);
  }

  @ResolveField(() => [Measurement], { description: 'Readings, oldest first.' })
  measurements(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<MeasurementEntity[]> {
    return loaders.get(measurementsByIndicator).load(indicator.id);
  }

  @ResolveField(() => Measurement, { nullable: true })
  latestMeasurement(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<MeasurementEntity | null> {
    return loaders.get(latestMeasurementByIndicator).load(indicator.id);
  }

  @ResolveField(() => IndicatorProgress, {
    nullable: true,
    description: 'How far the latest reading is from baseline (0) to target (1); null without a reading, baseline or target.',
  })
  async progress(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<Progress | null> {
    const latest = await loaders.get(latestMeasurementByIndicator).load(indicator.id);
    return indicatorProgress(indicator, readingOf(latest));
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Progress expected by `at` (today when left out) on a straight line from baseline date to target date.',
  })
  expectedProgress(
    @Parent() indicator: Indicator,
    @Args('at', { type: () => DateScalar, nullable: true }) at?: string,
  ): number | null {
    return expectedProgress(indicator, at ?? todayInLondon());
  }

  @ResolveField(() => OutcomeStatus, { description: 'Progress judged against where the plan expected it on the date of the latest reading.' })
  async status(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<OutcomeStatus> {
    const latest = await loaders.get(latestMeasurementByIndicator).load(indicator.id);
    return indicatorStatus(indicator, readingOf(latest));
  }
}
