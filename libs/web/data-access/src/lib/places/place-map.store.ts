import { Injectable, Signal, inject } from '@angular/core';
import { map } from 'rxjs';
import { PlaceLevel, PlaceShapesGQL, PlaceShapesQuery } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

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
  private readonly byRequest = new RequestStore<PlaceMapRequest, PlaceMapState>({
    fetch: (request, fetchPolicy) =>
      this.shapesGql
        .fetch({ variables: { level: request.level, within: request.within, zoom: request.zoom }, fetchPolicy: fetchPolicy === 'network-only' ? 'network-only' : 'cache-first' })
        .pipe(map((result): PlaceMapState => (result.data ? { status: 'ready', request, shapes: result.data.placeShapes } : { status: 'error' }))),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => a.level === b.level && a.within === b.within && a.zoom === b.zoom,
    firstLook: 'cache-first',
  });
  readonly state: Signal<PlaceMapState> = this.byRequest.state;

  load(request: PlaceMapRequest): void {
    this.byRequest.load(request);
  }

  retry(): void {
    this.byRequest.retry();
  }
}
