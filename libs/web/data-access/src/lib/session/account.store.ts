import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import { AcceptInvitationGQL, RequestPasswordResetGQL, ResetPasswordGQL } from '../../generated/graphql';
import { SessionStore } from './session.store';

/**
 * The account steps a signed-out person takes from an emailed link: accepting an invitation
 * (which signs them in) and choosing a new password.
 */
@Injectable({ providedIn: 'root' })
export class AccountStore {
  private readonly session = inject(SessionStore);
  private readonly acceptGql = inject(AcceptInvitationGQL);
  private readonly requestResetGql = inject(RequestPasswordResetGQL);
  private readonly resetGql = inject(ResetPasswordGQL);

  /**
   * Joins the organisation that sent the invitation. A new account needs a name; an existing
   * account joins with its own password. The server signs the person in; the session follows.
   */
  async acceptInvitation(token: string, name: string | null, password: string): Promise<Result> {
    const result = await this.attempt(() =>
      firstValueFrom(this.acceptGql.mutate({ variables: { input: { token, password, ...(name ? { name } : {}) } } })),
    );
    if (result.ok) await this.session.refresh();
    return result;
  }

  /** The server answers yes whether or not the address has an account, so emails cannot be probed. */
  requestPasswordReset(email: string): Promise<Result> {
    return this.attempt(() => firstValueFrom(this.requestResetGql.mutate({ variables: { email: email.trim() } })));
  }

  /** Sets the new password; the server signs the account out everywhere, so the person signs in again. */
  resetPassword(token: string, newPassword: string): Promise<Result> {
    return this.attempt(() => firstValueFrom(this.resetGql.mutate({ variables: { input: { token, newPassword } } })));
  }

  private async attempt(run: () => Promise<unknown>): Promise<Result> {
    try {
      await run();
      return { ok: true, value: undefined };
    } catch (error) {
      return { ok: false, error };
    }
  }
}
