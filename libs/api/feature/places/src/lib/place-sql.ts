import { IdFilter, SqlCondition } from '@cg/api/core/graphql';

/** The ids an IdFilter names (`in` wins over `eq`). */
export function idsOf(filter: IdFilter): string[] {
  return filter.in ?? (filter.eq ? [filter.eq] : []);
}

/**
 * True when the place in `placeIdColumn` lies inside (or is) any of the places named by the
 * filter: one `path <@ ancestor.path` test per ancestor on the ltree GiST index.
 */
export function placeWithin(placeIdColumn: string, filter: IdFilter): SqlCondition {
  return {
    sql: `${placeIdColumn} IN (SELECT d.id FROM place d JOIN place w ON d.path <@ w.path WHERE w.id = ANY(:ids))`,
    params: { ids: idsOf(filter) },
  };
}
