import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { andWhereGrouped, SqlParams } from '../sql/sql-params';
import { compileFilter, FilterFieldMap } from './compile-filter';

/**
 * Narrows the query to the rows the client's filter asks for (see compileFilter for the
 * grammar). Every value is a bound parameter with a name unique on this query builder.
 */
export function applyFilter<E extends ObjectLiteral, F extends object>(
  qb: SelectQueryBuilder<E>,
  filter: F | null | undefined,
  fields: FilterFieldMap<F>,
): SelectQueryBuilder<E> {
  if (!filter) return qb;
  const params = SqlParams.for(qb, 'filter');
  const sql = compileFilter(filter, fields, qb.alias, params);
  if (sql) andWhereGrouped(qb, sql, params.values);
  return qb;
}
