import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  assertRecordsExist,
  IndicatorEntity,
  MeasurementEntity,
  OutcomeEntity,
  RecordWriter,
} from '@cg/api/core/database';
import { badInput, IndicatorDirection, notFound, todayInLondon } from '@cg/shared/domain';
import { DataSource, DeepPartial } from 'typeorm';
import { CreateIndicatorInput, RecordMeasurementInput, UpdateIndicatorInput, UpdateMeasurementInput } from './dto/indicator.inputs';

type Plan = Pick<IndicatorEntity, 'direction' | 'baselineValue' | 'baselineDate' | 'targetValue' | 'targetDate'>;

/** Indicators of outcomes and their readings. */
@Injectable()
export class IndicatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  async findById(id: string): Promise<IndicatorEntity> {
    const indicator = await this.dataSource.getRepository(IndicatorEntity).findOneBy({ id });
    if (!indicator) throw notFound('indicator', id);
    return indicator;
  }

  async create(input: CreateIndicatorInput, actor: Actor): Promise<IndicatorEntity> {
    const outcome = await this.dataSource.getRepository(OutcomeEntity).findOneBy({ id: input.outcomeId });
    if (!outcome) throw badInput('outcomeId', `outcomeId names no outcome with the id ${input.outcomeId}.`);
    checkPlan({
      direction: input.direction ?? IndicatorDirection.INCREASE,
      baselineValue: input.baselineValue ?? null,
      baselineDate: input.baselineDate ?? null,
      targetValue: input.targetValue ?? null,
      targetDate: input.targetDate ?? null,
    });
    return this.writer.create(IndicatorEntity, input as DeepPartial<IndicatorEntity>, actor);
  }

  update(input: UpdateIndicatorInput, actor: Actor): Promise<IndicatorEntity> {
    const { id, version, ...changes } = input;
    return this.writer.transaction(async (manager) => {
      const current = await manager.findOneBy(IndicatorEntity, { id });
      if (!current) throw notFound('indicator', id);
      const pick = <K extends keyof Plan>(key: K): Plan[K] => (changes[key] !== undefined ? (changes[key] as Plan[K]) : current[key]);
      checkPlan({
        direction: pick('direction'),
        baselineValue: pick('baselineValue'),
        baselineDate: pick('baselineDate'),
        targetValue: pick('targetValue'),
        targetDate: pick('targetDate'),
      });
      return this.writer.update(IndicatorEntity, id, version, changes as DeepPartial<IndicatorEntity>, actor, { manager });
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<IndicatorEntity> {
    return this.writer.archive(IndicatorEntity, id, version, actor);
  }

  restore(id: string, version: number, actor: Actor): Promise<IndicatorEntity> {
    return this.writer.restore(IndicatorEntity, id, version, actor);
  }

  async findMeasurement(id: string): Promise<MeasurementEntity> {
    const measurement = await this.dataSource.getRepository(MeasurementEntity).findOneBy({ id });
    if (!measurement) throw notFound('measurement', id);
    return measurement;
  }

  /** One reading: only the indicator and the value are needed; the date defaults to today (UK). */
  recordMeasurement(input: RecordMeasurementInput, actor: Actor): Promise<MeasurementEntity> {
    return this.writer.transaction(async (manager) => {
      const indicator = await manager.findOneBy(IndicatorEntity, { id: input.indicatorId });
      if (!indicator) throw badInput('indicatorId', `indicatorId names no indicator with the id ${input.indicatorId}.`);
      if (indicator.archivedAt) throw badInput('indicatorId', 'This indicator is archived; restore it before recording readings.');
      await assertRecordsExist(manager, 'place', [input.placeId], 'placeId');
      return this.writer.create(
        MeasurementEntity,
        { ...input, date: input.date ?? todayInLondon() } as DeepPartial<MeasurementEntity>,
        actor, { manager });
    });
  }

  updateMeasurement(input: UpdateMeasurementInput, actor: Actor): Promise<MeasurementEntity> {
    const { id, version, ...changes } = input;
    if (changes.value === null) throw badInput('value', 'value cannot be removed from a reading.');
    if (changes.date === null) throw badInput('date', 'date cannot be removed from a reading.');
    return this.writer.transaction(async (manager) => {
      await assertRecordsExist(manager, 'place', [changes.placeId], 'placeId');
      return this.writer.update(MeasurementEntity, id, version, changes as DeepPartial<MeasurementEntity>, actor, { manager });
    });
  }

  archiveMeasurement(id: string, version: number, actor: Actor): Promise<MeasurementEntity> {
    return this.writer.archive(MeasurementEntity, id, version, actor);
  }

  restoreMeasurement(id: string, version: number, actor: Actor): Promise<MeasurementEntity> {
    return this.writer.restore(MeasurementEntity, id, version, actor);
  }
}

/** A target date after the baseline date, and a target that moves in the indicator's direction. */
function checkPlan(plan: Plan): void {
  if (plan.baselineDate && plan.targetDate && plan.targetDate <= plan.baselineDate) {
    throw badInput('targetDate', `targetDate must be after the baseline date (${plan.baselineDate}).`);
  }
  if (plan.baselineValue !== null && plan.targetValue !== null) {
    if (plan.direction === IndicatorDirection.INCREASE && plan.targetValue < plan.baselineValue) {
      throw badInput('targetValue', 'targetValue must not be below the baseline for an INCREASE indicator; use direction DECREASE.');
    }
    if (plan.direction === IndicatorDirection.DECREASE && plan.targetValue > plan.baselineValue) {
      throw badInput('targetValue', 'targetValue must not be above the baseline for a DECREASE indicator; use direction INCREASE.');
    }
  }
}
