import { OrganisationEntity, PartnershipEntity, PlaceEntity, ProjectEntity } from '@cg/api/core/database';
import { byIdBatch, defineLoader } from '@cg/api/core/graphql';

// The by-id loaders of records several features point at: one registry key each.

/** Organisations by id, archived ones included (a tie or affiliation may still point at one). */
export const organisationById = defineLoader<string, OrganisationEntity | null>(
  'organisationById',
  (db) => (ids) => byIdBatch(db.getRepository(OrganisationEntity), ids),
);

export const partnershipById = defineLoader<string, PartnershipEntity | null>(
  'partnershipById',
  (db) => (ids) => byIdBatch(db.getRepository(PartnershipEntity), ids),
);

export const placeById = defineLoader<string, PlaceEntity | null>(
  'placeById',
  (db) => (ids) => byIdBatch(db.getRepository(PlaceEntity), ids),
);

export const projectById = defineLoader<string, ProjectEntity | null>(
  'projectById',
  (db) => (ids) => byIdBatch(db.getRepository(ProjectEntity), ids),
);
