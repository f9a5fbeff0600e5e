import { OrganisationRole } from '../../generated/graphql';
import type { SessionUser } from '../session/session.store';
import {
  mayAddPeople,
  mayAddPersonTo,
  mayEditAffiliation,
  mayEditPerson,
  mayManagePersonalData,
  whyCannotEditPerson,
} from './person-permissions';

function user(memberships: [string, OrganisationRole][], isInstanceAdmin = false): SessionUser {
  return {
    id: 'u1',
    email: 'someone@example.org',
    name: 'Someone',
    isInstanceAdmin,
    memberships: memberships.map(([organisationId, role]) => ({
      organisationId,
      organisationName: organisationId,
      role,
    })),
  };
}

const ceo = user([['trust', OrganisationRole.ORG_ADMIN]]);
const coordinator = user([['trust', OrganisationRole.COORDINATOR]]);
const viewer = user([['trust', OrganisationRole.VIEWER]]);
const instanceAdmin = user([], true);
const heldByTrust = { ownerOrganisationId: 'trust' };

describe('who may change people', () => {
  it('lets the holding organisation’s administrators change, export and erase a person', () => {
    expect(mayEditPerson(ceo, heldByTrust)).toBe(true);
    expect(mayManagePersonalData(ceo, heldByTrust)).toBe(true);
    expect(whyCannotEditPerson(ceo, heldByTrust)).toBeNull();
  });

  it('does not let coordinators, viewers or other organisations’ administrators change them', () => {
    expect(mayEditPerson(coordinator, heldByTrust)).toBe(false);
    expect(mayEditPerson(viewer, heldByTrust)).toBe(false);
    expect(mayEditPerson(ceo, { ownerOrganisationId: 'elsewhere' })).toBe(false);
    expect(mayEditPerson(ceo, { ownerOrganisationId: null })).toBe(false);
    expect(mayEditPerson(null, heldByTrust)).toBe(false);
    expect(whyCannotEditPerson(viewer, heldByTrust)).toMatch(/Only administrators/);
    expect(whyCannotEditPerson(undefined, heldByTrust)).toBe('Sign in to make changes.');
  });

  it('lets an instance administrator do anything', () => {
    expect(mayEditPerson(instanceAdmin, { ownerOrganisationId: null })).toBe(true);
    expect(mayAddPersonTo(instanceAdmin, 'anywhere')).toBe(true);
    expect(mayAddPeople(instanceAdmin)).toBe(true);
  });

  it('lets an organisation’s administrators add people to it, and only to it', () => {
    expect(mayAddPeople(ceo)).toBe(true);
    expect(mayAddPersonTo(ceo, 'trust')).toBe(true);
    expect(mayAddPersonTo(ceo, 'elsewhere')).toBe(false);
    expect(mayAddPeople(viewer)).toBe(false);
    expect(mayAddPersonTo(coordinator, 'trust')).toBe(false);
  });

  it('lets the affiliation’s organisation change it, even for someone another organisation holds', () => {
    const elsewhere = { ownerOrganisationId: 'elsewhere' };
    expect(mayEditAffiliation(ceo, elsewhere, { organisationId: 'trust' })).toBe(true);
    expect(mayEditAffiliation(ceo, elsewhere, { organisationId: 'other' })).toBe(false);
    expect(mayEditAffiliation(ceo, heldByTrust, { organisationId: 'other' })).toBe(true);
    expect(mayEditAffiliation(viewer, heldByTrust, { organisationId: 'trust' })).toBe(false);
  });
});
