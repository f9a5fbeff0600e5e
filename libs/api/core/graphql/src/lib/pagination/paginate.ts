import { entitiesWithRaw, preparedQuery, preparedRawMany, queryBuilderRows } from '@cg/api/core/database';
import { ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { PageNestedLists } from '../loaders/nested-lists';
import { SortSpec } from '../sorting/sort-spec';
import { andWhereGrouped, SqlParams } from '../sql/sql-params';
import { ConnectionArgsInput } from './connection.args';
import { ConnectionOf, EdgeOf } from './connection.type';
import { CursorValues, decodeCursor, encodeCursor, invalidCursor, sortFingerprint } from './cursor';
import { afterCursor, reverseKey, withTiebreaker } from './keyset';
import { builderShape, pageText } from './page-texts';
import { PageWindow, pageWindow } from './page-window';

export type RawRow = Record<string, unknown>;

export interface PaginateOptions<Row, T> {
  args: ConnectionArgsInput;
  /** The order; the id is appended as the tiebreaker. Use `toSortSpecs` for client sorts. */
  sort: readonly SortSpec[];
  /** SQL for the row's unique id, e.g. `o.id`. */
  idColumn: string;
  /** Turns a row into the node; `raw` is the row as PostgreSQL returned it. */
  map?: (row: Row, raw: RawRow) => T;
  /**
   * `entities` (the default when the query's main alias is an entity) hydrates entities
   * with TypeORM; `raw` hands over the selected columns as they are.
   */
  rows?: 'entities' | 'raw';
  /**
   * The entity properties the nodes need (`nodeColumns` of the resolver's info), when the query
   * selects the whole entity; undefined reads every column.
   */
  columns?: readonly string[];
  /**
   * The nested lists the nodes select that their features registered (`pageNestedLists`): read in
   * the page's own statement, one json column each, and primed into their loaders per node.
   */
  nested?: PageNestedLists;
}

/** Keys are selected under these names to build cursors from; nobody else uses them. */
const cursorColumn = (index: number) => `cg_cursor_${index}`;

/**
 * One page of a filtered query, by keyset (no OFFSET, so pages stay fast and stable
 * while rows are added). It orders the query, narrows it to the rows after `after`
 * and before `before`, fetches one row more than the page to learn whether another
 * page follows, and counts the whole filtered query in a second statement when asked.
 * The query builder passed in is left as it was.
 */
export async function paginate<E extends ObjectLiteral, T = E>(
  qb: SelectQueryBuilder<E>,
  options: PaginateOptions<E, T>,
): Promise<ConnectionOf<T>> {
  const window = await pageWindow(options.args);
  const keys = withTiebreaker(options.sort, options.idColumn);
  const fingerprint = sortFingerprint(keys);
  const after = window.after === undefined ? undefined : decodeCursor(window.after, fingerprint, keys.length, 'after');
  const before =
    window.before === undefined ? undefined : decodeCursor(window.before, fingerprint, keys.length, 'before');

  const mode = options.rows ?? (qb.expressionMap.mainAlias?.hasMetadata ? 'entities' : 'raw');
  const page: PageRequest<E> = { qb, options, keys, window, after, before, mode };
  const fetched = await (carriesNoFilterValues(qb) ? fetchPrepared(page) : fetchRows(buildPage(page), mode, false)).catch(
    (error: unknown) => {
      throw tamperedCursor(error, window) ?? error;
    },
  );
  // Counting every matching row costs a pass over them (200,000 organisations, each judged by
  // row-level security), so it runs only when a client asks for totalCount.
  const totalCount = lazily(() => countRows(qb));

  const more = fetched.length > window.limit;
  const rows = fetched.slice(0, window.limit);
  if (options.nested) for (const { row, raw } of rows) options.nested.prime(row as E & { id: string }, raw);
  if (window.backward) rows.reverse();
  const map = options.map ?? ((row: E) => row as unknown as T);
  const nodes = rows.map(({ row, raw }) => map(row, raw));
  const cursorAt = (index: number) =>
    encodeCursor(
      fingerprint,
      keys.map((_, key) => cursorValue(rows[index].raw[cursorColumn(key)])),
    );
  // Most clients ask for `nodes` and `pageInfo` only: a cursor per row is made when `edges` is read.
  let edges: EdgeOf<T>[] | undefined;
  return {
    get edges() {
      return (edges ??= nodes.map((node, index) => ({ cursor: cursorAt(index), node })));
    },
    nodes,
    pageInfo: {
      // The far side is known only from the cursor: if one was given, rows lie beyond it.
      hasNextPage: window.backward ? before !== undefined : more || before !== undefined,
      hasPreviousPage: window.backward ? more || after !== undefined : after !== undefined,
      startCursor: rows.length ? cursorAt(0) : null,
      endCursor: rows.length ? cursorAt(rows.length - 1) : null,
    },
    totalCount,
  };
}

/**
 * Whether the caller's query holds no values of its own (no filter, no search): the directory's
 * default order and the pages after it by cursor, a partnerships page. Its page statement is then
 * prepared (issue #13: planning was half of the directory page's time in PostgreSQL), since its
 * text comes from the code and the selection only, and a generic plan fits every cursor (an index
 * range). A filtered query is planned for its values each time: a generic plan for `ILIKE $1` or
 * `= ANY($1)` could not know how many rows the values match.
 */
function carriesNoFilterValues<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): boolean {
  return Object.keys(qb.getParameters()).length === 0;
}

/** What one page asks of its query: everything `buildPage` reads. */
interface PageRequest<E extends ObjectLiteral> {
  qb: SelectQueryBuilder<E>;
  options: PaginateOptions<E, unknown>;
  keys: SortSpec[];
  window: PageWindow;
  after?: CursorValues;
  before?: CursorValues;
  mode: 'entities' | 'raw';
}

/** The page's statement: the caller's query ordered, narrowed by the cursors and limited, with the cursor keys selected. */
function buildPage<E extends ObjectLiteral>({ qb, options, keys, window, after, before }: PageRequest<E>): SelectQueryBuilder<E> {
  const page = qb.clone();
  const main = page.expressionMap.mainAlias;
  const selects = page.expressionMap.selects;
  if (options.columns && main?.hasMetadata && selects.length === 1 && selects[0].selection === main.name) {
    page.select(options.columns.map((property) => `${main.name}.${property}`));
  }
  const params = SqlParams.for(page, 'cursor');
  for (const condition of cursorConditions(keys, after, before, params)) andWhereGrouped(page, condition, params.values);
  page.orderBy();
  for (const key of window.backward ? keys.map(reverseKey) : keys) {
    page.addOrderBy(key.sql, key.direction, key.nulls ? `NULLS ${key.nulls}` : undefined);
  }
  keys.forEach((key, index) => page.addSelect(`CAST((${key.sql}) AS text)`, cursorColumn(index)));
  for (const [sql, name] of options.nested?.selects ?? []) page.addSelect(sql, name);
  return page
    .offset(undefined)
    .skip(undefined)
    .take(undefined)
    .limit(window.limit + 1);
}

/** The rows after `after` and before `before`; "before X" in this order is "after X" in the reverse order. */
function cursorConditions(
  keys: readonly SortSpec[],
  after: CursorValues | undefined,
  before: CursorValues | undefined,
  params: SqlParams,
): string[] {
  const conditions: string[] = [];
  if (after) conditions.push(afterCursor(keys, after, params));
  if (before) conditions.push(afterCursor(keys.map(reverseKey), before, params));
  return conditions;
}

/**
 * Everything that changes a page statement's text besides the caller's query, and no value: which
 * cursor keys are null changes the comparison's form, so the cursors count by their nulls only.
 */
function pageShape<E extends ObjectLiteral>(base: string, { options, keys, window, after, before, mode }: PageRequest<E>): string {
  const nulls = (values: CursorValues | undefined) => (values ? values.map((value) => (value === null ? 'n' : 'v')).join('') : '-');
  // The caller's query's shape is long: joined as it is rather than escaped again inside the json.
  return `${base}\u0001${JSON.stringify([
    mode,
    options.columns ?? null,
    keys.map((key) => [key.sql, key.direction, key.nulls ?? '']),
    window.backward,
    window.limit,
    nulls(after),
    nulls(before),
    options.nested?.selects ?? [],
  ])}`;
}

/**
 * A page whose query carries no values of its own, as a named prepared statement whose text is kept
 * per shape (`pageText`): a request with a known shape binds its cursor values and runs the text,
 * with no query builder at all. A builder this cannot key (`builderShape`) runs as before.
 */
async function fetchPrepared<E extends ObjectLiteral>(request: PageRequest<E>): Promise<{ row: E; raw: RawRow }[]> {
  const main = request.qb.expressionMap.mainAlias;
  // Entities are hydrated from a one-table builder's rows (as `entitiesWithRaw` does); anything else runs as before.
  const base = (request.mode === 'raw' || main?.hasMetadata) && builderShape(request.qb as SelectQueryBuilder<ObjectLiteral>);
  const dataSource = request.qb.connection;
  const page = base && pageText(dataSource, pageShape(base, request), () => buildPage(request) as SelectQueryBuilder<ObjectLiteral>);
  if (!page) return fetchRows(buildPage(request), request.mode, true);
  // The same names the built page bound: the caller's query has none of its own, and SqlParams counts from 0.
  const params = new SqlParams('cursor');
  cursorConditions(request.keys, request.after, request.before, params);
  const values = page.names.map((name) => {
    if (!(name in params.values)) throw new Error(`The kept page text expects a parameter "${name}" this page did not bind.`);
    return params.values[name];
  });
  const raw = await preparedQuery(dataSource, page.text, values);
  if (request.mode === 'raw' || !main?.hasMetadata) return raw.map((row) => ({ row: row as E, raw: row }));
  const rows = queryBuilderRows<E>(dataSource, main.metadata.target, main.name);
  return raw.map((row) => ({ row: rows.hydrate(row) as E, raw: row }));
}

async function fetchRows<E extends ObjectLiteral>(
  page: SelectQueryBuilder<E>,
  mode: 'entities' | 'raw',
  prepared: boolean,
): Promise<{ row: E; raw: RawRow }[]> {
  if (mode === 'raw') {
    const raw = prepared ? await preparedRawMany(page) : await page.getRawMany<RawRow>();
    return raw.map((row) => ({ row: row as E, raw: row }));
  }
  // Cursors need one row per node: load to-many relations through a loader, or pass rows: "raw".
  return (await entitiesWithRaw(page, prepared)).map(({ entity, raw }) => ({ row: entity, raw }));
}

/** A promise-like that starts `work` the first time it is awaited, and never if it is not. */
export function lazily<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected),
  };
}

/** The size of the whole filtered list: the same query without order, limit or cursor. */
export async function countRows<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<number> {
  const filtered = qb.clone().orderBy().offset(undefined).skip(undefined).take(undefined).limit(undefined);
  const result = await qb
    .createQueryBuilder()
    .select('CAST(COUNT(*) AS integer)', 'count')
    .from(`(${filtered.getQuery()})`, 'filtered')
    .setParameters(filtered.getParameters())
    .getRawOne<{ count: number }>();
  return result?.count ?? 0;
}

function cursorValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Cursors are client input. A hand-edited one can pass decoding yet hold a value the
 * column's type rejects (SQLSTATE class 22, data exception): report it like any bad cursor.
 */
function tamperedCursor(error: unknown, window: { after?: string; before?: string }): Error | undefined {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  if (!code?.startsWith('22')) return undefined;
  if (window.after !== undefined) return invalidCursor(window.after, 'after');
  if (window.before !== undefined) return invalidCursor(window.before, 'before');
  return undefined;
}
