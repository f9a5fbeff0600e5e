import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { PlaceFilter, PlaceLevel, PlaceListGQL, PlaceListQuery, PlaceListQueryVariables, PlaceSortField, SortDirection } from '../../generated/graphql';

/** Rows per page of the places list. */
export const PLACE_PAGE_SIZE = 20;

export type PlaceListSort = 'name' | 'deprived';

/** What the places list is asked to show; the page keeps this in the URL. */
export interface PlaceListRequest {
  /** Part of a name or a code (E05…, or a custom place's code). */
  readonly search: string;
  readonly level: PlaceLevel | null;
  readonly sort: PlaceListSort;
  /** 1-based page number, for "Showing 21–40 of 57" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_PLACE_LIST_QUERY: PlaceListRequest = { search: '', level: null, sort: 'name', page: 1, after: null, before: null };

export type PlaceListResults = PlaceListQuery['places'];
export type PlaceListRow = PlaceListResults['nodes'][number];

export type PlaceListState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: PlaceListResults };

/** Places whose name or code contains the text (ignoring case). */
export function placeSearchFilter(text: string): PlaceFilter | null {
  const search = text.trim();
  return search ? { or: [{ name: { contains: search } }, { code: { contains: search } }] } : null;
}

/** Turns the list's query into the API's variables (connection paging, filter, sort). */
export function toPlaceListVariables(query: PlaceListRequest): PlaceListQueryVariables {
  const conditions: PlaceFilter[] = [];
  const search = placeSearchFilter(query.search);
  if (search) conditions.push(search);
  if (query.level) conditions.push({ level: { eq: query.level } });
  const paging = query.before ? { last: PLACE_PAGE_SIZE, before: query.before } : { first: PLACE_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  const byName = { field: PlaceSortField.NAME, direction: SortDirection.ASC };
  return {
    ...paging,
    ...(conditions.length === 0 ? {} : { filter: conditions.length === 1 ? conditions[0] : { and: conditions } }),
    sort: query.sort === 'deprived' ? [{ field: PlaceSortField.IMD_RANK, direction: SortDirection.ASC }, byName] : [byName],
  };
}

/**
 * One page of the places list as a signal. Provide it on the list page and call `load`
 * whenever the URL's query changes; a newer query replaces an older one in flight.
 */
@Injectable()
export class PlaceListStore {
  private readonly listGql = inject(PlaceListGQL);
  private readonly request = signal<{ query: PlaceListRequest; attempt: number } | null>(null, {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  readonly state: Signal<PlaceListState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ query, attempt }) =>
        this.listGql
          .watch({ variables: toPlaceListVariables(query), fetchPolicy: attempt > 0 ? 'network-only' : 'cache-and-network' })
          .valueChanges.pipe(
            map(toListState),
            startWith<PlaceListState>({ status: 'loading' }),
            catchError(() => of<PlaceListState>({ status: 'error' })),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(query: PlaceListRequest): void {
    this.request.update((current) => ({ query, attempt: current?.query === query ? current.attempt : 0 }));
  }

  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}

function toListState(result: ObservableQuery.Result<PlaceListQuery>): PlaceListState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.places };
  return { status: 'loading' };
}
