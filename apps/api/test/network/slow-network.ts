import { DataSource, QueryRunner } from 'typeorm';
import { makeOrganisation, makePlace, makeRelationship } from '../support/org-factories';

/** Two organisations at home in one place, tied by a relationship: a network of one tie. */
export async function twoTiedOrganisations(ds: DataSource): Promise<string> {
  const place = await makePlace(ds, { name: 'Leeds' });
  const a = await makeOrganisation(ds, { name: 'Alpha', homePlaceId: place });
  const b = await makeOrganisation(ds, { name: 'Beta', homePlaceId: place });
  await makeRelationship(ds, a, b);
  return place;
}

/**
 * Makes network requests slow for real: another transaction locks the places organisations
 * serve, which only the network's own statement reads, until `release` is called.
 */
export async function lockServedPlaces(ds: DataSource): Promise<{ release: () => Promise<void> }> {
  const locker: QueryRunner = ds.createQueryRunner();
  await locker.connect();
  await locker.startTransaction();
  await locker.query('LOCK TABLE organisation_place IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      if (locker.isReleased) return;
      if (locker.isTransactionActive) await locker.commitTransaction();
      await locker.release();
    },
  };
}
