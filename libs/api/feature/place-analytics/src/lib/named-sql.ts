import { DataSource } from 'typeorm';

/**
 * Runs SQL written with `:name` parameters (as the query builder takes them) on the request's
 * connection, so long statements read like the rules they hold instead of counting `$n`.
 */
export function queryNamed<T>(db: DataSource, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [query, values] = db.driver.escapeQueryWithParameters(sql, params, {});
  return db.query(query, values);
}
