import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from './session.store';

/**
 * Every screen but sign-in shows records, and records are for signed-in users only
 * (docs/domain.md#records: even PUBLIC means "every signed-in user"), so send others to sign in
 * and bring them back afterwards.
 */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  // inject() only works before the first await.
  const session = inject(SessionStore);
  const router = inject(Router);
  const user = session.user() === undefined ? await session.refresh() : session.user();
  if (user) return true;
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};
