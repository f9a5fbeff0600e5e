import { Injectable, Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { Sector } from '@cg/shared/domain';
import { catchError, map, of } from 'rxjs';
import { LocalAuthoritiesGQL, OrganisationDirectoryGQL, OrganisationDirectoryQuery, OrganisationDirectoryQueryVariables, OrganisationFilter, OrganisationSortField, OrganisationType, SortDirection } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

/** Rows per page of the directory. */
export const DIRECTORY_PAGE_SIZE = 25;

export type DirectorySort = 'name' | 'recent';

/** What the directory is asked to show; the page keeps this in the URL. */
export interface DirectoryQuery {
  readonly search: string;
  readonly type: OrganisationType | null;
  readonly sector: Sector | null;
  /** Id of a local authority the organisation is based in or serves. */
  readonly place: string | null;
  readonly sort: DirectorySort;
  /** 1-based page number, only for "Showing 26–50 of 160" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_DIRECTORY_QUERY: DirectoryQuery = {
  search: '',
  type: null,
  sector: null,
  place: null,
  sort: 'name',
  page: 1,
  after: null,
  before: null,
};

export type DirectoryPage = OrganisationDirectoryQuery['organisations'];
export type DirectoryRow = DirectoryPage['nodes'][number];

export type DirectoryState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: DirectoryPage };

export interface PlaceOption {
  readonly id: string;
  readonly name: string;
}

/** Turns the directory's query into the API's variables (connection paging, filter, sort). */
export function toDirectoryVariables(query: DirectoryQuery): OrganisationDirectoryQueryVariables {
  const conditions: OrganisationFilter[] = [];
  if (query.type) conditions.push({ type: { eq: query.type } });
  if (query.sector) conditions.push({ sector: { eq: query.sector } });
  if (query.place) conditions.push({ withinPlace: { eq: query.place } });
  const search = query.search.trim();
  const paging = query.before
    ? { last: DIRECTORY_PAGE_SIZE, before: query.before }
    : { first: DIRECTORY_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  return {
    ...paging,
    ...(search ? { search } : {}),
    ...(conditions.length === 0 ? {} : { filter: conditions.length === 1 ? conditions[0] : { and: conditions } }),
    sort:
      query.sort === 'recent'
        ? [
            { field: OrganisationSortField.CREATED_AT, direction: SortDirection.DESC },
            { field: OrganisationSortField.NAME, direction: SortDirection.ASC },
          ]
        : [{ field: OrganisationSortField.NAME, direction: SortDirection.ASC }],
  };
}

/**
 * One page of the organisation directory as a signal. Provide it on the directory page and
 * call `load` whenever the URL's query changes; a newer query replaces an older one in flight.
 */
@Injectable()
export class OrganisationDirectoryStore {
  private readonly directoryGql = inject(OrganisationDirectoryGQL);
  private readonly byQuery = new RequestStore<DirectoryQuery, DirectoryState>({
    fetch: (query, fetchPolicy) =>
      this.directoryGql.watch({ variables: toDirectoryVariables(query), fetchPolicy }).valueChanges.pipe(map(toDirectoryState)),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    firstLook: 'cache-first',
  });
  readonly state: Signal<DirectoryState> = this.byQuery.state;

  load(query: DirectoryQuery): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}

function toDirectoryState(result: ObservableQuery.Result<OrganisationDirectoryQuery>): DirectoryState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.organisations };
  return { status: 'loading' };
}

/** Local authorities for the directory's place filter, by name; empty until (or unless) they load. */
@Injectable()
export class LocalAuthorityOptionsStore {
  readonly options: Signal<readonly PlaceOption[]> = toSignal(
    inject(LocalAuthoritiesGQL)
      .watch()
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.places.nodes : [])),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
}
