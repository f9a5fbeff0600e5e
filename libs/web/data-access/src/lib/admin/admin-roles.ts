import { OrganisationRole } from '@cg/shared/domain';
import type { SessionUser } from '../session/session.store';

/** What each role may do, for hints beside the role select. */
export const MEMBER_ROLE_HINTS: Readonly<Record<OrganisationRole, string>> = {
  [OrganisationRole.ORG_ADMIN]: 'Manages the organisation’s records and users',
  [OrganisationRole.COORDINATOR]: 'Logs projects, activities and measurements',
  [OrganisationRole.VIEWER]: 'Reads records only',
};

/** Most powerful first, as the role selects list them. */
export const MEMBER_ROLE_OPTIONS: readonly OrganisationRole[] = [
  OrganisationRole.ORG_ADMIN,
  OrganisationRole.COORDINATOR,
  OrganisationRole.VIEWER,
];

/** The organisations the user administers (ORG_ADMIN memberships), in membership order. */
export function administeredOrganisationIds(user: SessionUser | null | undefined): string[] {
  return (user?.memberships ?? []).filter((m) => m.role === OrganisationRole.ORG_ADMIN).map((m) => m.organisationId);
}

/** The same organisations as a set, for permission checks that ask "does the user administer X?". */
export function administeredOrganisationIdSet(user: SessionUser | null | undefined): ReadonlySet<string> {
  return new Set(administeredOrganisationIds(user));
}

/** Whether the user may open Admin: instance admins, and administrators of at least one organisation. */
export function canAdminister(user: SessionUser | null | undefined): boolean {
  return !!user && (user.isInstanceAdmin || administeredOrganisationIds(user).length > 0);
}

/** Why this person may not start a partnership or project, in one line; null when they may. */
export function whyCannotCreate(user: SessionUser | null | undefined): string | null {
  if (!user) return 'Sign in to make changes.';
  if (user.isInstanceAdmin || administeredOrganisationIds(user).length > 0) return null;
  return 'Only an organisation’s administrators can start partnerships and projects; you can view them.';
}
