import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { map } from 'rxjs';
import { PersonDetailFragment, PersonPageGQL, PersonPageQuery } from '../../generated/graphql';
import { isNotFoundError } from '../graphql/errors';
import { RequestStore } from '../graphql/request-store';

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
  private readonly byId = new RequestStore<string, PersonPageState>({
    fetch: (id, fetchPolicy) => this.personGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(map(toPageState)),
    loading: { status: 'loading' },
    failed: (error) => (isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
  });
  readonly state: Signal<PersonPageState> = this.byId.state;

  load(id: string): void {
    this.byId.load(id);
  }

  /** Asks the server again (after "Reload" on a conflict, or "Try again"). */
  retry(): void {
    this.byId.retry();
  }
}

function toPageState(result: ObservableQuery.Result<PersonPageQuery>): PersonPageState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', person: result.data.person };
  return { status: 'loading' };
}
