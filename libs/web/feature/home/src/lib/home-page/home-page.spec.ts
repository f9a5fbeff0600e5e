import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Sector } from '@cg/shared/domain';
import {
  ActivityKind,
  DashboardDetailsDocument,
  DashboardDetailsQuery,
  DashboardOrganisationDocument,
  DashboardOrganisationQuery,
  FundingStatus,
  InstanceAttentionDocument,
  OrganisationRole,
  OrganisationType,
  OutcomeStatus,
  OverviewDocument,
  SurveyTasksDocument,
  PartnerRole,
  PartnershipStatus,
  ProjectStatus,
  SessionStore,
  SessionUser,
  TieKind,
} from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { HomePage } from './home-page';

const FUNDER = 'org-funder';

function organisation(): DashboardOrganisationQuery {
  return {
    organisation: {
      __typename: 'Organisation',
      id: FUNDER,
      name: 'Fenwick Arts Endowment',
      type: OrganisationType.FUNDER,
      sector: Sector.FUNDER,
      partnerCount: 2,
      fundingReceivedTotal: 0,
      fundingGivenTotal: 426_894.8,
      ties: [
        { __typename: 'OrganisationTie', kind: TieKind.FUNDING, viaId: 'f1', organisation: { __typename: 'Organisation', id: 'o-2', name: 'Fenwick Bakery Ltd', sector: Sector.PRIVATE } },
        { __typename: 'OrganisationTie', kind: TieKind.CO_MEMBERSHIP, viaId: 'p1', organisation: { __typename: 'Organisation', id: 'o-3', name: 'Fenwick College', sector: Sector.ACADEMIC } },
      ],
      memberships: [
        {
          __typename: 'Membership',
          id: 'm1',
          role: PartnerRole.FUNDER,
          toDate: null,
          partnership: { __typename: 'Partnership', id: 'p1', name: 'Sports Network Fenwick', status: PartnershipStatus.ACTIVE, memberCount: 9 },
        },
      ],
      projects: [
        { __typename: 'ProjectParticipant', id: 'pp1', role: PartnerRole.FUNDER, project: { __typename: 'Project', id: 'pr1', name: 'Goose Green Lunch Club', status: ProjectStatus.ACTIVE } },
      ],
    },
  } as DashboardOrganisationQuery;
}

function details(): DashboardDetailsQuery {
  return {
    outcomesAtRisk: {
      __typename: 'OutcomeConnection',
      totalCount: 1,
      nodes: [
        {
          __typename: 'Outcome',
          id: 'oc1',
          title: 'Green spaces are cared for',
          status: OutcomeStatus.OFF_TRACK,
          ownerPartnership: null,
          ownerProject: { __typename: 'Project', id: 'pr1', name: 'Goose Green Lunch Club' },
        },
      ],
    },
    recentActivities: {
      __typename: 'ActivityConnection',
      totalCount: 1,
      nodes: [
        {
          __typename: 'Activity',
          id: 'a1',
          date: '2026-11-13',
          kind: ActivityKind.WORKSHOP,
          title: 'Safeguarding training',
          attendance: 27,
          project: null,
          partnership: { __typename: 'Partnership', id: 'p1', name: 'Sports Network Fenwick' },
        },
      ],
    },
    fundedPartnerships: {
      __typename: 'PartnershipConnection',
      totalCount: 1,
      nodes: [{ __typename: 'Partnership', id: 'p1', name: 'Sports Network Fenwick', status: PartnershipStatus.ACTIVE, fundingTotal: 69_500 }],
    },
    fundings: {
      __typename: 'FundingConnection',
      totalCount: 1,
      nodes: [
        {
          __typename: 'Funding',
          id: 'f1',
          amount: 150_000,
          status: FundingStatus.PAID,
          type: 'GRANT',
          programme: null,
          awardDate: '2025-04-01',
          funder: { __typename: 'Organisation', id: FUNDER, name: 'Fenwick Arts Endowment' },
          recipientOrganisation: { __typename: 'Organisation', id: 'o-4', name: 'Fenwick Residents Association' },
          recipientPartnership: null,
          recipientProject: null,
        },
      ],
    },
  } as DashboardDetailsQuery;
}

function overview() {
  return {
    overview: {
      __typename: 'Overview',
      organisationCount: 160,
      organisationsBySector: [{ __typename: 'SectorCount', sector: Sector.PUBLIC, count: 160 }],
      livePartnershipCount: 20,
      liveProjectCount: 40,
      recentActivityCount: 12,
      fundingTotal: 1_000_000,
    },
  };
}

describe('HomePage (dashboard)', () => {
  // The first test compiles the whole dashboard (now with its survey tasks): over 5 s on a busy machine.
  jest.setTimeout(20_000);
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** A table's rows as cell texts joined with " | ". */
  const rows = (selector: string) =>
    Array.from(page().querySelectorAll(`${selector} tbody tr`), (tr) =>
      Array.from(tr.children, (cell) => cell.textContent?.trim()).join(' | '),
    );

  async function open(user: Partial<SessionUser>, surveyTasks: unknown[] = []) {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([{ path: '', component: HomePage }])],
    });
    apollo = TestBed.inject(ApolloTestingController);
    const session = TestBed.inject(SessionStore) as unknown as { current: { set(u: unknown): void } };
    session.current.set({ id: 'u1', email: 'x@y.z', name: 'Grace', isInstanceAdmin: false, memberships: [], ...user });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    // The survey tasks ask on their own; none unless a test says otherwise.
    apollo.expectOne(SurveyTasksDocument).flushData({ surveyTasks });
  }

  // The suggested-partners panel loads on its own (libs/web/suggestions, tested there).
  afterEach(() => {
    apollo.match('PartnerSuggestions');
    apollo.verify();
  });

  it('shows a funder its partnerships with amounts, outcomes at risk, activity, partners and the instance figures', async () => {
    await open({ memberships: [{ organisationId: FUNDER, role: OrganisationRole.ORG_ADMIN }] } as Partial<SessionUser>);
    apollo.expectOne(OverviewDocument).flushData(overview());
    const first = apollo.expectOne(DashboardOrganisationDocument);
    expect(first.operation.variables).toEqual({ id: FUNDER });
    first.flushData(organisation());
    await harness.fixture.whenStable();
    const second = apollo.expectOne(DashboardDetailsDocument);
    expect(second.operation.variables['organisationId']).toBe(FUNDER);
    second.flushData(details());
    await harness.fixture.whenStable();

    expect(text('[data-testid="dashboard-organisation"]')).toBe('Fenwick Arts Endowment');
    expect(rows('[data-testid="funded-partnerships"]')).toEqual(['Sports Network Fenwick | Active | £69,500']);
    expect(page().querySelector('[data-testid="funded-partnerships"] a')?.getAttribute('href')).toBe('/partnerships/p1');
    expect(rows('[data-testid="funding-lines"]')).toEqual([
      'Fenwick Arts Endowment | Fenwick Residents Association | 01/04/2025 | Paid | £150,000',
    ]);
    expect(page().querySelector('[data-testid="outcomes-at-risk"] a')?.getAttribute('href')).toBe('/outcomes/oc1');
    expect(text('[data-testid="outcomes-at-risk"]')).toContain('Off track');
    expect(text('[data-testid="recent-activity"]')).toContain('13/11/2026 · Workshop · 27 people · Sports Network Fenwick');
    expect(text('[data-testid="my-partners"]')).toContain('Fenwick Bakery Ltd funding');
    expect(text('[data-testid="my-projects"]')).toContain('Goose Green Lunch Club');
    expect(text('[data-testid="organisation-count"]')).toBe('160');
  });

  it('asks an invited organisation’s admin to answer a survey round by its closing date', async () => {
    const task = {
      __typename: 'SurveyTask',
      roundId: 'r1',
      partnershipId: 'p1',
      partnershipName: 'Sports Network Fenwick',
      organisationId: FUNDER,
      organisationName: 'Fenwick Arts Endowment',
      closesOn: '2026-12-31',
    };
    await open({ isInstanceAdmin: true, memberships: [] }, [task]);
    apollo.expectOne(OverviewDocument).flushData(overview());
    apollo.expectOne(InstanceAttentionDocument).flushData({
      outcomesAtRisk: { __typename: 'OutcomeConnection', totalCount: 0, nodes: [] },
      recentActivities: { __typename: 'ActivityConnection', totalCount: 0, nodes: [] },
    });
    await harness.fixture.whenStable();
    expect(text('[data-testid="survey-task"]')).toBe('Answer the survey for Sports Network Fenwick by 31/12/2026');
    expect(page().querySelector('[data-testid="survey-task"] a')?.getAttribute('href')).toBe(`/network-map/ratings?organisation=${FUNDER}&round=r1`);
  });

  it('shows an instance admin without an organisation the whole instance', async () => {
    await open({ isInstanceAdmin: true, memberships: [] });
    apollo.expectOne(OverviewDocument).flushData(overview());
    apollo.expectOne(InstanceAttentionDocument).flushData({
      outcomesAtRisk: { __typename: 'OutcomeConnection', totalCount: 0, nodes: [] },
      recentActivities: { __typename: 'ActivityConnection', totalCount: 0, nodes: [] },
    });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="dashboard-organisation"]')).toBeNull();
    expect(text('[data-testid="outcomes-at-risk"]')).toContain('No outcomes are behind plan');
    expect(text('[data-testid="organisation-count"]')).toBe('160');
    expect(page().textContent).toContain('Organisations by sector');
  });

  it('says so when the organisation cannot be loaded, and tries again', async () => {
    await open({ memberships: [{ organisationId: FUNDER, role: OrganisationRole.VIEWER }] } as Partial<SessionUser>);
    apollo.expectOne(OverviewDocument).flushData(overview());
    apollo.expectOne(DashboardOrganisationDocument).networkError(new Error('Failed to fetch'));
    await harness.fixture.whenStable();
    expect(text('[role="alert"]')).toContain('We could not reach the server');
    page().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await harness.fixture.whenStable();
    apollo.expectOne(DashboardOrganisationDocument).flushData(organisation());
    await harness.fixture.whenStable();
    apollo.expectOne(DashboardDetailsDocument).flushData(details());
    await harness.fixture.whenStable();
    expect(text('[data-testid="dashboard-organisation"]')).toBe('Fenwick Arts Endowment');
  });
});
