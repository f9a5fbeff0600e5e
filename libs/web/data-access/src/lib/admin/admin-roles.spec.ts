import { OrganisationRole } from '../../generated/graphql';
import type { SessionUser } from '../session/session.store';
import { administeredOrganisationIdSet, administeredOrganisationIds, canAdminister } from './admin-roles';

const user = (memberships: [string, OrganisationRole][], isInstanceAdmin = false): SessionUser => ({
  id: 'u1',
  email: 'someone@example.org',
  name: 'Someone',
  isInstanceAdmin,
  memberships: memberships.map(([organisationId, role]) => ({ organisationId, organisationName: organisationId, role })),
});

describe('who may open Admin', () => {
  it('lets organisation administrators in, for the organisations they administer only', () => {
    const ceo = user([
      ['charity', OrganisationRole.ORG_ADMIN],
      ['network', OrganisationRole.VIEWER],
    ]);
    expect(canAdminister(ceo)).toBe(true);
    expect(administeredOrganisationIds(ceo)).toEqual(['charity']);
    expect([...administeredOrganisationIdSet(ceo)]).toEqual(['charity']);
  });

  it('keeps coordinators, viewers and signed-out visitors out', () => {
    expect(canAdminister(user([['charity', OrganisationRole.COORDINATOR]]))).toBe(false);
    expect(canAdminister(user([['charity', OrganisationRole.VIEWER]]))).toBe(false);
    expect(canAdminister(null)).toBe(false);
    expect(canAdminister(undefined)).toBe(false);
    expect(administeredOrganisationIds(null)).toEqual([]);
  });

  it('lets instance administrators in without any membership', () => {
    const admin = user([], true);
    expect(canAdminister(admin)).toBe(true);
    expect(administeredOrganisationIds(admin)).toEqual([]);
  });
});
