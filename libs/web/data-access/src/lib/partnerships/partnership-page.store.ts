import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { Observable, catchError, filter, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  AddMembershipInput,
  AddPartnershipMemberGQL,
  PartnershipMemberFragment,
  PartnershipPageDocument,
  PartnershipPageGQL,
  PartnershipPageQuery,
  UpdateMembershipInput,
  UpdatePartnershipMemberGQL,
} from '../../generated/graphql';
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
  private readonly request = signal<{ id: string; attempt: number } | null>(null, {
    equal: (a, b) => a?.id === b?.id && a?.attempt === b?.attempt,
  });

  readonly state: Signal<PartnershipPageState> = toSignal(
    toObservable(this.request).pipe(
      filter((request) => request !== null),
      switchMap(({ id, attempt }) =>
        this.pageGql
          .watch({ variables: { id }, fetchPolicy: attempt > 0 ? 'network-only' : 'cache-and-network' })
          .valueChanges.pipe(
            map(toPageState),
            startWith<PartnershipPageState>({ status: 'loading' }),
            catchError((error) =>
              of<PartnershipPageState>(isNotFoundError(error) ? { status: 'not-found' } : { status: 'error' }),
            ),
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
