import { LevellingUpMission, OrganisationRole, PartnerRole, ProjectFields, ProjectStatus, SessionUser, Visibility } from '@cg/web/data-access';
import { toParticipantFields } from '../participant-form/participant-form';
import { canLeadProject } from '../project-page/project-page';
import { toCreateProjectInput, toProjectFormValue, toUpdateProjectInput } from './project-fields';

const saved = {
  id: 'pr-1',
  version: 1,
  name: 'Community fridge',
  summary: null,
  status: ProjectStatus.PLANNED,
  startDate: null,
  endDate: '2027-03-31',
  budget: 12_000,
  sharedLeadership: true,
  themes: [],
  missions: [LevellingUpMission.WELLBEING],
  visibility: Visibility.PUBLIC,
  ownerOrganisationId: 'org-1',
  partnership: { id: 'p-1', name: 'Food Partnership' },
  places: [],
} as unknown as ProjectFields;

describe('project form ↔ API input', () => {
  it('round-trips a saved project, partnership and budget included', () => {
    const form = toProjectFormValue(saved);
    expect(form.partnership).toEqual([{ id: 'p-1', label: 'Food Partnership' }]);
    expect(toUpdateProjectInput(form, 'pr-1', 1)).toMatchObject({
      id: 'pr-1',
      version: 1,
      partnershipId: 'p-1',
      budget: 12_000,
      endDate: '2027-03-31',
      startDate: null,
      sharedLeadership: true,
      placeIds: [],
    });
  });

  it('sends no partnership and no budget when none is chosen', () => {
    const input = toCreateProjectInput({ ...toProjectFormValue(saved), partnership: [], budget: null });
    expect(input.partnershipId).toBeNull();
    expect(input.budget).toBeNull();
  });

  it('sends empty contributions as nothing and trims notes', () => {
    expect(
      toParticipantFields({ organisation: [], role: PartnerRole.DELIVERY_PARTNER, cashContribution: null, inKindContribution: 250, contributionNotes: '  rooms ' }),
    ).toEqual({ role: PartnerRole.DELIVERY_PARTNER, cashContribution: 0, inKindContribution: 250, contributionNotes: 'rooms' });
  });
});

describe('canLeadProject', () => {
  const user = (role: OrganisationRole, organisationId = 'org-1') =>
    ({ isInstanceAdmin: false, memberships: [{ organisationId, role }] }) as unknown as SessionUser;

  it('lets admins of the owner or of a lead or co-lead manage the project', () => {
    const project = { ownerOrganisationId: 'org-1', participants: [{ role: PartnerRole.CO_LEAD, organisation: { id: 'org-2' } }] } as never;
    expect(canLeadProject(user(OrganisationRole.ORG_ADMIN), project)).toBe(true);
    expect(canLeadProject(user(OrganisationRole.ORG_ADMIN, 'org-2'), project)).toBe(true);
    expect(canLeadProject(user(OrganisationRole.COORDINATOR), project)).toBe(false);
    expect(canLeadProject(user(OrganisationRole.VIEWER), project)).toBe(false);
  });
});
