import { SortDirection } from '../sorting/sort-direction';
import { SortSpec } from '../sorting/sort-spec';
import { SqlParams } from '../sql/sql-params';
import { CursorValues } from './cursor';

/** The same keys read from the other end: the order last/before queries run in. */
export function reverseKey(key: SortSpec): SortSpec {
  const direction = key.direction === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC;
  const nulls = key.nulls === 'FIRST' ? 'LAST' : key.nulls === 'LAST' ? 'FIRST' : undefined;
  return { sql: key.sql, direction, ...(nulls ? { nulls } : {}) };
}

/**
 * The sort keys with the id appended as the tiebreaker that makes the order total. It
 * takes the direction of the last key so an all-ASC or all-DESC order stays uniform,
 * which keeps the fast row-value comparison (and a matching index) usable.
 */
export function withTiebreaker(sort: readonly SortSpec[], idColumn: string): SortSpec[] {
  const direction = sort.length ? sort[sort.length - 1].direction : SortDirection.ASC;
  return [...sort, { sql: idColumn, direction }];
}

/** PostgreSQL's default: NULLs sort as if larger than every value. */
function nullsPlacement(key: SortSpec): 'FIRST' | 'LAST' {
  return key.nulls ?? (key.direction === SortDirection.ASC ? 'LAST' : 'FIRST');
}

/**
 * SQL that holds for exactly the rows strictly after the cursor in the given order.
 *
 * When every key runs the same way and none can be NULL this is one row-value
 * comparison, `(a, b, id) > (:a, :b, :id)`, which PostgreSQL can answer from an index.
 * Otherwise it is the expanded form `a > :a OR (a = :a AND (b < :b OR (b = :b AND …)))`,
 * each key compared in its own direction, with NULLs placed as the ORDER BY places them.
 */
export function afterCursor(keys: readonly SortSpec[], values: CursorValues, params: SqlParams): string {
  const uniform = keys.every((key) => key.direction === keys[0].direction && !key.nulls);
  if (uniform && values.every((value) => value !== null)) {
    const operator = keys[0].direction === SortDirection.ASC ? '>' : '<';
    const placeholders = values.map((value) => params.bind(value));
    return `(${keys.map((key) => key.sql).join(', ')}) ${operator} (${placeholders.join(', ')})`;
  }
  let condition = '';
  for (let index = keys.length - 1; index >= 0; index--) {
    const { after, equal } = compareKey(keys[index], values[index], params);
    condition = condition ? `${after} OR (${equal} AND (${condition}))` : after;
  }
  return condition;
}

/** For one key: which rows come after the cursor's value, and which tie with it. */
function compareKey(key: SortSpec, value: string | null, params: SqlParams): { after: string; equal: string } {
  const nullsLast = nullsPlacement(key) === 'LAST';
  if (value === null) {
    // Among NULLs everything ties; after them come the values only when NULLs go first.
    return { after: nullsLast ? 'FALSE' : `${key.sql} IS NOT NULL`, equal: `${key.sql} IS NULL` };
  }
  const placeholder = params.bind(value);
  const operator = key.direction === SortDirection.ASC ? '>' : '<';
  const greater = `${key.sql} ${operator} ${placeholder}`;
  return {
    after: nullsLast && key.nulls ? `(${greater} OR ${key.sql} IS NULL)` : greater,
    equal: `${key.sql} = ${placeholder}`,
  };
}
