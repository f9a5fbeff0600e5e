import { createHash } from 'node:crypto';
import { DataSource, ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';

interface NamedQueryClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * At most this many distinct texts are prepared (per process, so per pooled connection too); any
 * text past them runs unnamed. A text can depend on what a client selects (a page's columns and
 * nested lists), so without a bound a client could make every connection keep statements without end.
 */
export const MAX_PREPARED_TEXTS = 256;

const names = new Map<string, string>();

/** A stable statement name per SQL text (pg keeps a name's text per connection and refuses another under it). */
function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_PREPARED_TEXTS) return undefined;
    names.set(text, (name = `cg_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  }
  return name;
}

/**
 * `dataSource.query` as a named prepared statement: each pooled connection parses the text once,
 * and after five executions PostgreSQL may keep a generic plan, so a hot statement stops paying
 * its planning on every request (issue #13: the nested reads' one statement planned in 7-20 ms
 * under load). Row-level security still applies: the policies read the scope's settings when the
 * plan runs, and PostgreSQL replans when the role the plan was made for changes.
 */
export async function preparedQuery(dataSource: DataSource, text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as NamedQueryClient;
    dataSource.logger.logQuery(text, values, runner); // as TypeORM's own query logs (and tests count) it
    try {
      return (await client.query({ name: statementName(text), text, values })).rows;
    } catch (error) {
      // As TypeORM's own query does, so callers that look for QueryFailedError (timeouts) still find it.
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    await runner.release();
  }
}

/**
 * A query builder's `getRawMany()` as a named prepared statement (same rows: pg parses them, and
 * TypeORM hands raw rows over as they are). A builder bound to a query runner of its own (a
 * transaction) keeps that runner's connection through TypeORM.
 */
export async function preparedRawMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<Record<string, unknown>[]> {
  if ((qb as unknown as { queryRunner?: unknown }).queryRunner || qb.expressionMap.useTransaction) return qb.getRawMany();
  const [text, values] = qb.getQueryAndParameters();
  return preparedQuery(qb.connection, text, values);
}
