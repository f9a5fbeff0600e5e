import { Injectable, Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { Observable, catchError, map, of, switchMap } from 'rxjs';
import { LevellingUpMission, OrganisationOwnerIdsGQL, OutcomeDefiner, OutcomeFilter, OutcomeListGQL, OutcomeListQuery, OutcomeListQueryVariables, OutcomeOwnerOptionsGQL, OutcomeSortField, OutcomeStatus, SortDirection } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { SessionStore } from '../session/session.store';

/** Outcomes per page of the tracker. */
export const OUTCOME_PAGE_SIZE = 20;

/** The owner filter's special value: outcomes of partnerships and projects the user's organisation takes part in. */
export const MY_OUTCOMES = 'mine';

export type OutcomeListSort = 'title' | 'recent';

/** What the tracker is asked to show; the page keeps this in the URL. */
export interface OutcomeListQueryState {
  readonly search: string;
  readonly status: OutcomeStatus | null;
  readonly definedBy: OutcomeDefiner | null;
  readonly mission: LevellingUpMission | null;
  /** A partnership id, MY_OUTCOMES, or null for any owner. */
  readonly owner: string | null;
  readonly sort: OutcomeListSort;
  /** 1-based, for "Showing 21–40 of 40" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_OUTCOME_LIST_QUERY: OutcomeListQueryState = {
  search: '',
  status: null,
  definedBy: null,
  mission: null,
  owner: null,
  sort: 'title',
  page: 1,
  after: null,
  before: null,
};

/** The partnerships and projects an organisation takes part in, for the "mine" filter. */
export interface OwnerIds {
  readonly partnershipIds: readonly string[];
  readonly projectIds: readonly string[];
}

export type OutcomeListPage = OutcomeListQuery['outcomes'];
export type OutcomeListRow = OutcomeListPage['nodes'][number];

export type OutcomeListState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: OutcomeListPage };

/** An outcome owned by one of these partnerships or projects (nothing matches empty lists). */
export function ownedByFilter(ids: OwnerIds): OutcomeFilter {
  return {
    or: [{ ownerPartnership: { in: [...ids.partnershipIds] } }, { ownerProject: { in: [...ids.projectIds] } }],
  };
}

/**
 * Turns the tracker's query into the API's variables. `mine` needs the organisation's
 * partnerships and projects; without them (no organisation) it matches nothing.
 */
export function toOutcomeListVariables(
  query: OutcomeListQueryState,
  mine: OwnerIds | null = null,
): OutcomeListQueryVariables {
  const conditions: OutcomeFilter[] = [];
  const search = query.search.trim();
  if (search) conditions.push({ title: { contains: search } });
  if (query.status) conditions.push({ status: { eq: query.status } });
  if (query.definedBy) conditions.push({ definedBy: { eq: query.definedBy } });
  if (query.mission) conditions.push({ missions: { any: [query.mission] } });
  if (query.owner === MY_OUTCOMES) conditions.push(ownedByFilter(mine ?? { partnershipIds: [], projectIds: [] }));
  else if (query.owner) conditions.push({ ownerPartnership: { eq: query.owner } });
  const paging = query.before
    ? { last: OUTCOME_PAGE_SIZE, before: query.before }
    : { first: OUTCOME_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  return {
    ...paging,
    ...(conditions.length === 0 ? {} : { filter: conditions.length === 1 ? conditions[0] : { and: conditions } }),
    sort:
      query.sort === 'recent'
        ? [
            { field: OutcomeSortField.CREATED_AT, direction: SortDirection.DESC },
            { field: OutcomeSortField.TITLE, direction: SortDirection.ASC },
          ]
        : [{ field: OutcomeSortField.TITLE, direction: SortDirection.ASC }],
  };
}

/**
 * One page of the outcomes tracker as a signal. Provide it on the tracker page and call
 * `load` whenever the URL's query changes; a newer query replaces an older one in flight.
 */
@Injectable()
export class OutcomeListStore {
  private readonly listGql = inject(OutcomeListGQL);
  private readonly ownerIdsGql = inject(OrganisationOwnerIdsGQL);
  private readonly session = inject(SessionStore);
  /** The organisation whose outcomes "mine" means: the user's first. */
  readonly myOrganisationId = computed(() => this.session.user()?.memberships[0]?.organisationId ?? null);

  private readonly byQuery = new RequestStore<OutcomeListQueryState, OutcomeListState>({
    fetch: (query, fetchPolicy) =>
      this.ownerIds(query).pipe(
        switchMap((mine) =>
          this.listGql.watch({ variables: toOutcomeListVariables(query, mine), fetchPolicy }).valueChanges.pipe(map(toListState)),
        ),
      ),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly state: Signal<OutcomeListState> = this.byQuery.state;

  load(query: OutcomeListQueryState): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }

  private ownerIds(query: OutcomeListQueryState): Observable<OwnerIds | null> {
    const organisationId = this.myOrganisationId();
    if (query.owner !== MY_OUTCOMES || !organisationId) return of(null);
    return this.ownerIdsGql.fetch({ variables: { id: organisationId } }).pipe(
      map((result) => {
        if (result.error || !result.data) throw result.error ?? new Error('No data');
        const organisation = result.data.organisation;
        const ids: OwnerIds = {
          partnershipIds: organisation.memberships.filter((m) => !m.toDate).map((m) => m.partnership.id),
          projectIds: organisation.projects.map((p) => p.project.id),
        };
        return ids;
      }),
    );
  }
}

function toListState(result: ObservableQuery.Result<OutcomeListQuery>): OutcomeListState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.outcomes };
  return { status: 'loading' };
}

export interface OwnerOption {
  readonly id: string;
  readonly name: string;
}

/** Partnerships for the tracker's owner filter, by name; empty until (or unless) they load. */
@Injectable()
export class OutcomeOwnerOptionsStore {
  readonly options: Signal<readonly OwnerOption[]> = toSignal(
    inject(OutcomeOwnerOptionsGQL)
      .watch()
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.partnerships.nodes : [])),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
}
