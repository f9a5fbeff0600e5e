import { Injectable, Signal, inject } from '@angular/core';
import {
  PartnershipFilter,
  PartnershipListGQL,
  PartnershipListQuery,
  PartnershipListQueryVariables,
  PartnershipSortField,
  PartnershipStatus,
  SortDirection,
} from '../../generated/graphql';
import { ConnectionListState, connectionListStore, joinFilters, pagingVariables } from '../graphql/connection-list';

/** Rows per page of the partnerships list. */
export const PARTNERSHIP_PAGE_SIZE = 20;

export type PartnershipListSort = 'name' | 'newest' | 'members';

/** What the partnerships list is asked to show; the page keeps this in the URL. */
export interface PartnershipListRequest {
  readonly search: string;
  readonly status: PartnershipStatus | null;
  /** Only partnerships this organisation is a current member of. */
  readonly memberOf: string | null;
  readonly sort: PartnershipListSort;
  /** 1-based page number, for "Showing 21–40 of 57" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_PARTNERSHIP_LIST_QUERY: PartnershipListRequest = {
  search: '',
  status: null,
  memberOf: null,
  sort: 'name',
  page: 1,
  after: null,
  before: null,
};

export type PartnershipListResults = PartnershipListQuery['partnerships'];
export type PartnershipListRow = PartnershipListResults['nodes'][number];

export type PartnershipListState = ConnectionListState<PartnershipListResults>;

/** Turns the list's query into the API's variables (connection paging, filter, sort). */
export function toPartnershipListVariables(query: PartnershipListRequest): PartnershipListQueryVariables {
  const conditions: PartnershipFilter[] = [];
  const search = query.search.trim();
  if (search) conditions.push({ name: { contains: search } });
  if (query.status) conditions.push({ status: { eq: query.status } });
  if (query.memberOf) conditions.push({ memberOrganisation: { eq: query.memberOf } });
  const byName = { field: PartnershipSortField.NAME, direction: SortDirection.ASC };
  const sort =
    query.sort === 'newest'
      ? [{ field: PartnershipSortField.START_DATE, direction: SortDirection.DESC }, byName]
      : query.sort === 'members'
        ? [{ field: PartnershipSortField.MEMBER_COUNT, direction: SortDirection.DESC }, byName]
        : [byName];
  return {
    ...pagingVariables(query, PARTNERSHIP_PAGE_SIZE),
    ...joinFilters(conditions),
    sort,
  };
}

/**
 * One page of the partnerships list as a signal. Provide it on the list page and call `load`
 * whenever the URL's query changes; a newer query replaces an older one in flight.
 */
@Injectable()
export class PartnershipListStore {
  private readonly listGql = inject(PartnershipListGQL);
  private readonly byQuery = connectionListStore(
    (query: PartnershipListRequest, fetchPolicy) =>
      this.listGql.watch({ variables: toPartnershipListVariables(query), fetchPolicy }).valueChanges,
    (data: PartnershipListQuery) => data.partnerships,
  );
  readonly state: Signal<PartnershipListState> = this.byQuery.state;

  load(query: PartnershipListRequest): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}
