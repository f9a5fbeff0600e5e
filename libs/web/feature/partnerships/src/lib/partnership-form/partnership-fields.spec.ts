import { GovernanceModel, LevellingUpMission, OrganisationRole, PartnerRole, PartnershipFields, PartnershipStatus, SessionUser, Visibility } from '@cg/web/data-access';
import { canEditPartnership } from '../partnership-page/partnership-page';
import { toCreatePartnershipInput, toPartnershipFormValue, toUpdatePartnershipInput } from './partnership-fields';

const saved = {
  id: 'p-1',
  version: 3,
  name: 'Harrowby Food Partnership',
  purpose: 'No one goes hungry.',
  status: PartnershipStatus.ACTIVE,
  governanceModel: GovernanceModel.SHARED_LEADERSHIP,
  startDate: '2026-04-01',
  endDate: null,
  themes: ['food poverty'],
  missions: [LevellingUpMission.HEALTH],
  visibility: Visibility.PARTNERS,
  ownerOrganisationId: 'org-1',
  places: [{ id: 'pl-1', name: 'Harrowby' }],
} as unknown as PartnershipFields;

describe('partnership form ↔ API input', () => {
  it('round-trips a saved partnership through the form', () => {
    const form = toPartnershipFormValue(saved);
    expect(form.places).toEqual([{ id: 'pl-1', label: 'Harrowby' }]);
    expect(form.startDate?.getMonth()).toBe(3);
    expect(toUpdatePartnershipInput(form, 'p-1', 3)).toEqual({
      id: 'p-1',
      version: 3,
      name: 'Harrowby Food Partnership',
      purpose: 'No one goes hungry.',
      status: PartnershipStatus.ACTIVE,
      governanceModel: GovernanceModel.SHARED_LEADERSHIP,
      startDate: '2026-04-01',
      endDate: null,
      placeIds: ['pl-1'],
      themes: ['food poverty'],
      missions: [LevellingUpMission.HEALTH],
      visibility: Visibility.PARTNERS,
    });
  });

  it('trims the name and sends an empty purpose as null', () => {
    const input = toCreatePartnershipInput({ ...toPartnershipFormValue(saved), name: '  New one ', purpose: '   ' });
    expect(input.name).toBe('New one');
    expect(input.purpose).toBeNull();
  });

});

describe('canEditPartnership', () => {
  const user = (role: OrganisationRole, organisationId = 'org-1') =>
    ({ isInstanceAdmin: false, memberships: [{ organisationId, role }] }) as unknown as SessionUser;
  const lead = { role: PartnerRole.LEAD, organisation: { id: 'org-2' } };

  it('lets admins of the owner or of a lead change it, and no one else', () => {
    const p = { ownerOrganisationId: 'org-1', members: [lead] } as never;
    expect(canEditPartnership(user(OrganisationRole.ORG_ADMIN), p)).toBe(true);
    expect(canEditPartnership(user(OrganisationRole.ORG_ADMIN, 'org-2'), p)).toBe(true);
    expect(canEditPartnership(user(OrganisationRole.COORDINATOR), p)).toBe(false);
    expect(canEditPartnership(user(OrganisationRole.VIEWER, 'org-2'), p)).toBe(false);
    expect(canEditPartnership(user(OrganisationRole.ORG_ADMIN, 'org-3'), p)).toBe(false);
    expect(canEditPartnership(null, p)).toBe(false);
  });
});
