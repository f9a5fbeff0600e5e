import { SqlCondition } from '../sql/sql-params';
import { IdFilter } from './scalar-filters';

/**
 * The ids an IdFilter allows, or null when it asks for nothing. Like every other filter,
 * all the conditions given must hold: `eq` and `in` together allow `eq` only when `in`
 * holds it, and nothing otherwise.
 */
export function idsOf(filter: IdFilter): string[] | null {
  const { eq, in: list } = filter;
  if (eq != null && list != null) return list.includes(eq) ? [eq] : [];
  if (eq != null) return [eq];
  return list ?? null;
}

/** A condition on the ids an IdFilter allows: `build(':ids')` gets the bound uuid list. */
export function idCondition(filter: IdFilter, build: (ids: string) => string): SqlCondition {
  const ids = idsOf(filter);
  if (ids === null) return { sql: 'TRUE' };
  return { sql: build(':ids'), params: { ids } };
}

/**
 * A subquery of the ltree paths (column `path`) whose subtrees make up the places in `ids`
 * (a uuid[] expression): each place's own path, and for a combined authority its member councils'
 * too, since they sit in their regions in the tree and membership is a table.
 */
export function placeReachSql(ids: string): string {
  return `(SELECT w.path FROM place w WHERE w.id = ANY(${ids}::uuid[])
    UNION ALL SELECT m.path FROM combined_authority_member cam JOIN place m ON m.id = cam.member_place_id
     WHERE cam.combined_authority_id = ANY(${ids}::uuid[]))`;
}

/**
 * An array of the ids of organisations at home in, or serving, a place inside (or equal to) one
 * of the places in `ids`. `<@` (ltree) is not leakproof, so under row-level security it was tested
 * on every place after the policy; here the tree walk runs on the GiST index as the table owner
 * (`cg_places_inside`, migration PlaceCandidatesAndTallies) and yields ids only. The places asked
 * for and the places found are read through the place policy (by primary key), and the caller
 * reads the organisations `cg_organisations_at` names through theirs, with `id = ANY(…)`: one
 * ordered pass over the primary key for the whole array, where `id IN (SELECT …)` hashed the
 * candidates and then looked each one up (1.4× slower for a county's 7,451).
 */
export function organisationIdsWithinSql(ids: string): string {
  const asked = `ARRAY(SELECT w.id FROM place w WHERE w.id = ANY(${ids}::uuid[]))`;
  const inside = `ARRAY(SELECT d.id FROM place d WHERE d.id = ANY(ARRAY(SELECT x.inner_id FROM cg_places_inside(${asked}) x)))`;
  return `ARRAY(SELECT cg_organisations_at(${inside}))`;
}

/** SQL true when `placeIdColumn` lies inside (or is) one of the places in `ids` (placeReachSql; ltree ancestry on the GiST index). */
export function placeWithinSql(placeIdColumn: string, ids = ':ids'): string {
  return `${placeIdColumn} IN (SELECT d.id FROM place d WHERE d.path <@ ARRAY(SELECT r.path FROM ${placeReachSql(ids)} r))`;
}

/** A condition: `placeIdColumn` lies inside (or is) one of the places the filter names. */
export function placeWithin(placeIdColumn: string, filter: IdFilter): SqlCondition {
  return idCondition(filter, (ids) => placeWithinSql(placeIdColumn, ids));
}

/**
 * A condition: the record under `alias` is linked through `table` (`ownerColumn`, `place_id`), such
 * as partnership_place, to a place inside (or equal to) one of the places the filter names.
 */
export function linkedPlaceWithin(table: string, ownerColumn: string, alias: string, filter: IdFilter): SqlCondition {
  return idCondition(
    filter,
    (ids) => `EXISTS (SELECT 1 FROM ${table} lp WHERE lp.${ownerColumn} = ${alias}.id AND ${placeWithinSql('lp.place_id', ids)})`,
  );
}
