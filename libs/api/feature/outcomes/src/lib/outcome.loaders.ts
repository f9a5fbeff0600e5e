import {
  IndicatorEntity,
  MeasurementEntity,
  OrganisationEntity,
  OutcomeEntity,
  StoryEntity,
} from '@cg/api/core/database';
import { byIdBatch, defineLoader, groupedBatch, linkedRecordsLoader, orderByKeys } from '@cg/api/core/graphql';
import { indicatorStatus, OutcomeStatus, Reading, worstStatus } from '@cg/shared/domain';
import { In, IsNull } from 'typeorm';

export const outcomeById = defineLoader<string, OutcomeEntity | null>('outcomeById', (db) => (ids) =>
  byIdBatch(db.getRepository(OutcomeEntity), ids),
);

/** Unarchived indicators of each outcome, oldest first. */
export const indicatorsByOutcome = defineLoader<string, IndicatorEntity[]>('indicatorsByOutcome', (db) => async (ids) => {
  const rows = await db.getRepository(IndicatorEntity).find({
    where: { outcomeId: In([...ids]), archivedAt: IsNull() },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  return groupedBatch(ids, rows, (row) => row.outcomeId);
});

/** Unarchived stories of each outcome, newest first. */
export const storiesByOutcome = defineLoader<string, StoryEntity[]>('storiesByOutcome', (db) => async (ids) => {
  const rows = await db.getRepository(StoryEntity).find({
    where: { outcomeId: In([...ids]), archivedAt: IsNull() },
    order: { date: 'DESC', createdAt: 'DESC' },
  });
  return groupedBatch(ids, rows, (row) => row.outcomeId);
});

/** Organisations credited with each outcome, by name. */
export const contributorsByOutcome = linkedRecordsLoader('contributorsByOutcome', {
  target: OrganisationEntity,
  link: { table: 'outcome_contributor', keyColumn: 'outcome_id', targetColumn: 'organisation_id' },
  orderBy: ['lower(t.name)'],
});

/** Unarchived readings of each indicator, oldest first (so the last is the latest). */
export const measurementsByIndicator = defineLoader<string, MeasurementEntity[]>('measurementsByIndicator', (db) => async (ids) => {
  const rows = await db.getRepository(MeasurementEntity).find({
    where: { indicatorId: In([...ids]), archivedAt: IsNull() },
    order: { date: 'ASC', createdAt: 'ASC' },
  });
  return groupedBatch(ids, rows, (row) => row.indicatorId);
});

/** The latest unarchived reading of each indicator (latest date; the later entry wins a tie). */
export const latestMeasurementByIndicator = defineLoader<string, MeasurementEntity | null>('latestMeasurementByIndicator', (db) => async (ids) => {
  const rows = await db
    .getRepository(MeasurementEntity)
    .createQueryBuilder('m')
    .distinctOn(['m.indicator_id'])
    .where('m.indicator_id = ANY(:ids) AND m.archived_at IS NULL', { ids: [...ids] })
    .orderBy('m.indicator_id')
    .addOrderBy('m.date', 'DESC')
    .addOrderBy('m.created_at', 'DESC')
    .getMany();
  return orderByKeys(ids, rows, (row) => row.indicatorId);
});

/** Each outcome's status: the worst of its unarchived indicators', judged at their latest readings. */
export const statusByOutcome = defineLoader<string, OutcomeStatus>('statusByOutcome', (db) => async (ids) => {
  const indicators = await db.getRepository(IndicatorEntity).find({ where: { outcomeId: In([...ids]), archivedAt: IsNull() } });
  const latest = indicators.length ? await latestMeasurementByIndicator.batch(db)(indicators.map((i) => i.id)) : [];
  const statuses = indicators.map((indicator, index) => ({
    outcomeId: indicator.outcomeId,
    status: indicatorStatus(indicator, readingOf(latest[index])),
  }));
  return groupedBatch(ids, statuses, (row) => row.outcomeId).map((group) => worstStatus(group.map((row) => row.status)));
});

/** A measurement as a reading for the progress rules; null for none (or a loader error). */
export function readingOf(measurement: MeasurementEntity | Error | null | undefined): Reading | null {
  return measurement && !(measurement instanceof Error) ? { value: measurement.value, date: measurement.date } : null;
}

/** Unarchived outcomes each partnership owns, by title. */
export const outcomesOwnedByPartnership = defineLoader<string, OutcomeEntity[]>('outcomesOwnedByPartnership', (db) => async (ids) => {
  const rows = await db.getRepository(OutcomeEntity).find({
    where: { ownerPartnershipId: In([...ids]), archivedAt: IsNull() },
    order: { title: 'ASC', id: 'ASC' },
  });
  return groupedBatch(ids, rows, (row) => row.ownerPartnershipId as string);
});

/** Unarchived outcomes each project owns, by title. */
export const outcomesOwnedByProject = defineLoader<string, OutcomeEntity[]>('outcomesOwnedByProject', (db) => async (ids) => {
  const rows = await db.getRepository(OutcomeEntity).find({
    where: { ownerProjectId: In([...ids]), archivedAt: IsNull() },
    order: { title: 'ASC', id: 'ASC' },
  });
  return groupedBatch(ids, rows, (row) => row.ownerProjectId as string);
});
