import { OrganisationRole, PlaceLevel } from '../../generated/graphql';
import type { SessionUser } from '../session/session.store';
import { PLACE_LEVEL_OPTIONS } from '@cg/shared/domain';
import { describeDecile, isOfficialPlace, whyNoNewPlace, whyPlaceIsLocked } from './place-levels';

function user(role: OrganisationRole | null, organisationId = 'org-a', isInstanceAdmin = false): SessionUser {
  return {
    id: 'u1',
    email: 'someone@example.org',
    name: 'Someone',
    isInstanceAdmin,
    memberships: role ? [{ organisationId, organisationName: 'Org A', role }] : [],
  };
}

describe('place levels and rights', () => {
  it('offers levels from the country down, custom places last', () => {
    expect(PLACE_LEVEL_OPTIONS.map(([level]) => level)).toEqual([
      PlaceLevel.COUNTRY,
      PlaceLevel.REGION,
      PlaceLevel.COUNTY,
      PlaceLevel.COMBINED_AUTHORITY,
      PlaceLevel.LOCAL_AUTHORITY,
      PlaceLevel.WARD,
      PlaceLevel.MSOA,
      PlaceLevel.LSOA,
      PlaceLevel.CUSTOM,
    ]);
    expect(isOfficialPlace({ level: PlaceLevel.WARD })).toBe(true);
    expect(isOfficialPlace({ level: PlaceLevel.CUSTOM })).toBe(false);
  });

  it('says what a deprivation decile means', () => {
    expect(describeDecile(1)).toBe('Decile 1 of 10: among the 10% most deprived');
    expect(describeDecile(9)).toBe('Decile 9 of 10: among the 20% least deprived');
    expect(describeDecile(null)).toBe('Not known');
  });

  it('lets organisation administrators and instance admins add places, and tells everyone else why not', () => {
    expect(whyNoNewPlace(user(OrganisationRole.ORG_ADMIN))).toBeNull();
    expect(whyNoNewPlace(user(null, 'x', true))).toBeNull();
    expect(whyNoNewPlace(user(OrganisationRole.COORDINATOR))).toMatch(/Only administrators/);
    expect(whyNoNewPlace(null)).toMatch(/Sign in/);
  });

  it('never lets anyone edit an official ONS place, and says why', () => {
    expect(whyPlaceIsLocked(user(null, 'x', true), { level: PlaceLevel.LOCAL_AUTHORITY })).toMatch(/official ONS geography/);
  });

  it('lets the owning organisation’s administrators change a custom place', () => {
    const place = { level: PlaceLevel.CUSTOM, ownerOrganisationId: 'org-a' };
    expect(whyPlaceIsLocked(user(OrganisationRole.ORG_ADMIN), place)).toBeNull();
    expect(whyPlaceIsLocked(user(null, 'x', true), place)).toBeNull();
    expect(whyPlaceIsLocked(user(OrganisationRole.COORDINATOR), place)).toMatch(/Only administrators/);
    expect(whyPlaceIsLocked(user(OrganisationRole.ORG_ADMIN, 'org-b'), place)).toMatch(/Only administrators/);
  });
});
