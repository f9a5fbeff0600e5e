import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { OrganisationProfileGQL, OrganisationProfileQuery } from '../../generated/graphql';

export type OrganisationProfile = OrganisationProfileQuery['organisation'];

export type OrganisationProfileState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly organisation: OrganisationProfile };

/** One organisation's profile as a signal; provide it on the profile page and `load` the route's id. */
@Injectable()
export class OrganisationProfileStore {
  private readonly profileGql = inject(OrganisationProfileGQL);
  private readonly request = signal<{ id: string; attempt: number } | null>(null, {
    equal: (a, b) => a?.id === b?.id && a?.attempt === b?.attempt,
  });

  readonly state: Signal<OrganisationProfileState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ id, attempt }) =>
        this.profileGql
          .watch({ variables: { id }, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-first' })
          .valueChanges.pipe(
            map(toProfileState),
            startWith<OrganisationProfileState>({ status: 'loading' }),
            catchError(() => of<OrganisationProfileState>({ status: 'error' })),
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

function toProfileState(result: ObservableQuery.Result<OrganisationProfileQuery>): OrganisationProfileState {
  if (result.error) return isNotFound(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', organisation: result.data.organisation };
  return { status: 'loading' };
}

/** NOT_FOUND, or an id the API refuses as malformed: either way there is no such organisation. */
function isNotFound(error: unknown): boolean {
  const errors = (error as { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> }).errors ?? [];
  return errors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
}
