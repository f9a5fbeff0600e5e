import { Sector } from '@cg/shared/domain';
import { FundingStatus, FundingType, OutcomeStatus, TieKind } from '../../generated/graphql';
import { DashboardFunding, DashboardOrganisation, dashboardFilters, toFundingLines, toPartners } from './dashboard.store';

type Tie = DashboardOrganisation['ties'][number];

function tie(kind: TieKind, viaId: string, id: string, name: string): Tie {
  return { __typename: 'OrganisationTie', kind, viaId, organisation: { __typename: 'Organisation', id, name, sector: Sector.PUBLIC } } as Tie;
}

function organisation(overrides: Partial<DashboardOrganisation> = {}): DashboardOrganisation {
  return {
    __typename: 'Organisation',
    id: 'org-1',
    name: 'Fenwick Refugee Trust',
    memberships: [
      { id: 'm1', toDate: null, partnership: { id: 'p-1' } },
      { id: 'm2', toDate: '2024-01-01', partnership: { id: 'p-old' } },
    ],
    projects: [{ id: 'pp1', project: { id: 'pr-1' } }],
    ties: [],
    ...overrides,
  } as unknown as DashboardOrganisation;
}

describe('toPartners', () => {
  it('merges ties into one line per partner, most linked first, then by name', () => {
    const partners = toPartners([
      tie(TieKind.CO_MEMBERSHIP, 'p-1', 'b', 'Bakery'),
      tie(TieKind.JOINT_PROJECT, 'pr-1', 'b', 'Bakery'),
      tie(TieKind.CO_MEMBERSHIP, 'p-2', 'b', 'Bakery'),
      tie(TieKind.RELATIONSHIP, 'r-1', 'a', 'Arts Endowment'),
      tie(TieKind.CO_MEMBERSHIP, 'p-1', 'c', 'College'),
    ]);
    expect(partners.map((p) => [p.name, p.links, p.kinds])).toEqual([
      ['Bakery', 3, [TieKind.CO_MEMBERSHIP, TieKind.JOINT_PROJECT]],
      ['Arts Endowment', 1, [TieKind.RELATIONSHIP]],
      ['College', 1, [TieKind.CO_MEMBERSHIP]],
    ]);
  });
});

describe('dashboardFilters', () => {
  it('asks for outcomes behind plan owned by current partnerships or projects', () => {
    expect(dashboardFilters(organisation()).outcomeFilter).toEqual({
      and: [
        { status: { in: [OutcomeStatus.OFF_TRACK, OutcomeStatus.AT_RISK] } },
        { or: [{ ownerPartnership: { in: ['p-1'] } }, { ownerProject: { in: ['pr-1'] } }] },
      ],
    });
  });

  it('asks for funding it gave or received, directly or through its partnerships and projects', () => {
    expect(dashboardFilters(organisation()).fundingFilter).toEqual({
      or: [
        { funder: { eq: 'org-1' } },
        { recipientOrganisation: { eq: 'org-1' } },
        { recipientPartnership: { in: ['p-1'] } },
        { recipientProject: { in: ['pr-1'] } },
      ],
    });
  });

  it('asks for activity in its projects and partnerships, or involving it', () => {
    expect(dashboardFilters(organisation()).activityFilter).toEqual({
      or: [{ project: { in: ['pr-1'] } }, { partnership: { in: ['p-1'] } }, { organisationInvolved: { eq: 'org-1' } }],
    });
  });
});

describe('toFundingLines', () => {
  const base = {
    __typename: 'Funding',
    status: FundingStatus.PAID,
    type: FundingType.GRANT,
    programme: null,
    awardDate: '2025-04-01',
    recipientOrganisation: null,
    recipientPartnership: null,
    recipientProject: null,
  };

  it('links each grant to the partnership, project or organisation that got it', () => {
    const lines = toFundingLines(
      [
        { ...base, id: 'f1', amount: 69500, funder: { id: 'org-1', name: 'Us' }, recipientPartnership: { id: 'p-1', name: 'Sports Network' } },
        { ...base, id: 'f2', amount: 500, funder: { id: 'org-1', name: 'Us' }, recipientProject: { id: 'pr-1', name: 'Lunch Club' } },
        { ...base, id: 'f3', amount: 10, funder: { id: 'org-1', name: 'Us' }, recipientOrganisation: { id: 'o-2', name: 'Bakery' } },
      ] as unknown as DashboardFunding[],
      'org-1',
    );
    expect(lines.map((l) => [l.direction, l.to?.link])).toEqual([
      ['given', ['/partnerships', 'p-1']],
      ['given', ['/projects', 'pr-1']],
      ['given', ['/organisations', 'o-2']],
    ]);
  });

  it('links funding received to the funder', () => {
    const [line] = toFundingLines(
      [{ ...base, id: 'f4', amount: 1000, funder: { id: 'f-9', name: 'Arts Endowment' }, recipientOrganisation: { id: 'org-1', name: 'Us' } }] as unknown as DashboardFunding[],
      'org-1',
    );
    expect(line).toMatchObject({
      direction: 'received',
      amount: 1000,
      from: { name: 'Arts Endowment', link: ['/organisations', 'f-9'] },
      to: { name: 'Us', link: ['/organisations', 'org-1'] },
    });
  });
});
