import { ActivityEntity, ActivityOrganisationEntity, ActivityPersonEntity, OrganisationEntity, PersonEntity, PlaceEntity } from '@cg/api/core/database';
import { byIdBatch, defineLoader, groupedBatch } from '@cg/api/core/graphql';
import { In } from 'typeorm';

/** Organisations involved in each activity, by name. */
export const organisationsByActivity = defineLoader<string, OrganisationEntity[]>('organisationsByActivity', (db) => async (ids) => {
  const rows = await db
    .getRepository(OrganisationEntity)
    .createQueryBuilder('o')
    .innerJoin(ActivityOrganisationEntity, 'ao', 'ao.organisation_id = o.id')
    .addSelect('ao.activity_id', 'activity_id')
    .where('ao.activity_id = ANY(:ids)', { ids: [...ids] })
    .orderBy('lower(o.name)')
    .getRawAndEntities<{ activity_id: string; o_id: string }>();
  const byId = new Map(rows.entities.map((o) => [o.id, o]));
  const pairs = rows.raw.map((raw) => ({ activityId: raw.activity_id, organisation: byId.get(raw.o_id) as OrganisationEntity }));
  return groupedBatch(ids, pairs, (pair) => pair.activityId).map((group) => group.map((pair) => pair.organisation));
});

/** Ids of the people who took part in each activity. */
export const personIdsByActivity = defineLoader<string, string[]>('personIdsByActivity', (db) => async (ids) => {
  const rows = await db.getRepository(ActivityPersonEntity).findBy({ activityId: In([...ids]) });
  return groupedBatch(ids, rows, (row) => row.activityId).map((group) => group.map((row) => row.personId));
});

/** Ids of the organisations involved in each activity. */
export const organisationIdsByActivity = defineLoader<string, string[]>('organisationIdsByActivity', (db) => async (ids) => {
  const rows = await db.getRepository(ActivityOrganisationEntity).findBy({ activityId: In([...ids]) });
  return groupedBatch(ids, rows, (row) => row.activityId).map((group) => group.map((row) => row.organisationId));
});

export const activityPlaceById = defineLoader<string, PlaceEntity | null>('activityPlaceById', (db) => (ids) =>
  byIdBatch(db.getRepository(PlaceEntity), ids),
);

export const activityById = defineLoader<string, ActivityEntity | null>('activityById', (db) => (ids) =>
  byIdBatch(db.getRepository(ActivityEntity), ids),
);

/** People who took part in each activity, by name. */
export const peopleByActivity = defineLoader<string, PersonEntity[]>('peopleByActivity', (db) => async (ids) => {
  const links = await db.getRepository(ActivityPersonEntity).findBy({ activityId: In([...ids]) });
  const people = links.length ? await db.getRepository(PersonEntity).findBy({ id: In([...new Set(links.map((l) => l.personId))]) }) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return groupedBatch(ids, links, (link) => link.activityId).map((group) =>
    group
      .map((link) => byId.get(link.personId))
      .filter((p): p is PersonEntity => p !== undefined)
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'en-GB')),
  );
});
