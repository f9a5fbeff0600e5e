import { ActivityEntity, OrganisationEntity, PersonEntity, PlaceEntity } from '@cg/api/core/database';
import { byIdBatch, defineLoader, linkedIdsLoader, linkedRecordsLoader } from '@cg/api/core/graphql';

/** Organisations involved in each activity, by name. */
export const organisationsByActivity = linkedRecordsLoader('organisationsByActivity', {
  target: OrganisationEntity,
  link: { table: 'activity_organisation', keyColumn: 'activity_id', targetColumn: 'organisation_id' },
  orderBy: ['lower(t.name)'],
});

/** Ids of the people who took part in each activity. */
export const personIdsByActivity = linkedIdsLoader('personIdsByActivity', {
  table: 'activity_person',
  keyColumn: 'activity_id',
  targetColumn: 'person_id',
});

/** Ids of the organisations involved in each activity. */
export const organisationIdsByActivity = linkedIdsLoader('organisationIdsByActivity', {
  table: 'activity_organisation',
  keyColumn: 'activity_id',
  targetColumn: 'organisation_id',
});

export const activityPlaceById = defineLoader<string, PlaceEntity | null>('activityPlaceById', (db) => (ids) =>
  byIdBatch(db.getRepository(PlaceEntity), ids),
);

export const activityById = defineLoader<string, ActivityEntity | null>('activityById', (db) => (ids) =>
  byIdBatch(db.getRepository(ActivityEntity), ids),
);

/** People who took part in each activity, by name. */
export const peopleByActivity = linkedRecordsLoader('peopleByActivity', {
  target: PersonEntity,
  link: { table: 'activity_person', keyColumn: 'activity_id', targetColumn: 'person_id' },
  orderBy: ['lower(t.full_name)'],
});
