import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { MeGQL, MeQuery, SignInGQL, SignOutGQL } from '../../generated/session';

export type SessionUser = NonNullable<MeQuery['me']>;

/** Why a sign-in did not work, in words for the person signing in. */
export type SignInOutcome = { ok: true } | { ok: false; message: string };

/**
 * Who is signed in, for the whole app. The session itself is an httpOnly cookie the
 * browser sends with every request; this store only mirrors `me`.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly meGql = inject(MeGQL);
  private readonly signInGql = inject(SignInGQL);
  private readonly signOutGql = inject(SignOutGQL);

  private readonly current = signal<SessionUser | null | undefined>(undefined);

  /** undefined while the first check is under way, then the user or null. */
  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => !!this.current());

  /** Asks the server who is signed in (on start, and after signing in or out elsewhere). */
  async refresh(): Promise<SessionUser | null> {
    try {
      const result = await firstValueFrom(this.meGql.fetch({ fetchPolicy: 'network-only' }));
      this.current.set(result.data?.me ?? null);
    } catch {
      this.current.set(null);
    }
    return this.current() ?? null;
  }

  async signIn(email: string, password: string): Promise<SignInOutcome> {
    try {
      const result = await firstValueFrom(this.signInGql.mutate({ variables: { input: { email, password } } }));
      const user = result.data?.signIn.user;
      if (!user) return { ok: false, message: 'Signing in did not work. Please try again.' };
      // The sign-in answer cannot name the user's organisations (the API reads them before the
      // session exists), so `me` fills in the session with their names.
      await this.refresh();
      return { ok: true };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  }

  async signOut(): Promise<void> {
    await firstValueFrom(this.signOutGql.mutate()).catch(() => undefined);
    this.current.set(null);
  }
}

/** The server's own sentence when it gave one (it writes them for people), else a plain fallback. */
function messageOf(error: unknown): string {
  const graphQLErrors = (error as { errors?: { message: string }[] }).errors;
  if (graphQLErrors?.[0]?.message) return graphQLErrors[0].message;
  const message = (error as { message?: string }).message;
  if (message && !/fetch|network|http/i.test(message)) return message;
  return 'We could not reach the server. Check your connection and try again.';
}
