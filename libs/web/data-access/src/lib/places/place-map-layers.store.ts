import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  EMPTY,
  Observable,
  catchError,
  expand,
  filter,
  firstValueFrom,
  from,
  map,
  of,
  startWith,
  switchMap,
  timer,
} from 'rxjs';
import {
  FunderMapLayerGQL,
  FunderMapLayerQuery,
  PlaceLevel,
  PlaceMapColdSpotsGQL,
  PlaceMapColdSpotsQuery,
  PlacePanelFundersGQL,
  PlacePanelFundersQuery,
  PortfolioFunderOptionsGQL,
} from '../../generated/graphql';
import type { FunderChoice } from '../funder-portfolio/funder-choice';
import { isNotFoundError } from '../graphql/errors';

/** Loading, failed, or the value: what each layer of the place map holds. */
export type LayerState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly value: T };

function loaded<T>(source: Observable<T>): Observable<LayerState<T>> {
  return source.pipe(
    map((value): LayerState<T> => ({ status: 'ready', value })),
    startWith<LayerState<T>>({ status: 'loading' }),
    catchError(() => of<LayerState<T>>({ status: 'error' })),
  );
}

export type ColdSpotFlags = PlaceMapColdSpotsQuery['coldSpots']['nodes'][number];

/** The cold spots by place id, and whether the server served its last answer while it computes a fresh one. */
export interface ColdSpotLayer {
  readonly spots: ReadonlyMap<string, ColdSpotFlags>;
  readonly updating: boolean;
}

/**
 * The cold spots among one level of places (optionally inside one), by place id, fetched once
 * for the view (every page of 200), so the map shades them by the API's own rule. While the
 * server answers `updating` (records changed since it computed them), asked again every few
 * seconds until the fresh ones come, as the network map does.
 */
@Injectable()
export class ColdSpotLayerStore {
  /** How often to ask again while the server computes changed cold spots. */
  static UPDATING_POLL_MS = 3000;
  private readonly coldSpotsGql = inject(PlaceMapColdSpotsGQL);
  private readonly request = signal<{ level: PlaceLevel; within: string | null } | null>(null, {
    equal: (a, b) => a?.level === b?.level && a?.within === b?.within,
  });

  readonly state: Signal<LayerState<ColdSpotLayer>> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap((request) => {
        const fetchAll = () => from(this.all(request.level, request.within));
        return loaded(
          fetchAll().pipe(
            expand((layer) =>
              layer.updating ? timer(ColdSpotLayerStore.UPDATING_POLL_MS).pipe(switchMap(fetchAll)) : EMPTY,
            ),
          ),
        );
      }),
    ),
    { initialValue: { status: 'idle' } },
  );

  load(level: PlaceLevel, within: string | null): void {
    this.request.set({ level, within });
  }

  private async all(level: PlaceLevel, within: string | null): Promise<ColdSpotLayer> {
    const spots = new Map<string, ColdSpotFlags>();
    let updating = false;
    let after: string | null = null;
    for (;;) {
      // 'network-only': a page asked again while the server was updating must not come from Apollo's cache.
      const answer = await firstValueFrom(
        this.coldSpotsGql.fetch({ variables: { level, within, after }, fetchPolicy: 'network-only' }),
      );
      if (answer.error || !answer.data) throw answer.error ?? new Error('No cold spots came back.');
      const result = answer.data as PlaceMapColdSpotsQuery;
      updating ||= result.coldSpots.updating;
      for (const node of result.coldSpots.nodes) spots.set(node.placeId, node);
      const { hasNextPage, endCursor } = result.coldSpots.pageInfo;
      if (!hasNextPage || !endCursor) return { spots, updating };
      after = endCursor;
    }
  }
}

export type PlaceFunders = PlacePanelFundersQuery['funderOverlap'];

/** The funders funding in one place (funder overlap), for the place map's panel. */
@Injectable()
export class PlaceFundersStore {
  private readonly fundersGql = inject(PlacePanelFundersGQL);
  private readonly placeId = signal<string | null>(null);

  readonly state: Signal<LayerState<PlaceFunders>> = toSignal(
    toObservable(this.placeId).pipe(
      filter((placeId) => placeId !== null),
      switchMap((placeId) =>
        loaded(
          this.fundersGql.fetch({ variables: { placeId } }).pipe(
            map((result) => {
              if (!result.data) throw result.error ?? new Error('No answer.');
              return result.data.funderOverlap as PlaceFunders;
            }),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'idle' } },
  );

  load(placeId: string): void {
    this.placeId.set(placeId);
  }
}

export type FunderLayer = FunderMapLayerQuery['funderPortfolio'];

/** One funder's funding by local authority, for the place map's funder shading; null clears it. */
@Injectable()
export class FunderLayerStore {
  private readonly layerGql = inject(FunderMapLayerGQL);
  private readonly optionsGql = inject(PortfolioFunderOptionsGQL);
  private readonly funderId = signal<string | null>(null);

  /** Organisations of type FUNDER the reader may see, by name (as the funder portfolio offers them). */
  readonly funders: Signal<FunderChoice[]> = toSignal(
    this.optionsGql.fetch().pipe(
      map((result) => (result.data?.organisations.nodes ?? []).map(({ id, name }) => ({ id, name }))),
      catchError(() => of<FunderChoice[]>([])),
    ),
    { initialValue: [] },
  );

  readonly state: Signal<LayerState<FunderLayer | null>> = toSignal(
    toObservable(this.funderId).pipe(
      switchMap((funderId) =>
        funderId === null
          ? of<LayerState<FunderLayer | null>>({ status: 'ready', value: null })
          : this.layerGql.fetch({ variables: { funderId } }).pipe(
              map((result): LayerState<FunderLayer | null> => {
                if (result.data) return { status: 'ready', value: result.data.funderPortfolio as FunderLayer };
                return isNotFoundError(result.error) ? { status: 'ready', value: null } : { status: 'error' };
              }),
              startWith<LayerState<FunderLayer | null>>({ status: 'loading' }),
              catchError(() => of<LayerState<FunderLayer | null>>({ status: 'error' })),
            ),
      ),
    ),
    { initialValue: { status: 'idle' } },
  );

  load(funderId: string | null): void {
    this.funderId.set(funderId);
  }
}
