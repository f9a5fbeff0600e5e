import { Injectable, Signal, inject } from '@angular/core';
import {
  ProjectFilter,
  ProjectListGQL,
  ProjectListQuery,
  ProjectListQueryVariables,
  ProjectSortField,
  ProjectStatus,
  SortDirection,
} from '../../generated/graphql';
import { ConnectionListState, connectionListStore, joinFilters, pagingVariables } from '../graphql/connection-list';

/** Rows per page of the projects list. */
export const PROJECT_PAGE_SIZE = 20;

export type ProjectListSort = 'name' | 'newest' | 'ending';

/** What the projects list is asked to show; the page keeps this in the URL. */
export interface ProjectListRequest {
  readonly search: string;
  readonly status: ProjectStatus | null;
  /** Only projects this organisation takes part in. */
  readonly participant: string | null;
  readonly sort: ProjectListSort;
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_PROJECT_LIST_QUERY: ProjectListRequest = {
  search: '',
  status: null,
  participant: null,
  sort: 'name',
  page: 1,
  after: null,
  before: null,
};

export type ProjectListResults = ProjectListQuery['projects'];
export type ProjectListRow = ProjectListResults['nodes'][number];

export type ProjectListState = ConnectionListState<ProjectListResults>;

/** Turns the list's query into the API's variables (connection paging, filter, sort). */
export function toProjectListVariables(query: ProjectListRequest): ProjectListQueryVariables {
  const conditions: ProjectFilter[] = [];
  const search = query.search.trim();
  if (search) conditions.push({ name: { contains: search } });
  if (query.status) conditions.push({ status: { eq: query.status } });
  if (query.participant) conditions.push({ participantOrganisation: { eq: query.participant } });
  const byName = { field: ProjectSortField.NAME, direction: SortDirection.ASC };
  const sort =
    query.sort === 'newest'
      ? [{ field: ProjectSortField.START_DATE, direction: SortDirection.DESC }, byName]
      : query.sort === 'ending'
        ? [{ field: ProjectSortField.END_DATE, direction: SortDirection.ASC }, byName]
        : [byName];
  return {
    ...pagingVariables(query, PROJECT_PAGE_SIZE),
    ...joinFilters(conditions),
    sort,
  };
}

/** One page of the projects list as a signal; `load` the URL's query, newer replaces older. */
@Injectable()
export class ProjectListStore {
  private readonly listGql = inject(ProjectListGQL);
  private readonly byQuery = connectionListStore(
    (query: ProjectListRequest, fetchPolicy) =>
      this.listGql.watch({ variables: toProjectListVariables(query), fetchPolicy }).valueChanges,
    (data: ProjectListQuery) => data.projects,
  );
  readonly state: Signal<ProjectListState> = this.byQuery.state;

  load(query: ProjectListRequest): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}
