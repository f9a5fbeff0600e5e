import { Sector } from '@cg/shared/domain';
import { OrganisationRole, PartnerRole, PartnershipMember, SessionUser } from '@cg/web/data-access';
import { canManageMembers, closedMeasuresNote, sortMembers } from './partnership-page';

function member(id: string, name: string, role: PartnerRole, toDate: string | null = null): PartnershipMember {
  return {
    id,
    version: 1,
    role,
    fromDate: null,
    toDate,
    decisionSeat: false,
    cashContribution: 0,
    inKindContribution: 0,
    inKindDescription: null,
    organisation: { id: `org-${id}`, name, sector: Sector.VOLUNTARY_AND_COMMUNITY },
  };
}

function user(role: OrganisationRole, organisationId: string, isInstanceAdmin = false): SessionUser {
  return { id: 'u', email: 'u@example.org', name: 'U', isInstanceAdmin, memberships: [{ organisationId, role }] } as SessionUser;
}

describe('canManageMembers', () => {
  const partnership = { members: [member('a', 'Alpha', PartnerRole.CO_LEAD), member('b', 'Beta', PartnerRole.CORE_MEMBER), member('c', 'Gamma', PartnerRole.LEAD, '2025-01-01')] };

  it('lets people at a current lead or co-lead organisation manage members', () => {
    expect(canManageMembers(user(OrganisationRole.ORG_ADMIN, 'org-a'), partnership)).toBe(true);
    expect(canManageMembers(user(OrganisationRole.COORDINATOR, 'org-a'), partnership)).toBe(true);
  });

  it('does not offer it to viewers, ordinary members, former leads or anyone signed out', () => {
    expect(canManageMembers(user(OrganisationRole.VIEWER, 'org-a'), partnership)).toBe(false);
    expect(canManageMembers(user(OrganisationRole.ORG_ADMIN, 'org-b'), partnership)).toBe(false);
    expect(canManageMembers(user(OrganisationRole.ORG_ADMIN, 'org-c'), partnership)).toBe(false);
    expect(canManageMembers(null, partnership)).toBe(false);
  });

  it('lets instance admins manage any partnership', () => {
    expect(canManageMembers(user(OrganisationRole.VIEWER, 'elsewhere', true), partnership)).toBe(true);
  });
});

describe('sortMembers', () => {
  it('puts current members first, leads before others, then by name', () => {
    const sorted = sortMembers([
      member('1', 'Zeta', PartnerRole.CORE_MEMBER),
      member('2', 'Old Lead', PartnerRole.LEAD, '2024-01-01'),
      member('3', 'Beta', PartnerRole.CO_LEAD),
      member('4', 'Alpha', PartnerRole.CORE_MEMBER),
      member('5', 'Main', PartnerRole.LEAD),
    ]);
    expect(sorted.map((m) => m.organisation.name)).toEqual(['Main', 'Beta', 'Alpha', 'Zeta', 'Old Lead']);
  });
});

describe('closedMeasuresNote', () => {
  it('says a closed partnership is measured as it stood when it closed, with the day in UK style', () => {
    expect(closedMeasuresNote({ status: 'CLOSED', endDate: '2023-12-31' })).toBe(
      'This partnership has closed on 31/12/2023. The measures show it as it stood when it closed, with the members it had then.',
    );
    expect(closedMeasuresNote({ status: 'CLOSED', endDate: null })).toMatch(/^This partnership has closed\. /);
    expect(closedMeasuresNote({ status: 'ACTIVE', endDate: '2023-12-31' })).toBeNull();
  });
});
