import { Visibility } from '@cg/shared/domain';
import { AccessScope, canRead, SIGNED_OUT, visibleCondition } from './access-scope';

const scope: AccessScope = {
  signedIn: true,
  isInstanceAdmin: false,
  ownOrganisationIds: ['own'],
  partnerOrganisationIds: ['partner'],
  portfolioOrganisationIds: ['funded'],
};

describe('canRead', () => {
  it.each([
    [Visibility.PUBLIC, 'stranger', true],
    [Visibility.PRIVATE, 'own', true],
    [Visibility.PRIVATE, 'partner', false],
    [Visibility.PARTNERS, 'partner', true],
    [Visibility.PARTNERS, 'stranger', false],
    [Visibility.PRIVATE, 'funded', true],
    [Visibility.PRIVATE, null, false],
  ])('a %s record owned by %s: %s', (visibility, owner, expected) => {
    expect(canRead(scope, { visibility, ownerOrganisationId: owner })).toBe(expected);
  });

  it('shows nothing to someone signed out, and everything to an instance admin', () => {
    expect(canRead(SIGNED_OUT, { visibility: Visibility.PUBLIC, ownerOrganisationId: null })).toBe(false);
    expect(canRead({ ...SIGNED_OUT, signedIn: true, isInstanceAdmin: true }, { visibility: Visibility.PRIVATE, ownerOrganisationId: 'x' })).toBe(true);
  });
});

describe('visibleCondition', () => {
  it('binds the organisation sets as parameters, never into the SQL', () => {
    const condition = visibleCondition(scope, 'o', 'v1');
    expect(condition.sql).not.toContain('own\'');
    expect(condition.params).toEqual({ v1_own: ['own'], v1_portfolio: ['funded'], v1_partners: ['partner'] });
  });

  it('is FALSE when signed out and TRUE for admins', () => {
    expect(visibleCondition(SIGNED_OUT, 'o').sql).toBe('FALSE');
    expect(visibleCondition({ ...SIGNED_OUT, signedIn: true, isInstanceAdmin: true }, 'o').sql).toBe('TRUE');
  });
});
