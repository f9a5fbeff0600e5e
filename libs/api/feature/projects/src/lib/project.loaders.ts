import { PlaceEntity, ProjectEntity, ProjectParticipantEntity } from '@cg/api/core/database';
import { defineLoader, groupedBatch, linkedIdsLoader, linkedRecordsLoader } from '@cg/api/core/graphql';
import { DataSource } from 'typeorm';

/** Participants (not archived) whose `column` is one of `ids`, grouped by it, in the order they were added. */
async function participantsWhere(
  db: DataSource,
  ids: readonly string[],
  column: 'project_id' | 'organisation_id',
  inLiveProjectsOnly: boolean,
): Promise<ProjectParticipantEntity[][]> {
  const query = db.getRepository(ProjectParticipantEntity).createQueryBuilder('pp');
  if (inLiveProjectsOnly) query.innerJoin(ProjectEntity, 'pr', 'pr.id = pp.project_id AND pr.archived_at IS NULL');
  const rows = await query
    .where(`pp.${column} = ANY(:ids)`, { ids: [...ids] })
    .andWhere('pp.archived_at IS NULL')
    .orderBy('pp.created_at')
    .addOrderBy('pp.id')
    .getMany();
  return groupedBatch(ids, rows, (row) => (column === 'project_id' ? row.projectId : row.organisationId));
}

/** Participants (not archived) of each project, by when they were added. */
export const participantsByProject = defineLoader<string, ProjectParticipantEntity[]>(
  'participantsByProject',
  (db) => (ids) => participantsWhere(db, ids, 'project_id', false),
);

/** Each organisation's participations (not archived) in projects that are not archived. */
export const participationsByOrganisation = defineLoader<string, ProjectParticipantEntity[]>(
  'participationsByOrganisation',
  (db) => (ids) => participantsWhere(db, ids, 'organisation_id', true),
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
export const placesByProject = linkedRecordsLoader('placesByProject', {
  target: PlaceEntity,
  link: { table: 'project_place', keyColumn: 'project_id', targetColumn: 'place_id' },
  orderBy: ['t.name'],
});

/** Ids of the outcomes each project targets. */
export const targetedOutcomeIdsByProject = linkedIdsLoader('targetedOutcomeIdsByProject', {
  table: 'project_outcome',
  keyColumn: 'project_id',
  targetColumn: 'outcome_id',
});
