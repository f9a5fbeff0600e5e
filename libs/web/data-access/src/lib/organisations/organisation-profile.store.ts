import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { map } from 'rxjs';
import { OrganisationProfileGQL, OrganisationProfileQuery } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

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
  private readonly byId = new RequestStore<string, OrganisationProfileState>({
    fetch: (id, fetchPolicy) => this.profileGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(map(toProfileState)),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    firstLook: 'cache-first',
  });
  readonly state: Signal<OrganisationProfileState> = this.byId.state;

  load(id: string): void {
    this.byId.load(id);
  }

  retry(): void {
    this.byId.retry();
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
