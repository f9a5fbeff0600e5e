import { PlaceEntity, ProjectEntity, ProjectParticipantEntity } from '@cg/api/core/database';
import { defineLoader, groupedBatch } from '@cg/api/core/graphql';

/** Participants (not archived) of each project, by when they were added. */
export const participantsByProject = defineLoader<string, ProjectParticipantEntity[]>(
  'participantsByProject',
  (db) => async (ids) =>
    groupedBatch(
      ids,
      await db
        .getRepository(ProjectParticipantEntity)
        .createQueryBuilder('pp')
        .where('pp.project_id = ANY(:ids)', { ids: [...ids] })
        .andWhere('pp.archived_at IS NULL')
        .orderBy('pp.created_at')
        .addOrderBy('pp.id')
        .getMany(),
      (row) => row.projectId,
    ),
);

/** Each organisation's participations (not archived) in projects that are not archived. */
export const participationsByOrganisation = defineLoader<string, ProjectParticipantEntity[]>(
  'participationsByOrganisation',
  (db) => async (ids) =>
    groupedBatch(
      ids,
      await db
        .getRepository(ProjectParticipantEntity)
        .createQueryBuilder('pp')
        .innerJoin(ProjectEntity, 'pr', 'pr.id = pp.project_id AND pr.archived_at IS NULL')
        .where('pp.organisation_id = ANY(:ids)', { ids: [...ids] })
        .andWhere('pp.archived_at IS NULL')
        .orderBy('pp.created_at')
        .addOrderBy('pp.id')
        .getMany(),
      (row) => row.organisationId,
    ),
);

/** Projects (not archived) of each partnership, by name. */
export const projectsByPartnership = defineLoader<string, ProjectEntity[]>(
  'projectsByPartnership',
  (db) => async (ids) =>
    groupedBatch(
      ids,
      await db
        .getRepository(ProjectEntity)
        .createQueryBuilder('pr')
        .where('pr.partnership_id = ANY(:ids)', { ids: [...ids] })
        .andWhere('pr.archived_at IS NULL')
        .orderBy('lower(pr.name)')
        .addOrderBy('pr.id')
        .getMany(),
      (row) => row.partnershipId as string,
    ),
);

/** Places each project works in, by name. */
export const placesByProject = defineLoader<string, PlaceEntity[]>('placesByProject', (db) => async (ids) => {
  const links: { project_id: string; place_id: string }[] = await db.query(
    'SELECT project_id, place_id FROM project_place WHERE project_id = ANY($1::uuid[])',
    [[...ids]],
  );
  const places = await db
    .getRepository(PlaceEntity)
    .createQueryBuilder('pl')
    .where('pl.id = ANY(:ids)', { ids: [...new Set(links.map((link) => link.place_id))] })
    .orderBy('pl.name')
    .getMany();
  return groupedBatch(ids, links, (link) => link.project_id).map((group) => {
    const wanted = new Set(group.map((link) => link.place_id));
    return places.filter((place) => wanted.has(place.id));
  });
});

/** Ids of the outcomes each project targets. */
export const targetedOutcomeIdsByProject = defineLoader<string, string[]>(
  'targetedOutcomeIdsByProject',
  (db) => async (ids) => {
    const links: { project_id: string; outcome_id: string }[] = await db.query(
      'SELECT project_id, outcome_id FROM project_outcome WHERE project_id = ANY($1::uuid[]) ORDER BY outcome_id',
      [[...ids]],
    );
    return groupedBatch(ids, links, (link) => link.project_id).map((group) => group.map((link) => link.outcome_id));
  },
);
