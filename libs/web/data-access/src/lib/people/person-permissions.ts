import { administeredOrganisationIdSet } from '../admin/admin-roles';
import type { SessionUser } from '../session/session.store';

/*
 * Who may change people, as the API decides (libs/api/core/database/src/lib/access/write-rights.ts):
 * a person belongs to the organisation that owns their record, and only that organisation's
 * administrators (or an instance administrator) may change, archive, export or erase it. An
 * affiliation is governed by its organisation and by the person's owner. These only decide
 * which buttons to offer: the API has the last word and says FORBIDDEN otherwise.
 */

type User = SessionUser | null | undefined;

/** Whether the user may add people at all: an instance admin or any organisation's administrator. */
export function mayAddPeople(user: User): boolean {
  return !!user && (user.isInstanceAdmin || administeredOrganisationIdSet(user).size > 0);
}

/** Whether the user may add a person affiliated with this organisation (its administrators). */
export function mayAddPersonTo(user: User, organisationId: string): boolean {
  return !!user && (user.isInstanceAdmin || administeredOrganisationIdSet(user).has(organisationId));
}

/** Whether the user may change, archive or restore this person: administrators of the organisation holding the record. */
export function mayEditPerson(user: User, person: { readonly ownerOrganisationId?: string | null }): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  return !!person.ownerOrganisationId && administeredOrganisationIdSet(user).has(person.ownerOrganisationId);
}

/** Whether the user may download or erase this person's data (UK GDPR); the same people as may edit them. */
export function mayManagePersonalData(user: User, person: { readonly ownerOrganisationId?: string | null }): boolean {
  return mayEditPerson(user, person);
}

/** Whether the user may change, end or remove this affiliation: admins of its organisation or of the person's owner. */
export function mayEditAffiliation(
  user: User,
  person: { readonly ownerOrganisationId?: string | null },
  affiliation: { readonly organisationId: string },
): boolean {
  return mayEditPerson(user, person) || (!!user && administeredOrganisationIdSet(user).has(affiliation.organisationId));
}

/** Why the user may not change this person, in one line; null when they may. */
export function whyCannotEditPerson(
  user: User,
  person: { readonly ownerOrganisationId?: string | null },
): string | null {
  if (!user) return 'Sign in to make changes.';
  if (mayEditPerson(user, person)) return null;
  return 'Only administrators of the organisation that holds this person’s record can change it.';
}
