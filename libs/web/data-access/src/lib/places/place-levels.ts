import { PlaceLevel } from '../../generated/graphql';
import { administeredOrganisationIdSet } from '../admin/admin-roles';
import type { SessionUser } from '../session/session.store';

/** Whether a place is an official ONS geography (reference data), not one a community defined. */
export function isOfficialPlace(place: { readonly level: PlaceLevel }): boolean {
  return place.level !== PlaceLevel.CUSTOM;
}

/** "Decile 2 of 10 (among the 20% most deprived)"; "Not known" without one. */
export function describeDecile(decile: number | null | undefined): string {
  if (decile == null) return 'Not known';
  if (decile <= 5) return `Decile ${decile} of 10: among the ${decile * 10}% most deprived`;
  return `Decile ${decile} of 10: among the ${(11 - decile) * 10}% least deprived`;
}

/**
 * Why this user may not add custom places, in one line; null when they may. Places are
 * governed by the organisation that owns them, and only its administrators write them (a new
 * place belongs to the one organisation the person acts for). The API has the last word.
 */
export function whyNoNewPlace(user: SessionUser | null | undefined): string | null {
  if (!user) return 'Sign in to add places.';
  if (user.isInstanceAdmin || administeredOrganisationIdSet(user).size > 0) return null;
  return 'Only administrators of an organisation can add community-defined places. Ask yours to add one.';
}

/**
 * Why this user may not change this place, in one line; null when they may. Official ONS
 * places are reference data nobody edits by hand; a custom place is changed by an instance
 * admin or an administrator of the organisation that owns it.
 */
export function whyPlaceIsLocked(
  user: SessionUser | null | undefined,
  place: { readonly level: PlaceLevel; readonly ownerOrganisationId?: string | null },
): string | null {
  if (isOfficialPlace(place)) {
    return 'This is an official ONS geography: its name, code and boundary come from the Office for National Statistics and change only when ONS publishes new ones, so it cannot be edited here. You can add a community-defined place inside it instead.';
  }
  if (!user) return 'Sign in to change places.';
  if (user.isInstanceAdmin) return null;
  if (place.ownerOrganisationId && administeredOrganisationIdSet(user).has(place.ownerOrganisationId)) return null;
  return 'Only administrators of the organisation that added this place can change it.';
}
