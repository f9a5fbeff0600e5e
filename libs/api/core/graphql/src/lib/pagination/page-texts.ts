import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * At most this many page shapes keep their SQL text per DataSource (the oldest goes first). A shape
 * follows the client's selection (columns, nested lists) and page size, so without a bound a client
 * could make the API keep texts without end; `MAX_PREPARED_TEXTS` bounds the statements the same way.
 */
export const MAX_PAGE_TEXTS = 256;

/** A page statement's SQL, and the parameter names in the order of its `$1`, `$2`… */
export interface PageText {
  text: string;
  names: string[];
}

const texts = new WeakMap<DataSource, Map<string, PageText>>();

/**
 * The SQL text of a page statement, built by `build` once per shape and then reused (issue #13,
 * seventh round: TypeORM built the directory page's SQL on every request, about 6% of its API CPU).
 * `shape` must hold everything that changes the text and no value; values stay parameters, read by
 * name for each request. Undefined when the built statement cannot be kept (spread or function
 * parameters, native parameters): the caller then runs its builder as before.
 */
export function pageText(dataSource: DataSource, shape: string, build: () => SelectQueryBuilder<ObjectLiteral>): PageText | undefined {
  let perSource = texts.get(dataSource);
  if (!perSource) texts.set(dataSource, (perSource = new Map()));
  const known = perSource.get(shape);
  if (known) return known;
  const made = textOf(build());
  if (!made) return undefined;
  if (perSource.size >= MAX_PAGE_TEXTS) perSource.delete(perSource.keys().next().value as string);
  perSource.set(shape, made);
  return made;
}

/** How many page shapes keep a text for this DataSource (for tests). */
export function pageTextCount(dataSource: DataSource): number {
  return texts.get(dataSource)?.size ?? 0;
}

/** The builder's text, with its parameters' names where getQueryAndParameters puts their values. */
function textOf(qb: SelectQueryBuilder<ObjectLiteral>): PageText | undefined {
  const query = qb.getQuery(); // before reading nativeParameters: getQuery makes them
  if (query.includes(':...') || Object.keys(qb.expressionMap.nativeParameters).length) return undefined;
  const parameters = qb.getParameters();
  const byName: Record<string, string> = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (typeof value === 'function') return undefined;
    byName[name] = name;
  }
  // TypeORM's own placement ($n in order of first use, a repeated name reusing its number), run on
  // the names instead of the values.
  const [text, names] = qb.connection.driver.escapeQueryWithParameters(query, byName, {});
  return { text, names: names as string[] };
}

/** Fields of the expression map that `builderShape` reads apart, or that never reach the SQL. */
const READ_APART = new Set(['connection', 'mainAlias', 'aliases']);

/**
 * Everything in a one-table select builder that can change its SQL, as a string; undefined when the
 * builder holds anything this cannot see through (joins, subqueries, common table expressions, a
 * transaction's query runner, a class instance anywhere in its expression map). Conservative by
 * construction: every field of the expression map is in the key, not a chosen few, so a TypeORM
 * option this code does not know about makes another shape rather than a wrong text.
 */
export function builderShape(qb: SelectQueryBuilder<ObjectLiteral>): string | undefined {
  const builder = qb as unknown as { queryRunner?: unknown; parentQueryBuilder?: unknown };
  if (builder.queryRunner || builder.parentQueryBuilder) return undefined;
  const map = qb.expressionMap;
  const main = map.mainAlias;
  if (!main || main.subQuery || map.aliases.length !== 1 || map.aliases[0] !== main) return undefined;
  const parts = [main.type, main.name, main.tablePath ?? '', main.hasMetadata ? main.metadata.name : ''];
  for (const [field, value] of Object.entries(map)) {
    if (READ_APART.has(field)) continue;
    if (!plain(value)) return undefined;
    parts.push(`${field}=${JSON.stringify(value)}`);
  }
  return parts.join('\u0000');
}

/** Strings, numbers, booleans, null and undefined, in arrays and plain objects only. */
function plain(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object') return false;
  if (Array.isArray(value)) return value.every(plain);
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value as object).every(plain);
}
