import { NullsOrder, SortDirection } from './sort-direction';
import { badInput } from '@cg/shared/domain';

/**
 * One key of a list's order: a trusted SQL expression (never user input), its direction,
 * and, for columns that can be NULL, where NULLs go. Keys without `nulls` are assumed
 * NOT NULL, which lets keyset paging use a single row-value comparison.
 */
export interface SortSpec {
  sql: string;
  direction: SortDirection | `${SortDirection}`;
  nulls?: NullsOrder;
}

/** How a sort field of the API maps to SQL: an expression, or one with its NULL placement. */
export type SortColumn = string | { sql: string; nulls?: NullsOrder };

/** What a `<Name>Sort` input carries. */
export interface SortInputValue<F extends string> {
  field: F;
  direction?: SortDirection | null;
}

export const MAX_SORT_KEYS = 5;

/**
 * Turns the client's `sort: [OrganisationSort!]` into SQL sort keys via a map from each
 * sort field to SQL, falling back to the list's default order when none is given.
 * A field repeated later in the list is ignored: the first mention decides.
 */
export function toSortSpecs<F extends string>(
  sort: readonly SortInputValue<F>[] | null | undefined,
  columns: Readonly<Record<F, SortColumn>>,
  fallback: readonly SortSpec[] = [],
): SortSpec[] {
  if (!sort?.length) return [...fallback];
  if (sort.length > MAX_SORT_KEYS) throw badInput('sort', `A list can be sorted by at most ${MAX_SORT_KEYS} fields.`);
  const seen = new Set<F>();
  const specs: SortSpec[] = [];
  for (const { field, direction } of sort) {
    if (seen.has(field)) continue;
    seen.add(field);
    const column = columns[field];
    if (column === undefined) throw badInput('sort', `This list cannot be sorted by ${field}.`);
    const { sql, nulls } = typeof column === 'string' ? { sql: column, nulls: undefined } : column;
    specs.push({ sql, direction: direction ?? SortDirection.ASC, ...(nulls ? { nulls } : {}) });
  }
  return specs;
}
