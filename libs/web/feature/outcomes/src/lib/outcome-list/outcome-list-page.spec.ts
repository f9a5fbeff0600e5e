import { TestBed } from '@angular/core/testing';
import { convertToParamMap, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  EMPTY_OUTCOME_LIST_QUERY,
  OutcomeDefiner,
  OutcomeListDocument,
  OutcomeListQuery,
  OutcomeOwnerOptionsDocument,
  OutcomeStatus,
} from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { parseOutcomeListQuery, toOutcomeQueryParams } from '../outcome-list-query';
import { OutcomeListPage, indicatorSummary } from './outcome-list-page';

type Row = OutcomeListQuery['outcomes']['nodes'][number];

function row(id: string, title: string, overrides: Partial<Row> = {}): Row {
  return {
    __typename: 'Outcome',
    id,
    title,
    definedBy: OutcomeDefiner.COMMUNITY,
    coProduced: true,
    status: OutcomeStatus.OFF_TRACK,
    missions: [],
    ownerPartnership: { __typename: 'Partnership', id: 'p1', name: 'Sports Network Fenwick' },
    ownerProject: null,
    indicators: [
      { __typename: 'Indicator', id: `${id}-a`, status: OutcomeStatus.OFF_TRACK },
      { __typename: 'Indicator', id: `${id}-b`, status: OutcomeStatus.ON_TRACK },
    ],
    ...overrides,
  } as Row;
}

function list(rows: Row[], totalCount = rows.length): OutcomeListQuery {
  return {
    outcomes: {
      __typename: 'OutcomeConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      nodes: rows,
    },
  } as OutcomeListQuery;
}

describe('outcome list query', () => {
  it('reads filters from the URL and ignores unknown values', () => {
    const query = parseOutcomeListQuery(
      convertToParamMap({ q: 'green', status: 'OFF_TRACK', definedBy: 'NOPE', mission: 'HEALTH', owner: 'mine', page: '2', after: 'c' }),
    );
    expect(query).toMatchObject({ search: 'green', status: 'OFF_TRACK', definedBy: null, mission: 'HEALTH', owner: 'mine', page: 2 });
    expect(toOutcomeQueryParams(EMPTY_OUTCOME_LIST_QUERY)).toEqual({
      q: null,
      status: null,
      definedBy: null,
      mission: null,
      owner: null,
      sort: null,
      page: null,
      after: null,
      before: null,
    });
  });

  it('sums up indicators by status, worst first', () => {
    expect(indicatorSummary(row('o1', 'A'))).toBe('2 indicators: 1 off track, 1 on track');
    expect(indicatorSummary(row('o2', 'B', { indicators: [] }))).toBe('No indicators');
  });
});

describe('OutcomeListPage', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;
  const page = () => harness.routeNativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([{ path: 'outcomes', component: OutcomeListPage }])],
    });
    apollo = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => apollo.verify());

  it('lists outcomes with their progress in words and links to each', async () => {
    await harness.navigateByUrl('/outcomes');
    apollo.expectOne(OutcomeOwnerOptionsDocument).flushData({ partnerships: { __typename: 'PartnershipConnection', nodes: [] } });
    apollo.expectOne(OutcomeListDocument).flushData(list([row('o1', 'Green spaces are cared for')], 1));
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="results-summary"]')?.textContent).toContain('Showing 1–1 of 1 outcome');
    expect(page().textContent).toContain('Off track');
    expect(page().querySelector('a[href="/outcomes/o1"]')?.textContent).toContain('Green spaces are cared for');
  });

  it('offers to clear filters when nothing matches', async () => {
    await harness.navigateByUrl('/outcomes?q=zzzz');
    apollo.expectOne(OutcomeOwnerOptionsDocument).flushData({ partnerships: { __typename: 'PartnershipConnection', nodes: [] } });
    const request = apollo.expectOne(OutcomeListDocument);
    expect(request.operation.variables['filter']).toEqual({ title: { contains: 'zzzz' } });
    request.flushData(list([], 0));
    await harness.fixture.whenStable();
    expect(page().textContent).toContain('No outcomes match “zzzz”');
    expect(Array.from(page().querySelectorAll('button')).some((b) => b.textContent?.includes('Clear filters'))).toBe(true);
  });
});
