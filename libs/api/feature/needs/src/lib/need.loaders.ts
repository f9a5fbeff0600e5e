import { NeedEntity, NeedOutcomeEntity, NeedProjectEntity, OrganisationEntity, OutcomeEntity, PlaceEntity, ProjectEntity } from '@cg/api/core/database';
import { byIdBatch, defineLoader, groupedBatch } from '@cg/api/core/graphql';
import { In, IsNull } from 'typeorm';

export const needPlaceById = defineLoader<string, PlaceEntity | null>('needPlaceById', (db) => (ids) => byIdBatch(db.getRepository(PlaceEntity), ids));

export const needOrganisationById = defineLoader<string, OrganisationEntity | null>('needOrganisationById', (db) => (ids) =>
  byIdBatch(db.getRepository(OrganisationEntity), ids),
);

/** Ids of the projects answering each need. */
export const projectIdsByNeed = defineLoader<string, string[]>('projectIdsByNeed', (db) => async (ids) => {
  const rows = await db.getRepository(NeedProjectEntity).findBy({ needId: In([...ids]) });
  return groupedBatch(ids, rows, (row) => row.needId).map((group) => group.map((row) => row.projectId));
});

/** Unarchived outcomes answering each need, by title. */
export const outcomesByNeed = defineLoader<string, OutcomeEntity[]>('outcomesByNeed', (db) => async (ids) => {
  const links = await db.getRepository(NeedOutcomeEntity).findBy({ needId: In([...ids]) });
  const outcomes = links.length
    ? await db.getRepository(OutcomeEntity).find({ where: { id: In([...new Set(links.map((l) => l.outcomeId))]), archivedAt: IsNull() } })
    : [];
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  return groupedBatch(ids, links, (link) => link.needId).map((group) =>
    group
      .map((link) => byId.get(link.outcomeId))
      .filter((o): o is OutcomeEntity => o !== undefined)
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
  );
});

/** Unarchived projects answering each need, by name. */
export const projectsByNeed = defineLoader<string, ProjectEntity[]>('projectsByNeed', (db) => async (ids) => {
  const links = await db.getRepository(NeedProjectEntity).findBy({ needId: In([...ids]) });
  const projects = links.length
    ? await db.getRepository(ProjectEntity).find({ where: { id: In([...new Set(links.map((l) => l.projectId))]), archivedAt: IsNull() } })
    : [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  return groupedBatch(ids, links, (link) => link.needId).map((group) =>
    group
      .map((link) => byId.get(link.projectId))
      .filter((p): p is ProjectEntity => p !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );
});

/** Unarchived needs each project answers, most urgent first. */
export const needsByProject = defineLoader<string, NeedEntity[]>('needsByProject', (db) => async (ids) => {
  const rows = await db
    .getRepository(NeedEntity)
    .createQueryBuilder('n')
    .innerJoin(NeedProjectEntity, 'np', 'np.need_id = n.id')
    .addSelect('np.project_id', 'project_id')
    .where('np.project_id = ANY(:ids) AND n.archived_at IS NULL', { ids: [...ids] })
    .orderBy('n.priority', 'DESC')
    .addOrderBy('n.raised_on', 'DESC')
    .getRawAndEntities<{ project_id: string; n_id: string }>();
  const byId = new Map(rows.entities.map((n) => [n.id, n]));
  const pairs = rows.raw.map((raw) => ({ projectId: raw.project_id, need: byId.get(raw.n_id) as NeedEntity }));
  return groupedBatch(ids, pairs, (pair) => pair.projectId).map((group) => group.map((pair) => pair.need));
});
