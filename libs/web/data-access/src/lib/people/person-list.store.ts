import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { map } from 'rxjs';
import {
  PersonFilter,
  PersonListGQL,
  PersonListQuery,
  PersonListQueryVariables,
  PersonSortField,
  SortDirection,
} from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

/** Rows per page of the people list. */
export const PERSON_PAGE_SIZE = 25;

export type PersonListSort = 'name' | 'name-desc' | 'newest' | 'updated';

/** What the people list is asked to show; the page keeps this in the URL. */
export interface PersonListRequest {
  /** A name, or part of one; the API's search is fuzzy and puts the best matches first. */
  readonly search: string;
  readonly livedExperience: boolean;
  readonly communityRepresentative: boolean;
  /** Archived people too (they are left out unless asked for). */
  readonly includeArchived: boolean;
  readonly sort: PersonListSort;
  /** 1-based page number, for "Showing 26–50 of 80" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_PERSON_LIST_QUERY: PersonListRequest = {
  search: '',
  livedExperience: false,
  communityRepresentative: false,
  includeArchived: false,
  sort: 'name',
  page: 1,
  after: null,
  before: null,
};

export type PersonListResults = PersonListQuery['people'];
export type PersonListRow = PersonListResults['nodes'][number];

export type PersonListState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: PersonListResults };

const SORTS: Readonly<Record<PersonListSort, { field: PersonSortField; direction: SortDirection }>> = {
  name: { field: PersonSortField.NAME, direction: SortDirection.ASC },
  'name-desc': { field: PersonSortField.NAME, direction: SortDirection.DESC },
  newest: { field: PersonSortField.CREATED_AT, direction: SortDirection.DESC },
  updated: { field: PersonSortField.UPDATED_AT, direction: SortDirection.DESC },
};

/** Turns the list's query into the API's variables (connection paging, search, filter, sort). */
export function toPersonListVariables(query: PersonListRequest): PersonListQueryVariables {
  const conditions: PersonFilter[] = [];
  if (query.livedExperience) conditions.push({ livedExperience: { eq: true } });
  if (query.communityRepresentative) conditions.push({ communityRepresentative: { eq: true } });
  const search = query.search.trim();
  const paging = query.before
    ? { last: PERSON_PAGE_SIZE, before: query.before }
    : { first: PERSON_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  // includeArchived is read at the top level of the filter only.
  const combined: PersonFilter | null =
    conditions.length === 0 ? null : conditions.length === 1 ? conditions[0] : { and: conditions };
  const personFilter: PersonFilter | null = query.includeArchived
    ? { ...(combined ?? {}), includeArchived: true }
    : combined;
  return {
    ...paging,
    ...(search ? { search } : {}),
    ...(personFilter ? { filter: personFilter } : {}),
    sort: [SORTS[query.sort]],
  };
}

/**
 * One page of the people list as a signal. Provide it on the list page and call `load`
 * whenever the URL's query changes; a newer query replaces an older one in flight.
 */
@Injectable()
export class PersonListStore {
  private readonly listGql = inject(PersonListGQL);
  private readonly byQuery = new RequestStore<PersonListRequest, PersonListState>({
    fetch: (query, fetchPolicy) =>
      this.listGql.watch({ variables: toPersonListVariables(query), fetchPolicy }).valueChanges.pipe(map(toListState)),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly state: Signal<PersonListState> = this.byQuery.state;

  load(query: PersonListRequest): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}

function toListState(result: ObservableQuery.Result<PersonListQuery>): PersonListState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.people };
  return { status: 'loading' };
}
