import { OrganisationRole } from '@cg/web/data-access';
import { mayDismiss } from './partner-suggestions';

describe('who may say "Not now" to a suggestion', () => {
  const member = (organisationId: string, role: OrganisationRole) => ({ isInstanceAdmin: false, memberships: [{ organisationId, role }] });

  it('is the organisation’s admins and coordinators, and instance admins', () => {
    expect(mayDismiss(member('a', OrganisationRole.ORG_ADMIN), 'a')).toBe(true);
    expect(mayDismiss(member('a', OrganisationRole.COORDINATOR), 'a')).toBe(true);
    expect(mayDismiss({ isInstanceAdmin: true, memberships: [] }, 'a')).toBe(true);
  });

  it('is not its viewers, another organisation’s admins, or anyone signed out', () => {
    expect(mayDismiss(member('a', OrganisationRole.VIEWER), 'a')).toBe(false);
    expect(mayDismiss(member('b', OrganisationRole.ORG_ADMIN), 'a')).toBe(false);
    expect(mayDismiss(null, 'a')).toBe(false);
  });
});
