import { SqlCondition, SqlParams } from '../sql/sql-params';
import { containsPattern, wildcardPattern } from './like-pattern';
import { badInput } from '@cg/shared/domain';

/** The filter types a column can be filtered with; the kind decides which operators apply. */
export type FilterKind = 'string' | 'id' | 'int' | 'float' | 'date' | 'boolean' | 'enum' | 'stringList';

/** A filter field on a column (trusted SQL, e.g. `o.name`) of some kind. */
export interface FilterColumn {
  column: string;
  kind: FilterKind;
  /**
   * For text and array matches (ilike, contains, any, all), which are not leakproof and so would
   * run after row-level security on every row: the function that finds the matching ids on the
   * column's index (migration IndexedReadsUnderRls), and the query's id column it narrows.
   */
  matchedBy?: { fn: string; id: string };
}

/**
 * A filter field that needs its own SQL ("within this place", "member of this partnership").
 * `alias` is the query's main alias. Name parameters freely: they are renamed to be unique.
 */
export type FilterPredicate<V> = (value: V, alias: string) => SqlCondition;

type LogicalKey = 'and' | 'or' | 'not';

/** How each field of filter type F maps to SQL; the compiler requires every field. */
export type FilterFieldMap<F> = {
  [K in Exclude<keyof F, LogicalKey | symbol | number>]-?: FilterColumn | FilterPredicate<NonNullable<F[K]>>;
};

/** Deepest nesting of and/or/not a client may send; a guard against runaway SQL. */
export const MAX_FILTER_DEPTH = 5;

type Operator = 'eq' | 'in' | 'gt' | 'gte' | 'lt' | 'lte' | 'ilike' | 'contains' | 'any' | 'all';

const COMPARISONS: readonly Operator[] = ['eq', 'in', 'gt', 'gte', 'lt', 'lte'];

const OPERATORS: Record<FilterKind, readonly Operator[]> = {
  string: ['eq', 'in', 'ilike', 'contains'],
  id: ['eq', 'in'],
  enum: ['eq', 'in'],
  int: COMPARISONS,
  float: COMPARISONS,
  date: ['eq', 'gt', 'gte', 'lt', 'lte'],
  boolean: ['eq'],
  stringList: ['any', 'all'],
};

/** `= ANY(array)` rather than `IN (...)`: one parameter, and an empty list simply matches nothing. */
const SQL: Record<Operator, (column: string, placeholder: string) => string> = {
  eq: (c, p) => `${c} = ${p}`,
  in: (c, p) => `${c} = ANY(${p})`,
  gt: (c, p) => `${c} > ${p}`,
  gte: (c, p) => `${c} >= ${p}`,
  lt: (c, p) => `${c} < ${p}`,
  lte: (c, p) => `${c} <= ${p}`,
  ilike: (c, p) => `${c} ILIKE ${p}`,
  contains: (c, p) => `${c} ILIKE ${p}`,
  any: (c, p) => `${c} && ${p}`,
  all: (c, p) => `${c} @> ${p}`,
};

/**
 * The match each indexed operator asks the candidate-id function for. The ids come back as one
 * array (computed once), so the protected table is read by primary key (`= ANY`, leakproof).
 */
const MATCH: Partial<Record<Operator, { op: string; cast: string }>> = {
  ilike: { op: 'ilike', cast: 'text' },
  contains: { op: 'ilike', cast: 'text' },
  any: { op: 'overlap', cast: 'text[]' },
  all: { op: 'contain', cast: 'text[]' },
};

const VALUE: Partial<Record<Operator, (value: string) => string>> = {
  ilike: wildcardPattern,
  contains: containsPattern,
};

/**
 * Compiles a filter to one SQL condition with bound parameters, or undefined when it
 * asks for nothing. Fields of one filter all hold (AND); `and` lists hold together, `or`
 * lists hold if any does (an empty `or` matches nothing), and `not` holds where the inner
 * filter is false or unknown (so NULL columns are not silently dropped by NOT).
 */
export function compileFilter<F extends object>(
  filter: F,
  fields: FilterFieldMap<F>,
  alias: string,
  params: SqlParams,
  depth = 0,
): string | undefined {
  if (depth > MAX_FILTER_DEPTH) {
    throw badInput('filter', `Filters can nest and, or and not at most ${MAX_FILTER_DEPTH} levels deep.`);
  }
  const nested = (inner: F) => compileFilter(inner, fields, alias, params, depth + 1);
  const parts: string[] = [];
  for (const [name, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    if (name === 'and') {
      const all = (value as F[]).map(nested).filter((sql): sql is string => sql !== undefined);
      if (all.length) parts.push(joinAll(all, 'AND'));
    } else if (name === 'or') {
      const any = (value as F[]).map((inner) => nested(inner) ?? 'TRUE');
      parts.push(any.length ? joinAll(any, 'OR') : 'FALSE');
    } else if (name === 'not') {
      const inner = nested(value as F);
      parts.push(inner === undefined ? 'FALSE' : `(${inner}) IS NOT TRUE`);
    } else {
      const field = (fields as Record<string, FilterColumn | FilterPredicate<unknown>>)[name];
      if (!field) throw new Error(`The filter field "${name}" has no entry in the field map.`);
      const sql =
        typeof field === 'function' ? params.adopt(field(value, alias)) : compileColumn(name, field, value, params);
      if (sql) parts.push(sql);
    }
  }
  return parts.length ? joinAll(parts, 'AND') : undefined;
}

function compileColumn(
  name: string,
  { column, kind, matchedBy }: FilterColumn,
  conditions: object,
  params: SqlParams,
): string | undefined {
  const parts: string[] = [];
  for (const [operator, value] of Object.entries(conditions) as [Operator, unknown][]) {
    if (value === null || value === undefined) continue;
    if (!OPERATORS[kind].includes(operator)) {
      throw new Error(`The filter field "${name}" is mapped as ${kind}, which has no "${operator}" condition.`);
    }
    const toPattern = VALUE[operator];
    const bound = toPattern ? toPattern(String(value)) : value;
    const match = matchedBy && MATCH[operator];
    parts.push(
      match
        ? `${matchedBy.id} = ANY(ARRAY(SELECT ${matchedBy.fn}('${match.op}', ${params.bind(bound)}::${match.cast})))`
        : SQL[operator](column, params.bind(bound)),
    );
  }
  return parts.length ? joinAll(parts, 'AND') : undefined;
}

function joinAll(parts: string[], operator: 'AND' | 'OR'): string {
  return parts.length === 1 ? parts[0] : parts.map((part) => `(${part})`).join(` ${operator} `);
}
