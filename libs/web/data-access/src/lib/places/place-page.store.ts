import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { PlacePageGQL, PlacePageQuery } from '../../generated/graphql';
import { isNotFoundError } from '../graphql/errors';

export type PlaceDetail = PlacePageQuery['place'];

/** How much work lies in a place (or anywhere inside it). */
export interface PlaceActivityCounts {
  readonly partnerships: number;
  readonly organisations: number;
  readonly projects: number;
  readonly needs: number;
}

export type PlacePageState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly place: PlaceDetail; readonly counts: PlaceActivityCounts };

/**
 * One place with where it lies, what lies in it and how much work goes on there, as a signal.
 * Saves from its form update it through Apollo's cache. Provide it on the place page.
 */
@Injectable()
export class PlacePageStore {
  private readonly pageGql = inject(PlacePageGQL);
  private readonly request = signal<{ id: string; attempt: number } | null>(null, {
    equal: (a, b) => a?.id === b?.id && a?.attempt === b?.attempt,
  });

  readonly state: Signal<PlacePageState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ id, attempt }) =>
        this.pageGql.watch({ variables: { id }, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-and-network' }).valueChanges.pipe(
          map(toPageState),
          startWith<PlacePageState>({ status: 'loading' }),
          catchError((error) => of<PlacePageState>(isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(id: string): void {
    this.request.update((current) => (current?.id === id ? current : { id, attempt: 0 }));
  }

  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}

function toPageState(result: ObservableQuery.Result<PlacePageQuery>): PlacePageState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState !== 'complete') return { status: 'loading' };
  const { place, partnerships, organisations, projects, needs } = result.data;
  return {
    status: 'ready',
    place,
    counts: {
      partnerships: partnerships.totalCount,
      organisations: organisations.totalCount,
      projects: projects.totalCount,
      needs: needs.totalCount,
    },
  };
}
