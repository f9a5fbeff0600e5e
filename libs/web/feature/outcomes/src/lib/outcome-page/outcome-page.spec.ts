import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  IndicatorDirection,
  OrganisationRole,
  OutcomeDefiner,
  OutcomeDetailDocument,
  OutcomeDetailQuery,
  OutcomeStatus,
  RecordMeasurementDocument,
  SessionStore,
  SessionUser,
  PartnerRole,
  Visibility,
} from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { LINE_CHART_RENDERER } from '@cg/web/ui';
import { OutcomePage } from './outcome-page';

type Outcome = OutcomeDetailQuery['outcome'];

function outcome(readings: { id: string; value: number; date: string }[] = [{ id: 'm1', value: 50, date: '2026-09-01' }]): OutcomeDetailQuery {
  return {
    outcome: {
      __typename: 'Outcome',
      id: 'o1',
      version: 1,
      archivedAt: null,
      visibility: Visibility.PUBLIC,
      ownerOrganisationId: null,
      ownerPartnershipId: 'p1',
      ownerProjectId: null,
      title: 'More people in Fenwick are physically active',
      description: 'Residents find a way to move more.',
      definedBy: OutcomeDefiner.COMMUNITY,
      coProduced: true,
      missions: ['HEALTH'],
      status: OutcomeStatus.ON_TRACK,
      ownerPartnership: {
        __typename: 'Partnership',
        id: 'p1',
        name: 'Sports Network Fenwick',
        ownerOrganisationId: null,
        members: [{ __typename: 'Membership', id: 'mm1', organisationId: 'org-1', role: PartnerRole.CORE_MEMBER, toDate: null }],
      },
      ownerProject: null,
      contributors: [{ __typename: 'Organisation', id: 'org-1', name: 'Fenwick Refugee Trust' }],
      indicators: [
        {
          __typename: 'Indicator',
          id: 'i1',
          version: 1,
          name: 'Regular participants',
          unit: 'people',
          direction: IndicatorDirection.INCREASE,
          baselineValue: 38,
          baselineDate: '2024-09-01',
          targetValue: 59,
          targetDate: '2028-10-01',
          source: null,
          status: OutcomeStatus.ON_TRACK,
          progress: { __typename: 'IndicatorProgress', raw: 0.57, display: 0.57 },
          measurements: readings.map((r) => ({ __typename: 'Measurement', version: 1, note: null, source: null, ...r })),
        },
      ],
      stories: [
        {
          __typename: 'Story',
          id: 's1',
          version: 1,
          title: 'Finding my feet again',
          body: 'Mohammed now helps run the sessions.',
          quote: null,
          attribution: 'A parent in Fenwick',
          date: '2025-06-01',
          consentGiven: true,
          consentDate: '2025-05-21',
        },
      ],
    } as Outcome,
  } as OutcomeDetailQuery;
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('OutcomePage', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;
  const drawn: unknown[] = [];
  const page = () => harness.routeNativeElement as HTMLElement;

  async function open(role: OrganisationRole | null) {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([{ path: 'outcomes/:id', component: OutcomePage }], withComponentInputBinding()),
        {
          provide: LINE_CHART_RENDERER,
          useValue: async (_canvas: HTMLCanvasElement, config: unknown) => {
            drawn.push(config);
            return { update: (next: unknown) => drawn.push(next), destroy: () => undefined };
          },
        },
      ],
    });
    apollo = TestBed.inject(ApolloTestingController);
    const session = TestBed.inject(SessionStore);
    const user = {
      id: 'u1',
      email: 'rhys@example.org',
      name: 'Rhys',
      isInstanceAdmin: false,
      memberships: role ? [{ organisationId: 'org-1', role }] : [],
    } as unknown as SessionUser;
    (session as unknown as { current: { set(u: SessionUser): void } }).current.set(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/outcomes/o1');
  }

  beforeEach(() => (drawn.length = 0));
  afterEach(() => apollo.verify());

  it('shows who defined and owns the outcome, its indicator in words, and stories with consent', async () => {
    await open(OrganisationRole.VIEWER);
    apollo.expectOne(OutcomeDetailDocument).flushData(outcome());
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toContain('More people in Fenwick are physically active');
    expect(page().querySelector('[data-testid="outcome-owner"] a')?.getAttribute('href')).toBe('/partnerships/p1');
    expect(page().querySelector('[data-testid="outcome-defined-by"]')?.textContent).toContain(
      'The community, co-produced with the people it affects',
    );
    expect(page().querySelector('[data-testid="chart-summary"]')?.textContent).toContain(
      'Latest 50 people on 01/09/2026, target 59 people by 01/10/2028, on track.',
    );
    expect(page().querySelector('[data-testid="indicator-progress"]')?.textContent).toContain('57% of the way');
    expect(page().querySelector('[data-testid="stories"]')?.textContent).toContain('Shared with consent given on 21/05/2025');
    expect(page().querySelector('canvas')?.getAttribute('role')).toBe('img');
    // A viewer reads, and is told who can add.
    expect(page().querySelector('[data-testid="read-only-note"]')).not.toBeNull();
    expect(page().querySelector('cg-record-measurement-form')).toBeNull();
    expect(drawn.length).toBeGreaterThan(0);
  });

  it('lets a coordinator record a reading, and shows the new point once the outcome comes back', async () => {
    await open(OrganisationRole.COORDINATOR);
    apollo.expectOne(OutcomeDetailDocument).flushData(outcome());
    await harness.fixture.whenStable();

    const toggle = Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.includes('Record a reading'));
    toggle?.click();
    await harness.fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const value = page().querySelector<HTMLInputElement>('[data-testid="measurement-value"]');
    if (!value) throw new Error('no value field');
    value.value = '55';
    value.dispatchEvent(new Event('input'));
    page().querySelector<HTMLFormElement>('cg-record-measurement-form form')?.dispatchEvent(new Event('submit'));
    await settle();

    const mutation = apollo.expectOne(RecordMeasurementDocument);
    expect(mutation.operation.variables['input']).toMatchObject({ indicatorId: 'i1', value: 55 });
    expect(mutation.operation.variables['input'].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    mutation.flushData({
      recordMeasurement: { __typename: 'Measurement', id: 'm2', indicatorId: 'i1', value: 55, date: '2026-11-23', note: null },
    });
    await settle();
    apollo.expectOne(OutcomeDetailDocument).flushData(
      outcome([
        { id: 'm1', value: 50, date: '2026-09-01' },
        { id: 'm2', value: 55, date: '2026-11-23' },
      ]),
    );
    await settle();
    await harness.fixture.whenStable();

    expect(page().querySelector('[data-testid="chart-summary"]')?.textContent).toContain('Latest 55 people on 23/11/2026');
    expect(page().querySelector('[data-testid="readings-table"] tbody tr')?.textContent).toContain('23/11/2026');
    expect(page().querySelector('[data-testid="measurement-saved"]')?.textContent).toContain('Reading of 55 people');
  });

  it('says in plain words when the server refuses the reading', async () => {
    await open(OrganisationRole.COORDINATOR);
    apollo.expectOne(OutcomeDetailDocument).flushData(outcome());
    await harness.fixture.whenStable();
    const value = page().querySelector<HTMLInputElement>('[data-testid="measurement-value"]');
    if (!value) throw new Error('no value field');
    value.value = '55';
    value.dispatchEvent(new Event('input'));
    page().querySelector<HTMLFormElement>('cg-record-measurement-form form')?.dispatchEvent(new Event('submit'));
    await settle();
    apollo
      .expectOne(RecordMeasurementDocument)
      .graphqlErrors([new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })]);
    await settle();
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="form-problem"]')?.textContent).toContain('You do not have permission');
  });

  it('says when the outcome does not exist', async () => {
    await open(null);
    apollo.expectOne(OutcomeDetailDocument).graphqlErrors([new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })]);
    await settle();
    await harness.fixture.whenStable();
    expect(page().querySelector('h1')?.textContent).toContain('Outcome not found');
  });
});
