import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import {
  ProjectFilter,
  ProjectListGQL,
  ProjectListQuery,
  ProjectListQueryVariables,
  ProjectSortField,
  ProjectStatus,
  SortDirection,
} from '../../generated/graphql';

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

export type ProjectListState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: ProjectListResults };

/** Turns the list's query into the API's variables (connection paging, filter, sort). */
export function toProjectListVariables(query: ProjectListRequest): ProjectListQueryVariables {
  const conditions: ProjectFilter[] = [];
  const search = query.search.trim();
  if (search) conditions.push({ name: { contains: search } });
  if (query.status) conditions.push({ status: { eq: query.status } });
  if (query.participant) conditions.push({ participantOrganisation: { eq: query.participant } });
  const paging = query.before
    ? { last: PROJECT_PAGE_SIZE, before: query.before }
    : { first: PROJECT_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  const byName = { field: ProjectSortField.NAME, direction: SortDirection.ASC };
  const sort =
    query.sort === 'newest'
      ? [{ field: ProjectSortField.START_DATE, direction: SortDirection.DESC }, byName]
      : query.sort === 'ending'
        ? [{ field: ProjectSortField.END_DATE, direction: SortDirection.ASC }, byName]
        : [byName];
  return {
    ...paging,
    ...(conditions.length === 0 ? {} : { filter: conditions.length === 1 ? conditions[0] : { and: conditions } }),
    sort,
  };
}

/** One page of the projects list as a signal; `load` the URL's query, newer replaces older. */
@Injectable()
export class ProjectListStore {
  private readonly listGql = inject(ProjectListGQL);
  private readonly request = signal<{ query: ProjectListRequest; attempt: number } | null>(null, {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  readonly state: Signal<ProjectListState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ query, attempt }) =>
        this.listGql
          .watch({
            variables: toProjectListVariables(query),
            fetchPolicy: attempt > 0 ? 'network-only' : 'cache-and-network',
          })
          .valueChanges.pipe(
            map(toListState),
            startWith<ProjectListState>({ status: 'loading' }),
            catchError(() => of<ProjectListState>({ status: 'error' })),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(query: ProjectListRequest): void {
    this.request.update((current) => ({ query, attempt: current?.query === query ? current.attempt : 0 }));
  }

  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}

function toListState(result: ObservableQuery.Result<ProjectListQuery>): ProjectListState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.projects };
  return { status: 'loading' };
}
