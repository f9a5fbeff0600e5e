import { NeedEntity, OrganisationEntity, OutcomeEntity, PlaceEntity, ProjectEntity } from '@cg/api/core/database';
import { byIdBatch, defineLoader, linkedIdsLoader, linkedRecordsLoader } from '@cg/api/core/graphql';

export const needPlaceById = defineLoader<string, PlaceEntity | null>('needPlaceById', (db) => (ids) => byIdBatch(db.getRepository(PlaceEntity), ids));

export const needOrganisationById = defineLoader<string, OrganisationEntity | null>('needOrganisationById', (db) => (ids) =>
  byIdBatch(db.getRepository(OrganisationEntity), ids),
);

/** Ids of the projects answering each need. */
export const projectIdsByNeed = linkedIdsLoader('projectIdsByNeed', {
  table: 'need_project',
  keyColumn: 'need_id',
  targetColumn: 'project_id',
});

/** Unarchived outcomes answering each need, by title. */
export const outcomesByNeed = linkedRecordsLoader('outcomesByNeed', {
  target: OutcomeEntity,
  link: { table: 'need_outcome', keyColumn: 'need_id', targetColumn: 'outcome_id' },
  orderBy: ['lower(t.title)'],
  skipArchived: true,
});

/** Unarchived projects answering each need, by name. */
export const projectsByNeed = linkedRecordsLoader('projectsByNeed', {
  target: ProjectEntity,
  link: { table: 'need_project', keyColumn: 'need_id', targetColumn: 'project_id' },
  orderBy: ['lower(t.name)'],
  skipArchived: true,
});

/** Unarchived needs each project answers, most urgent first. */
export const needsByProject = linkedRecordsLoader('needsByProject', {
  target: NeedEntity,
  link: { table: 'need_project', keyColumn: 'project_id', targetColumn: 'need_id' },
  orderBy: ['t.priority DESC', 't.raised_on DESC'],
  skipArchived: true,
});
