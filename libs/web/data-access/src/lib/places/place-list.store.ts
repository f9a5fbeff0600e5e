import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { map } from 'rxjs';
import { PlaceFilter, PlaceLevel, PlaceListGQL, PlaceListQuery, PlaceListQueryVariables, PlaceSortField, SortDirection } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

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
  private readonly byQuery = new RequestStore<PlaceListRequest, PlaceListState>({
    fetch: (query, fetchPolicy) =>
      this.listGql.watch({ variables: toPlaceListVariables(query), fetchPolicy }).valueChanges.pipe(map(toListState)),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly state: Signal<PlaceListState> = this.byQuery.state;

  load(query: PlaceListRequest): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}

function toListState(result: ObservableQuery.Result<PlaceListQuery>): PlaceListState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.places };
  return { status: 'loading' };
}
