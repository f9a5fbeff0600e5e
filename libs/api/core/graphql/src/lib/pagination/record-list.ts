import { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyFilter } from '../filtering/apply-filter';
import { FilterFieldMap } from '../filtering/compile-filter';
import { normaliseSearch, searchCondition, searchParam } from '../filtering/name-search';
import { SortColumn, SortInputValue, SortSpec, toSortSpecs } from '../sorting/sort-spec';
import { ConnectionArgsInput } from './connection.args';
import { ConnectionOf } from './connection.type';
import { paginate } from './paginate';

/** How one list maps onto SQL: its filter fields, its sort fields, and its order when none is asked for. */
export interface ListShape<F extends object, S extends string> {
  filters: FilterFieldMap<F>;
  sorts: Readonly<Record<S, SortColumn>>;
  defaultOrder: readonly SortSpec[];
  /** For lists with a `search` argument: the name column, its matcher, and a prefix for the parameter. */
  search?: { column: string; matchedBy: { fn: string; id: string }; param: string };
  /** The row's unique id as the order's tiebreaker, when not the main alias's `id`. */
  idColumn?: string;
}

/** What the client asks of a list. */
export interface ListRequest<F, S extends string> {
  args: ConnectionArgsInput;
  filter?: F | null;
  sort?: readonly SortInputValue<S>[] | null;
  search?: string | null;
  /** The properties the selected fields need (`nodeColumns`), when known: only those are read. */
  columns?: readonly string[];
}

/** The records of `entity` as `alias`, archived ones left out unless `includeArchived`. */
export function liveRecords<E extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<E>,
  alias: string,
  includeArchived = false,
): SelectQueryBuilder<E> {
  const qb = db.getRepository(entity).createQueryBuilder(alias);
  return includeArchived ? qb : qb.where(`${alias}.archived_at IS NULL`);
}

/**
 * One page of a record list: `qb` (already narrowed to what this list shows) narrowed by the
 * client's filter, in the client's order or else the list's, paged by keyset on the main alias's id.
 * With a search (where the list has one), only names that match it are kept, best match first.
 */
export function pageOfList<E extends ObjectLiteral, F extends object, S extends string>(
  qb: SelectQueryBuilder<E>,
  shape: ListShape<F, S>,
  { args, filter, sort, search, columns }: ListRequest<F, S>,
): Promise<ConnectionOf<E>> {
  applyFilter(qb, filter, shape.filters);
  let order = toSortSpecs(sort, shape.sorts, shape.defaultOrder);
  const term = shape.search && normaliseSearch(search);
  if (shape.search && term !== undefined) {
    const { column, matchedBy, param } = shape.search;
    const { where, params, relevance } = searchCondition(column, term, searchParam(param, term), matchedBy);
    qb.andWhere(where, params);
    order = [relevance, ...order];
  }
  return paginate(qb, { args, sort: order, idColumn: shape.idColumn ?? `${qb.alias}.id`, columns });
}
