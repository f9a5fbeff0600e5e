import type { ObservableQuery } from '@apollo/client';
import { Observable, map } from 'rxjs';
import { RequestFetchPolicy, RequestStore } from './request-store';

/** A list's paging as its URL keeps it: a page number for the words, cursors for the paging. */
export interface CursorPaging {
  readonly after: string | null;
  readonly before: string | null;
}

/** One page of a list: a loading or failed look, or the page. */
export type ConnectionListState<P> =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: P };

/** `first`/`after` forwards, `last`/`before` backwards: a connection's paging variables. */
export function pagingVariables(
  paging: CursorPaging,
  pageSize: number,
): { first?: number; last?: number; after?: string; before?: string } {
  if (paging.before) return { last: pageSize, before: paging.before };
  return { first: pageSize, ...(paging.after ? { after: paging.after } : {}) };
}

/** The list's filter variable: none, one condition, or all of them joined with `and`. */
export function joinFilters<F>(conditions: readonly F[]): { filter?: F | { and: F[] } } {
  if (conditions.length === 0) return {};
  return { filter: conditions.length === 1 ? conditions[0] : { and: [...conditions] } };
}

/**
 * The store of a list page kept in the URL: one page of a watched connection query for each query,
 * a newer one replacing an older in flight; two queries with the same fields are the same request.
 */
export function connectionListStore<R, D, P>(
  watch: (request: R, fetchPolicy: RequestFetchPolicy) => Observable<ObservableQuery.Result<D>>,
  pick: (data: D) => P,
): RequestStore<R, ConnectionListState<P>> {
  return new RequestStore<R, ConnectionListState<P>>({
    fetch: (request, fetchPolicy) =>
      watch(request, fetchPolicy).pipe(
        map((result): ConnectionListState<P> => {
          if (result.error) return { status: 'error' };
          if (result.dataState === 'complete') return { status: 'ready', page: pick(result.data as D) };
          return { status: 'loading' };
        }),
      ),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
}
