import { OrganisationRole } from '@cg/shared/domain';
import { currentContext, runWithContext } from './request-context';

/**
 * What one request may read and write, decided once per request from the signed-in user:
 * records owned by their organisations, and PARTNERS records of organisations they share a live
 * partnership with or fund through live funding (a funder is a partner of its portfolio, never an
 * owner: PRIVATE stays with the owning organisation). PostgreSQL enforces the reading side
 * (row-level security).
 */
export interface AccessScope {
  signedIn: boolean;
  isInstanceAdmin: boolean;
  /** The user's organisations and their role in each. */
  memberships: readonly { organisationId: string; role: OrganisationRole }[];
  ownOrganisationIds: readonly string[];
  partnerOrganisationIds: readonly string[];
  /** Organisations the user's organisations fund through live funding (directly, or as members of funded work). */
  portfolioOrganisationIds: readonly string[];
}

export const SIGNED_OUT: AccessScope = {
  signedIn: false,
  isInstanceAdmin: false,
  memberships: [],
  ownOrganisationIds: [],
  partnerOrganisationIds: [],
  portfolioOrganisationIds: [],
};

/** The system's work on a request's behalf (runAsBoundedSystem): no scope, but a statement timeout. */
const BOUNDED_SYSTEM = Symbol('bounded system work');

/** The scope part of the request's context (request-context.ts): a request's, the bounded system's, or none. */
const scopeNow = () => currentContext<AccessScope | typeof BOUNDED_SYSTEM, unknown>().scope;

/** Runs `work` (a request, to its end) under `scope`: every query it makes is limited to it. */
export function runWithAccessScope<T>(scope: AccessScope, work: () => T): T {
  return runWithContext({ scope }, work);
}

/**
 * The scope of the request being served, or undefined for the system itself (start-up,
 * migrations, demo data, imports, sessions), which reads and writes without limits.
 */
export function currentAccessScope(): AccessScope | undefined {
  const scope = scopeNow();
  return scope === BOUNDED_SYSTEM ? undefined : scope;
}

/** Runs `work` as the system, outside any request's scope: only for reads that reveal no rows, such as change detection. */
export function runAsSystem<T>(work: () => T): T {
  return runWithContext({ scope: undefined }, work);
}

/**
 * Runs `work` as the system, but with a request's statement timeout: for the system's own work on
 * a request's behalf before its scope is known (the session lookup), which must not run unbounded.
 */
export function runAsBoundedSystem<T>(work: () => T): T {
  return runWithContext({ scope: BOUNDED_SYSTEM }, work);
}

/** Whether the system's work now is on a request's behalf (runAsBoundedSystem), so its statements are timed out. */
export function isBoundedSystemWork(): boolean {
  return scopeNow() === BOUNDED_SYSTEM;
}
