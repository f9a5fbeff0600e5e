import { OrganisationIdentifierEntity, OrganisationPlaceEntity, PlaceEntity } from '@cg/api/core/database';
import { defineLoader, groupedBatch } from '@cg/api/core/graphql';
import { In } from 'typeorm';

/** Each organisation's identifiers, primary first. */
export const identifiersByOrganisation = defineLoader<string, OrganisationIdentifierEntity[]>(
  'identifiersByOrganisation',
  (db) => async (ids) => {
    const rows = await db
      .getRepository(OrganisationIdentifierEntity)
      .find({ where: { organisationId: In([...ids]) }, order: { isPrimary: 'DESC', identifier: 'ASC' } });
    return groupedBatch(ids, rows, (row) => row.organisationId);
  },
);

/** The places each organisation serves (besides its home place), by name; one query with a join. */
export const placesServedByOrganisation = defineLoader<string, PlaceEntity[]>(
  'placesServedByOrganisation',
  (db) => async (ids) => {
    const rows = await db.getRepository(OrganisationPlaceEntity).find({
      where: { organisationId: In([...ids]) },
      relations: { place: true },
      order: { place: { name: 'ASC', id: 'ASC' } },
    });
    return groupedBatch(ids, rows, (row) => row.organisationId).map((group) =>
      group.map((row) => row.place).filter((place): place is PlaceEntity => place !== undefined),
    );
  },
);
