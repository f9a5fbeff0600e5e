import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { map } from 'rxjs';
import { PlacePageGQL, PlacePageQuery } from '../../generated/graphql';
import { isNotFoundError } from '../graphql/errors';
import { RequestStore } from '../graphql/request-store';

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
  private readonly byId = new RequestStore<string, PlacePageState>({
    fetch: (id, fetchPolicy) => this.pageGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(map(toPageState)),
    loading: { status: 'loading' },
    failed: (error) => (isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
  });
  readonly state: Signal<PlacePageState> = this.byId.state;

  load(id: string): void {
    this.byId.load(id);
  }

  retry(): void {
    this.byId.retry();
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
