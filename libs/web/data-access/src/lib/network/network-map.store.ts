import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { EMPTY, catchError, expand, map, of, startWith, switchMap, timer } from 'rxjs';
import { NetworkFilter, NetworkFilterOptionsGQL, NetworkFilterOptionsQuery, NetworkMapGQL, NetworkMapQuery, OrganisationMeasuresGQL, OrganisationMeasuresQuery, TieKind } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

/** What the coalition map is asked to show; the page keeps it in the URL. */
export interface NetworkMapFilter {
  /** A place (local authority) the organisations are based in or serve. */
  readonly place: string | null;
  /** Organisations working on any of these themes. */
  readonly themes: readonly string[];
  /** Current members of this partnership. */
  readonly partnership: string | null;
  /** This funder and the organisations it funds. */
  readonly funder: string | null;
  /** Kinds of tie to draw; every kind when empty. */
  readonly kinds: readonly TieKind[];
  /** Ties active on or after this day (YYYY-MM-DD). */
  readonly from: string | null;
  /** Ties active on or before this day (YYYY-MM-DD). */
  readonly to: string | null;
  /** The network as it stood on this day (YYYY-MM-DD); today when null. */
  readonly asAt: string | null;
}

export const EMPTY_NETWORK_MAP_FILTER: NetworkMapFilter = {
  place: null,
  themes: [],
  partnership: null,
  funder: null,
  kinds: [],
  from: null,
  to: null,
  asAt: null,
};

export const ALL_TIE_KINDS: readonly TieKind[] = [
  TieKind.RELATIONSHIP,
  TieKind.CO_MEMBERSHIP,
  TieKind.JOINT_PROJECT,
  TieKind.FUNDING,
];

/**
 * The API's NetworkFilter for the map's filter, or null for the whole network (so the server's
 * cache key stays the same however the page got there). Every tie kind ticked means no kind filter.
 */
export function toNetworkFilter(value: NetworkMapFilter): NetworkFilter | null {
  const themes = value.themes.map((theme) => theme.trim()).filter(Boolean);
  const kinds = ALL_TIE_KINDS.filter((kind) => value.kinds.includes(kind));
  const result: NetworkFilter = {
    ...(value.place ? { withinPlace: value.place } : {}),
    ...(themes.length ? { themes } : {}),
    ...(value.partnership ? { partnership: value.partnership } : {}),
    ...(value.funder ? { funder: value.funder } : {}),
    ...(kinds.length && kinds.length < ALL_TIE_KINDS.length ? { kinds } : {}),
    ...(value.from ? { from: value.from } : {}),
    ...(value.to ? { to: value.to } : {}),
    ...(value.asAt ? { asAt: value.asAt } : {}),
  };
  return Object.keys(result).length ? result : null;
}

export type NetworkData = NetworkMapQuery['network'];
export type NetworkSummary = NetworkData['summary'];

export type NetworkMapState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly network: NetworkData };

/**
 * The network the map shows, as one signal holding the API's compact arrays. Nothing per node is
 * a signal: the page hands the arrays to the drawing and the table as they are.
 */
@Injectable()
export class NetworkMapStore {
  /** How often to ask again while the server is measuring a changed network. */
  static UPDATING_POLL_MS = 3000;
  private readonly networkGql = inject(NetworkMapGQL);
  private readonly byFilter = new RequestStore<NetworkFilter | null, NetworkMapState>({
    fetch: (networkFilter) => {
      // 'no-cache': tens of thousands of array entries gain nothing from normalising into the
      // Apollo cache, and the server already caches the network until its records change.
      const fetchNetwork = () =>
        this.networkGql
          .fetch({ variables: { filter: networkFilter }, fetchPolicy: 'no-cache' })
          .pipe(map((result): NetworkMapState => (result.data ? { status: 'ready', network: result.data.network } : { status: 'error' })));
      // The server served its last answer while it measures the changed records: show it, and
      // ask again until the fresh one is there.
      return fetchNetwork().pipe(
        expand((state) =>
          state.status === 'ready' && state.network.updating ? timer(NetworkMapStore.UPDATING_POLL_MS).pipe(switchMap(fetchNetwork)) : EMPTY,
        ),
      );
    },
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly state: Signal<NetworkMapState> = this.byFilter.state;

  load(value: NetworkMapFilter): void {
    this.byFilter.load(toNetworkFilter(value));
  }

  retry(): void {
    this.byFilter.retry();
  }
}

export type OrganisationMeasures = OrganisationMeasuresQuery['organisationMeasures'];

export type OrganisationMeasuresState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly measures: OrganisationMeasures };

/** One organisation's measures within the network on show, for the map's side panel. */
@Injectable()
export class OrganisationMeasuresStore {
  private readonly measuresGql = inject(OrganisationMeasuresGQL);
  private readonly request = signal<{ id: string | null; filter: NetworkFilter | null }>(
    { id: null, filter: null },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  readonly state: Signal<OrganisationMeasuresState> = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ id, filter: networkFilter }) =>
        id === null
          ? of<OrganisationMeasuresState>({ status: 'idle' })
          : this.measuresGql.fetch({ variables: { id, filter: networkFilter } }).pipe(
              map((result): OrganisationMeasuresState =>
                result.data
                  ? { status: 'ready', measures: result.data.organisationMeasures }
                  : { status: 'error' },
              ),
              startWith<OrganisationMeasuresState>({ status: 'loading' }),
              catchError(() => of<OrganisationMeasuresState>({ status: 'error' })),
            ),
      ),
    ),
    { initialValue: { status: 'idle' } },
  );

  load(id: string | null, value: NetworkMapFilter): void {
    this.request.set({ id, filter: toNetworkFilter(value) });
  }
}

export interface FilterOption {
  readonly id: string;
  readonly name: string;
}

export interface NetworkFilterOptions {
  readonly places: readonly FilterOption[];
  readonly partnerships: readonly FilterOption[];
  readonly funders: readonly FilterOption[];
}

const NO_OPTIONS: NetworkFilterOptions = { places: [], partnerships: [], funders: [] };

/** Places, partnerships and funders for the map's filters; empty until (or unless) they load. */
@Injectable()
export class NetworkFilterOptionsStore {
  readonly options: Signal<NetworkFilterOptions> = toSignal(
    inject(NetworkFilterOptionsGQL)
      .fetch()
      .pipe(
        map((result) => (result.data ? toOptions(result.data) : NO_OPTIONS)),
        catchError(() => of(NO_OPTIONS)),
      ),
    { initialValue: NO_OPTIONS },
  );
}

function toOptions(data: NetworkFilterOptionsQuery): NetworkFilterOptions {
  return { places: data.places.nodes, partnerships: data.partnerships.nodes, funders: data.funders.nodes };
}
