import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, filter, map, of, startWith, switchMap } from 'rxjs';
import { PersonDetailFragment, PersonPageGQL, PersonPageQuery } from '../../generated/graphql';
import { isNotFoundError } from '../graphql/errors';

export type PersonDetail = PersonDetailFragment;
export type PersonAffiliation = PersonDetail['affiliations'][number];

export type PersonPageState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly person: PersonDetail };

/**
 * One person as a signal; provide it on the person page and `load` the route's id. Writes through
 * `PersonEditor` update the cached person, so the page follows them without asking again.
 */
@Injectable()
export class PersonPageStore {
  private readonly personGql = inject(PersonPageGQL);
  private readonly request = signal<{ id: string; attempt: number } | null>(null, {
    equal: (a, b) => a?.id === b?.id && a?.attempt === b?.attempt,
  });

  readonly state: Signal<PersonPageState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ id, attempt }) =>
        this.personGql
          .watch({ variables: { id }, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-and-network' })
          .valueChanges.pipe(
            map(toPageState),
            startWith<PersonPageState>({ status: 'loading' }),
            catchError((error) =>
              of<PersonPageState>(isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
            ),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );

  load(id: string): void {
    this.request.update((current) => (current?.id === id ? current : { id, attempt: 0 }));
  }

  /** Asks the server again (after "Reload" on a conflict, or "Try again"). */
  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}

function toPageState(result: ObservableQuery.Result<PersonPageQuery>): PersonPageState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', person: result.data.person };
  return { status: 'loading' };
}
