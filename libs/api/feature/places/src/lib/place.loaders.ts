import { PlaceEntity } from '@cg/api/core/database';
import { defineLoader, groupedBatch } from '@cg/api/core/graphql';
import { In } from 'typeorm';

/** Direct children of each place, by name; archived places are left out. */
export const childrenByPlace = defineLoader<string, PlaceEntity[]>('childrenByPlace', (db) => async (ids) => {
  const rows = await db
    .getRepository(PlaceEntity)
    .createQueryBuilder('p')
    .where('p.parent_id = ANY(:ids)', { ids: [...ids] })
    .andWhere('p.archived_at IS NULL')
    .orderBy('p.name')
    .addOrderBy('p.id')
    .getMany();
  return groupedBatch(ids, rows, (row) => row.parentId as string);
});

/** Every ancestor of each place, from the country down to its parent, in one query. */
export const ancestorsByPlace = defineLoader<string, PlaceEntity[]>('ancestorsByPlace', (db) => async (ids) => {
  const pairs: { place_id: string; ancestor_id: string }[] = await db.query(
    `SELECT p.id AS place_id, a.id AS ancestor_id
       FROM place p JOIN place a ON a.path @> p.path AND a.id <> p.id
      WHERE p.id = ANY($1)
      ORDER BY p.id, nlevel(a.path)`,
    [[...ids]],
  );
  const ancestors = await db
    .getRepository(PlaceEntity)
    .findBy({ id: In([...new Set(pairs.map((pair) => pair.ancestor_id))]) });
  const byId = new Map(ancestors.map((place) => [place.id, place]));
  return groupedBatch(ids, pairs, (pair) => pair.place_id).map((group) =>
    group.map((pair) => byId.get(pair.ancestor_id)).filter((place): place is PlaceEntity => place !== undefined),
  );
});
