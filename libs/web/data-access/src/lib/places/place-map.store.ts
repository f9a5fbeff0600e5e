import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { PlaceLevel, PlaceShapesGQL, PlaceShapesQuery } from '../../generated/graphql';

export type PlaceShapeData = PlaceShapesQuery['placeShapes'][number];

/** What the map asks for: one level of places, optionally inside one place, at a zoom. */
export interface PlaceMapRequest {
  readonly level: PlaceLevel;
  readonly within: string | null;
  readonly zoom: number;
}

export type PlaceMapState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly request: PlaceMapRequest; readonly shapes: readonly PlaceShapeData[] };

/** The shapes the place map draws, as a signal; a new request replaces the one in flight. Provide it on the page. */
@Injectable()
export class PlaceMapStore {
  private readonly shapesGql = inject(PlaceShapesGQL);
  private readonly request = signal<(PlaceMapRequest & { attempt: number }) | null>(null, {
    equal: (a, b) =>
      a?.level === b?.level && a?.within === b?.within && a?.zoom === b?.zoom && a?.attempt === b?.attempt,
  });

  readonly state: Signal<PlaceMapState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ attempt, ...request }) =>
        this.shapesGql.fetch({ variables: request, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-first' }).pipe(
          map(
            (result): PlaceMapState =>
              result.data ? { status: 'ready', request, shapes: result.data.placeShapes } : { status: 'error' },
          ),
          startWith<PlaceMapState>({ status: 'loading' }),
          catchError(() => of<PlaceMapState>({ status: 'error' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(request: PlaceMapRequest): void {
    this.request.update((current) =>
      current && current.level === request.level && current.within === request.within && current.zoom === request.zoom
        ? current
        : { ...request, attempt: 0 },
    );
  }

  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}
