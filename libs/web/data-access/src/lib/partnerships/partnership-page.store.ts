import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { Observable, firstValueFrom, map } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import { AddMembershipInput, AddPartnershipMemberGQL, PartnershipMemberFragment, PartnershipPageDocument, PartnershipPageGQL, PartnershipPageQuery, UpdateMembershipInput, UpdatePartnershipMemberGQL } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { isNotFoundError } from '../graphql/errors';

export type PartnershipDetail = PartnershipPageQuery['partnership'];
export type PartnershipMember = PartnershipMemberFragment;

export type PartnershipPageState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly partnership: PartnershipDetail };

/**
 * One partnership with its members, projects, outcomes, measures and recent activity, as a
 * signal; and the membership changes made from its page. Provide it on the partnership page.
 */
@Injectable()
export class PartnershipPageStore {
  private readonly pageGql = inject(PartnershipPageGQL);
  private readonly addGql = inject(AddPartnershipMemberGQL);
  private readonly updateGql = inject(UpdatePartnershipMemberGQL);
  private readonly byId = new RequestStore<string, PartnershipPageState>({
    fetch: (id, fetchPolicy) => this.pageGql.watch({ variables: { id }, fetchPolicy }).valueChanges.pipe(map(toPageState)),
    loading: { status: 'loading' },
    failed: (error) => (isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
  });
  readonly state: Signal<PartnershipPageState> = this.byId.state;

  load(id: string): void {
    this.byId.load(id);
  }

  retry(): void {
    this.byId.retry();
  }

  /** Adds a member, then reloads the page's figures and measures, which the new member changes. */
  addMember(input: AddMembershipInput): Promise<Result<PartnershipMember>> {
    return this.save(
      this.addGql.mutate({
        variables: { input },
        refetchQueries: [{ query: PartnershipPageDocument, variables: { id: input.partnershipId } }],
        awaitRefetchQueries: true,
      }),
      (data) => data?.addMembership,
    );
  }

  /** Changes a member; a stale `version` comes back as CONFLICT with the current version. */
  updateMember(partnershipId: string, input: UpdateMembershipInput): Promise<Result<PartnershipMember>> {
    return this.save(
      this.updateGql.mutate({
        variables: { input },
        refetchQueries: [{ query: PartnershipPageDocument, variables: { id: partnershipId } }],
        awaitRefetchQueries: true,
      }),
      (data) => data?.updateMembership,
    );
  }

  private async save<D>(
    request: Observable<{ data?: D | null }>,
    pick: (data: D | null | undefined) => PartnershipMember | undefined,
  ): Promise<Result<PartnershipMember>> {
    try {
      const result = await firstValueFrom(request);
      const value = pick(result.data);
      return value ? { ok: true, value } : { ok: false, error: new Error('The server sent no member back.') };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

function toPageState(result: ObservableQuery.Result<PartnershipPageQuery>): PartnershipPageState {
  if (result.error) return isNotFoundError(result.error) ? { status: 'not-found' } : { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', partnership: result.data.partnership };
  return { status: 'loading' };
}
