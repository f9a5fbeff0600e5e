import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Sector } from '@cg/shared/domain';
import {
  LocalAuthoritiesDocument,
  LocalAuthoritiesQuery,
  OrganisationDirectoryDocument,
  OrganisationDirectoryQuery,
  OrganisationSortField,
  OrganisationType,
  SortDirection,
} from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { OrganisationDirectoryPage, SEARCH_DEBOUNCE_MS } from './organisation-directory-page';

type Row = OrganisationDirectoryQuery['organisations']['nodes'][number];

function row(id: string, name: string, overrides: Partial<Row> = {}): Row {
  return {
    __typename: 'Organisation',
    id,
    name,
    type: OrganisationType.CHARITY,
    sector: Sector.VOLUNTARY_AND_COMMUNITY,
    postcode: 'LE1 1AA',
    homePlace: { __typename: 'Place', id: 'la-1', name: 'Wyvern Vale' },
    ...overrides,
  } as Row;
}

function directoryResponse(
  nodes: Row[],
  totalCount = nodes.length,
  pageInfo: Partial<OrganisationDirectoryQuery['organisations']['pageInfo']> = {},
): OrganisationDirectoryQuery {
  return {
    organisations: {
      __typename: 'OrganisationConnection',
      totalCount,
      pageInfo: {
        __typename: 'PageInfo',
        startCursor: nodes.length ? 'start' : null,
        endCursor: nodes.length ? 'end' : null,
        hasNextPage: false,
        hasPreviousPage: false,
        ...pageInfo,
      },
      nodes,
    },
  } as OrganisationDirectoryQuery;
}

const PLACES = {
  places: {
    __typename: 'PlaceConnection',
    nodes: [
      { __typename: 'Place', id: 'la-1', name: 'Wyvern Vale' },
      { __typename: 'Place', id: 'la-2', name: 'Oakham' },
    ],
  },
} as LocalAuthoritiesQuery;

describe('OrganisationDirectoryPage', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const url = () => TestBed.inject(Router).url;

  async function open(path: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    apollo = TestBed.inject(ApolloTestingController);
    await harness.navigateByUrl(path, OrganisationDirectoryPage);
    apollo.expectOne(LocalAuthoritiesDocument).flushData(PLACES);
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter(
          [
            { path: 'organisations', component: OrganisationDirectoryPage },
            { path: 'organisations/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
  });

  afterEach(() => apollo.verify());

  it('shows a row per organisation, each linking to its profile, with the range shown', async () => {
    await open('/organisations');
    apollo
      .expectOne(OrganisationDirectoryDocument)
      .flushData(directoryResponse([row('o1', 'Wyvernshire Cares'), row('o2', 'Oakham Food Bank')], 160, { hasNextPage: true }));
    await harness.fixture.whenStable();

    const links = Array.from(page().querySelectorAll<HTMLAnchorElement>('.results a'), (a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Wyvernshire Cares', '/organisations/o1'],
      ['Oakham Food Bank', '/organisations/o2'],
    ]);
    expect(page().querySelector('[data-testid="results-summary"]')?.textContent).toContain('Showing 1–2 of 160 organisations');
    expect(page().textContent).toContain('Charity');
    expect(page().textContent).toContain('Voluntary and community');
  });

  it('turns the URL query string into the query variables', async () => {
    await open('/organisations?q=leics%20cares&type=CHARITY&sector=PUBLIC&place=la-2&sort=recent&page=3&after=abc');
    const op = apollo.expectOne(OrganisationDirectoryDocument);
    expect(op.operation.variables).toEqual({
      first: 25,
      after: 'abc',
      search: 'leics cares',
      filter: { and: [{ type: { eq: 'CHARITY' } }, { sector: { eq: 'PUBLIC' } }, { withinPlace: { eq: 'la-2' } }] },
      sort: [
        { field: OrganisationSortField.CREATED_AT, direction: SortDirection.DESC },
        { field: OrganisationSortField.NAME, direction: SortDirection.ASC },
      ],
    });
    op.flushData(directoryResponse([row('o1', 'Leicestershire Cares')], 51));
    await harness.fixture.whenStable();

    expect(page().querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('leics cares');
    expect(page().querySelector('[data-testid="results-summary"]')?.textContent).toContain('Showing 51–51 of 51 organisation');
  });

  it('ignores values in the URL it does not know, and sorts by name by default', async () => {
    await open('/organisations?type=SPACESHIP&sort=random');
    const op = apollo.expectOne(OrganisationDirectoryDocument);
    expect(op.operation.variables).toEqual({
      first: 25,
      sort: [{ field: OrganisationSortField.NAME, direction: SortDirection.ASC }],
    });
    op.flushData(directoryResponse([]));
  });

  it('says what matched nothing and offers to clear the filters', async () => {
    await open('/organisations?q=zzz&type=FUNDER');
    apollo.expectOne(OrganisationDirectoryDocument).flushData(directoryResponse([]));
    await harness.fixture.whenStable();

    expect(page().textContent).toContain('No organisations match “zzz” with these filters: funder.');
    const clear = Array.from(page().querySelectorAll<HTMLButtonElement>('cg-empty-state button')).find((b) =>
      b.textContent?.includes('Clear filters'),
    );
    clear?.click();
    await harness.fixture.whenStable();

    expect(url()).toBe('/organisations');
    apollo.expectOne(OrganisationDirectoryDocument).flushData(directoryResponse([row('o1', 'Anyone')]));
  });

  it('searches once typing pauses, keeping the search in the URL', async () => {
    await open('/organisations');
    apollo.expectOne(OrganisationDirectoryDocument).flushData(directoryResponse([row('o1', 'Anyone')]));
    await harness.fixture.whenStable();

    const input = page().querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
    for (const text of ['o', 'oa', 'oak']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await harness.fixture.whenStable();

    expect(url()).toBe('/organisations?q=oak');
    const op = apollo.expectOne(OrganisationDirectoryDocument);
    expect(op.operation.variables['search']).toBe('oak');
    op.flushData(directoryResponse([row('o2', 'Oakham Food Bank')]));
  });

  it('pages forwards with the end cursor and counts on', async () => {
    await open('/organisations');
    apollo
      .expectOne(OrganisationDirectoryDocument)
      .flushData(directoryResponse([row('o1', 'A')], 30, { endCursor: 'cursor-25', hasNextPage: true }));
    await harness.fixture.whenStable();

    const next = Array.from(page().querySelectorAll<HTMLButtonElement>('nav button')).find((b) => b.textContent?.includes('Next'));
    next?.click();
    await harness.fixture.whenStable();

    expect(url()).toBe('/organisations?page=2&after=cursor-25');
    const op = apollo.expectOne(OrganisationDirectoryDocument);
    expect(op.operation.variables).toMatchObject({ first: 25, after: 'cursor-25' });
    op.flushData(directoryResponse([row('o26', 'Z')], 30, { hasPreviousPage: true }));
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="results-summary"]')?.textContent).toContain('Showing 26–26 of 30');
  });

  it('shows the error state and tries again', async () => {
    await open('/organisations');
    apollo.expectOne(OrganisationDirectoryDocument).networkError(new Error('Failed to fetch'));
    await harness.fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('We could not reach the server');
    page().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await harness.fixture.whenStable();
    apollo.expectOne(OrganisationDirectoryDocument).flushData(directoryResponse([row('o1', 'Back again')]));
    await harness.fixture.whenStable();

    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(page().textContent).toContain('Back again');
  });
});
