import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { Observable, filter, firstValueFrom, map, of } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  ChangeMemberRoleGQL,
  InviteToOrganisationGQL,
  InviteToOrganisationMutation,
  OrganisationAccessDocument,
  OrganisationAccessGQL,
  OrganisationAccessQuery,
  OrganisationRole,
  RemoveMemberGQL,
  WithdrawInvitationGQL,
} from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

export type OrganisationUserRow = OrganisationAccessQuery['organisationUsers'][number];
export type PendingInvitationRow = OrganisationAccessQuery['pendingInvitations'][number];
export type SentInvitation = InviteToOrganisationMutation['invite'];

export type OrganisationAccessState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly users: readonly OrganisationUserRow[];
      readonly invitations: readonly PendingInvitationRow[];
    };

/**
 * One organisation's users and pending invitations as a signal, and the changes an
 * administrator makes to them; each change reloads the lists before it resolves, so the
 * page never shows a role or an invitation the server no longer has. Provide it on the page.
 */
@Injectable()
export class OrganisationAccessStore {
  private readonly accessGql = inject(OrganisationAccessGQL);
  private readonly inviteGql = inject(InviteToOrganisationGQL);
  private readonly changeRoleGql = inject(ChangeMemberRoleGQL);
  private readonly removeGql = inject(RemoveMemberGQL);
  private readonly withdrawGql = inject(WithdrawInvitationGQL);

  private readonly byOrganisation = new RequestStore<string | null, OrganisationAccessState>({
    fetch: (organisationId, fetchPolicy) =>
      organisationId === null
        ? of<OrganisationAccessState>({ status: 'idle' })
        : this.accessGql.watch({ variables: { organisationId }, fetchPolicy }).valueChanges.pipe(
            map(toAccessState),
            filter((state): state is OrganisationAccessState => state !== null),
          ),
    initial: { status: 'idle' },
    loading: { status: 'loading' },
    failed: (error) => ({ status: 'error', error }),
  });
  readonly state: Signal<OrganisationAccessState> = this.byOrganisation.state;

  /** Shows this organisation's users (null shows nothing, e.g. before an organisation is chosen). */
  load(organisationId: string | null): void {
    this.byOrganisation.load(organisationId);
  }

  retry(): void {
    this.byOrganisation.retry();
  }

  invite(organisationId: string, email: string, role: OrganisationRole): Promise<Result<SentInvitation>> {
    return this.run(
      this.inviteGql.mutate({
        variables: { input: { organisationId, email: email.trim(), role } },
        ...this.reload(organisationId),
      }),
      (data) => data?.invite,
    );
  }

  /** The API refuses to demote the last administrator, with a message written for people. */
  changeRole(organisationId: string, userId: string, role: OrganisationRole): Promise<Result<true>> {
    return this.run(
      this.changeRoleGql.mutate({ variables: { input: { organisationId, userId, role } }, ...this.reload(organisationId) }),
      (data) => data?.changeMemberRole || undefined,
    );
  }

  /** The API refuses to remove the last administrator, with a message written for people. */
  removeMember(organisationId: string, userId: string): Promise<Result<true>> {
    return this.run(
      this.removeGql.mutate({ variables: { organisationId, userId }, ...this.reload(organisationId) }),
      (data) => data?.removeMember || undefined,
    );
  }

  withdrawInvitation(organisationId: string, invitationId: string): Promise<Result<true>> {
    return this.run(
      this.withdrawGql.mutate({ variables: { organisationId, invitationId }, ...this.reload(organisationId) }),
      (data) => data?.withdrawInvitation || undefined,
    );
  }

  private reload(organisationId: string) {
    return {
      refetchQueries: [{ query: OrganisationAccessDocument, variables: { organisationId } }],
      awaitRefetchQueries: true,
    };
  }

  private async run<D, T>(
    request: Observable<{ data?: D | null }>,
    pick: (data: D | null | undefined) => T | undefined,
  ): Promise<Result<T>> {
    try {
      const result = await firstValueFrom(request);
      const value = pick(result.data);
      return value ? { ok: true, value } : { ok: false, error: new Error('The server did not confirm the change.') };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

function toAccessState(result: ObservableQuery.Result<OrganisationAccessQuery>): OrganisationAccessState | null {
  if (result.error) return { status: 'error', error: result.error };
  if (result.dataState === 'complete') {
    return { status: 'ready', users: result.data.organisationUsers, invitations: result.data.pendingInvitations };
  }
  return null;
}
