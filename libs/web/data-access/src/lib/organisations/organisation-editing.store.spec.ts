import { OrganisationRole } from '../../generated/graphql';
import type { SessionUser } from '../session/session.store';
import { canEditOrganisation, canEditRelationship, whyReadOnly } from './organisation-editing.store';

function user(memberships: [string, OrganisationRole][], isInstanceAdmin = false): SessionUser {
  return {
    id: 'u',
    email: 'u@example.org',
    name: 'U',
    isInstanceAdmin,
    memberships: memberships.map(([organisationId, role]) => ({ organisationId, role })),
  };
}

describe('who may write', () => {
  const ceo = user([
    ['fenwick', OrganisationRole.ORG_ADMIN],
    ['other', OrganisationRole.VIEWER],
  ]);
  const viewer = user([['fenwick', OrganisationRole.VIEWER]]);
  const coordinator = user([['fenwick', OrganisationRole.COORDINATOR]]);

  it('explains in one line why viewers and coordinators may not', () => {
    expect(whyReadOnly(ceo)).toBeNull();
    expect(whyReadOnly(user([], true))).toBeNull();
    expect(whyReadOnly(viewer)).toMatch(/only your organisation’s administrators/);
    expect(whyReadOnly(coordinator)).toMatch(/coordinators can view/);
    expect(whyReadOnly(user([]))).toMatch(/not a member/);
  });

  it('lets admins edit their own organisation and those it owns, instance admins any', () => {
    expect(canEditOrganisation(ceo, { id: 'fenwick' })).toBe(true);
    expect(canEditOrganisation(ceo, { id: 'new-group', ownerOrganisationId: 'fenwick' })).toBe(true);
    expect(canEditOrganisation(ceo, { id: 'other', ownerOrganisationId: 'other' })).toBe(false);
    expect(canEditOrganisation(viewer, { id: 'fenwick' })).toBe(false);
    expect(canEditOrganisation(user([], true), { id: 'anything' })).toBe(true);
    expect(canEditOrganisation(undefined, { id: 'fenwick' })).toBe(false);
  });

  it('lets admins change relationships running from, or owned by, their organisation', () => {
    expect(canEditRelationship(ceo, { fromOrganisationId: 'fenwick', ownerOrganisationId: null })).toBe(true);
    expect(canEditRelationship(ceo, { fromOrganisationId: 'other', ownerOrganisationId: 'fenwick' })).toBe(true);
    expect(canEditRelationship(ceo, { fromOrganisationId: 'other', ownerOrganisationId: 'other' })).toBe(false);
    expect(canEditRelationship(coordinator, { fromOrganisationId: 'fenwick', ownerOrganisationId: 'fenwick' })).toBe(false);
  });
});
