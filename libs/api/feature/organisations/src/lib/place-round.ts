import { preparedQuery, queryBuilderRows } from '@cg/api/core/database';
import { applyFilter, invalidCursor, ListShape } from '@cg/api/core/graphql';
import { ObjectLiteral, QueryFailedError, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { OrganisationFilter } from './organisation-list.types';
import { candidatesFrom, Themes } from './place-ordered-page';

/** What one round of a place page read: its judged rows, and where its candidates stopped. */
export interface PlaceRound<E> {
  /** Up to the rows asked for, in the candidates' order, each with its key and id (the cursor). */
  rows: { node: E; key: [string, string] }[];
  /** How many candidates the definer function gave (fewer than the budget: the place has no more). */
  size: number;
  /** The round's last candidate, where the next round starts (null when it gave none). */
  last: [string, string] | null;
}

/**
 * One round of a place page in one statement: at most `budget` candidates after `after` from the
 * definer function, judged by row-level security and `filter` in their order, the first `rows` of
 * them that pass, and how many candidates there were and the last of them. The statement always
 * answers one row at least (its `reach` part), so a short or empty page learns that the place has
 * no more without asking again (issue #13: "a theme nobody has" made two statements, the page and a
 * probe, for an empty page).
 *
 * Prepared: the text depends only on the filter's shape and the columns read, and the plan's shape
 * does not depend on the values, since the candidates are bounded by the budget (a walk of at most
 * `budget` rows, each an index lookup by id). Planning was over half of the page's time in PostgreSQL.
 */
export async function readPlaceRound<E extends ObjectLiteral, S extends string>(
  records: SelectQueryBuilder<E>,
  ids: string[],
  themes: Themes,
  shape: ListShape<OrganisationFilter, S>,
  request: {
    filter?: OrganisationFilter | null;
    columns?: readonly string[];
    after: readonly [string | null, string | null];
    budget: number;
    rows: number;
    cursor?: string;
  },
): Promise<PlaceRound<E>> {
  const alias = records.alias;
  applyFilter(records, request.filter, shape.filters);
  if (request.columns) records.select(request.columns.map((property) => `${alias}.${property}`));
  // Each candidate in turn, looked up by id (`= ANY(ARRAY[…])`: see joinPlaceCandidates) and judged.
  records.andWhere(`${alias}.id = ANY(ARRAY[c.organisation_id])`);
  const { sql, params } = candidatesFrom(ids, themes, { after: request.after, budget: request.budget });
  const text = `WITH place_round AS MATERIALIZED (SELECT c.name_key, c.organisation_id, c.via_places FROM ${sql} c)
    SELECT reach.*, page.* FROM (
      SELECT (SELECT CAST(count(*) AS integer) FROM place_round) AS cg_round_size, last.name_key AS cg_round_key,
             CAST(last.organisation_id AS text) AS cg_round_id
        FROM (SELECT 1) one
        LEFT JOIN (SELECT * FROM place_round ORDER BY name_key DESC, organisation_id DESC LIMIT 1) last ON TRUE
    ) reach
    LEFT JOIN LATERAL (
      SELECT r.*, c.name_key AS cg_cursor_0, CAST(c.organisation_id AS text) AS cg_cursor_1
        FROM (SELECT * FROM place_round ORDER BY name_key, organisation_id OFFSET 0) c
        CROSS JOIN LATERAL (${records.getQuery()}) r
       WHERE EXISTS (SELECT 1 FROM place q WHERE q.id = ANY(c.via_places))
       ORDER BY c.name_key, c.organisation_id LIMIT :placeRoundRows
    ) page ON TRUE`;
  const [query, values] = records.connection.driver.escapeQueryWithParameters(
    text,
    { ...records.getParameters(), ...params, placeRoundRows: request.rows },
    {},
  );
  // As preparedRawMany: a builder bound to a query runner of its own (a transaction) keeps its connection.
  const runner = (records as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const read: Promise<Record<string, unknown>[]> = runner
    ? records.connection.query(query, values, runner)
    : preparedQuery(records.connection, query, values);
  const found = await read.catch((error: unknown) => {
    // A hand-edited cursor can decode yet hold a value its column refuses (class 22, data exception).
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    throw code?.startsWith('22') && request.cursor !== undefined ? invalidCursor(request.cursor, 'after') : error;
  });
  const hydrate = queryBuilderRows(records.connection, records.expressionMap.mainAlias!.target, alias);
  const reach = found[0];
  return {
    rows: found
      .filter((row) => row['cg_cursor_1'] !== null)
      .map((row) => ({ node: hydrate.hydrate(row) as E, key: [String(row['cg_cursor_0']), String(row['cg_cursor_1'])] })),
    size: Number(reach['cg_round_size']),
    last: reach['cg_round_id'] === null ? null : [String(reach['cg_round_key']), String(reach['cg_round_id'])],
  };
}
