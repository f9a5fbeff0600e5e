import { OrganisationRole } from '../../generated/graphql';
import type { SessionUser } from '../session/session.store';
import { mayChangeActivities } from './activity-editor';

function user(role: OrganisationRole | null, organisationId = 'org-a', isInstanceAdmin = false): SessionUser {
  return {
    id: 'u1',
    email: 'someone@example.org',
    name: 'Someone',
    isInstanceAdmin,
    memberships: role ? [{ organisationId, organisationName: 'Org A', role }] : [],
  };
}

describe('mayChangeActivities', () => {
  it('lets coordinators and administrators of an organisation taking part change the log', () => {
    expect(mayChangeActivities(user(OrganisationRole.COORDINATOR), ['org-a', 'org-b'])).toBe(true);
    expect(mayChangeActivities(user(OrganisationRole.ORG_ADMIN), ['org-b', 'org-a'])).toBe(true);
  });

  it('refuses viewers, outsiders and people who are not signed in', () => {
    expect(mayChangeActivities(user(OrganisationRole.VIEWER), ['org-a'])).toBe(false);
    expect(mayChangeActivities(user(OrganisationRole.COORDINATOR, 'org-z'), ['org-a', null])).toBe(false);
    expect(mayChangeActivities(null, ['org-a'])).toBe(false);
  });

  it('lets an instance admin change any log', () => {
    expect(mayChangeActivities(user(null, 'org-a', true), [])).toBe(true);
  });
});
