import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AcceptInvitationGQL, RequestPasswordResetGQL, ResetPasswordGQL } from '../../generated/graphql';
import { SessionStore } from './session.store';

/** Either it worked or it failed with the error the API gave (for the page to put into words). */
export type AccountResult = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

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
  async acceptInvitation(token: string, name: string | null, password: string): Promise<AccountResult> {
    const result = await this.attempt(() =>
      firstValueFrom(this.acceptGql.mutate({ variables: { input: { token, password, ...(name ? { name } : {}) } } })),
    );
    if (result.ok) await this.session.refresh();
    return result;
  }

  /** The server answers yes whether or not the address has an account, so emails cannot be probed. */
  requestPasswordReset(email: string): Promise<AccountResult> {
    return this.attempt(() => firstValueFrom(this.requestResetGql.mutate({ variables: { email: email.trim() } })));
  }

  /** Sets the new password; the server signs the account out everywhere, so the person signs in again. */
  resetPassword(token: string, newPassword: string): Promise<AccountResult> {
    return this.attempt(() => firstValueFrom(this.resetGql.mutate({ variables: { input: { token, newPassword } } })));
  }

  private async attempt(run: () => Promise<unknown>): Promise<AccountResult> {
    try {
      await run();
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  }
}
