import { Sector } from '@cg/shared/domain';
import { ActivityKind, OrganisationRole, PartnerRole, SessionUser } from '@cg/web/data-access';
import { toActivityInput } from '../quick-activity-form/quick-activity-form';
import { NO_ACTIVITY_CHOICES } from '@cg/web/sections';
import { loggingOrganisation } from './project-page';

const project = {
  participants: [
    { id: 'p1', role: PartnerRole.LEAD, cashContribution: 0, inKindContribution: 0, contributionNotes: null, organisation: { id: 'org-a', name: 'Alpha', sector: Sector.PUBLIC } },
  ],
};

function user(role: OrganisationRole, organisationId: string, isInstanceAdmin = false): SessionUser {
  return { id: 'u', email: 'u@example.org', name: 'U', isInstanceAdmin, memberships: [{ organisationId, role }] } as SessionUser;
}

describe('loggingOrganisation', () => {
  it('logs for the person’s own organisation when it takes part', () => {
    expect(loggingOrganisation(user(OrganisationRole.COORDINATOR, 'org-a'), project)).toBe('org-a');
  });

  it('does not offer logging to viewers or to organisations not taking part', () => {
    expect(loggingOrganisation(user(OrganisationRole.VIEWER, 'org-a'), project)).toBeUndefined();
    expect(loggingOrganisation(user(OrganisationRole.COORDINATOR, 'org-z'), project)).toBeUndefined();
    expect(loggingOrganisation(undefined, project)).toBeUndefined();
  });

  it('lets an instance admin log without an organisation', () => {
    expect(loggingOrganisation(user(OrganisationRole.VIEWER, 'org-z', true), project)).toBeNull();
  });
});

describe('toActivityInput', () => {
  it('sends the day as an ISO date, trims text and leaves empty notes out', () => {
    expect(
      toActivityInput(
        'proj',
        'org-a',
        { date: new Date(2026, 10, 3), kind: ActivityKind.WORKSHOP, title: '  Co-design  ', notes: '  ', attendance: 12 },
        { organisations: [{ id: 'org-a', label: 'Alpha' }], people: [{ id: 'person-1', label: 'Rhys' }], place: { id: 'ward-1', label: 'Millbrook' } },
      ),
    ).toEqual({
      projectId: 'proj',
      ownerOrganisationId: 'org-a',
      date: '2026-11-03',
      kind: ActivityKind.WORKSHOP,
      title: 'Co-design',
      notes: null,
      attendance: 12,
      placeId: 'ward-1',
      organisationIds: ['org-a'],
      personIds: ['person-1'],
    });
  });

  it('leaves the owner out when there is none', () => {
    const input = toActivityInput('proj', null, { date: null, kind: null, title: 'Note', notes: '', attendance: null }, NO_ACTIVITY_CHOICES);
    expect(input).not.toHaveProperty('ownerOrganisationId');
    expect(input.kind).toBe(ActivityKind.MEETING);
    expect(input.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(input.placeId).toBeNull();
  });
});
