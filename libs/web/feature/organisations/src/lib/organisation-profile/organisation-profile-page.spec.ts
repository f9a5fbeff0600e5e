import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Sector } from '@cg/shared/domain';
import {
  AdminOrganisationNameDocument,
  OrganisationProfileDocument,
  OrganisationProfileQuery,
  OrganisationRole,
  RelationshipsBetweenDocument,
  SessionStore,
  SessionUser,
  Visibility,
  OrganisationType,
  PartnerRole,
  PartnershipStatus,
  PlaceLevel,
  ProjectStatus,
  RelationshipType,
  TieKind,
} from '@cg/web/data-access';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { OrganisationProfilePage, groupTies, tieCount, tieScores } from './organisation-profile-page';

type Profile = OrganisationProfileQuery['organisation'];
type Tie = Profile['ties'][number];

function tie(kind: TieKind, name: string, overrides: Partial<Tie> = {}): Tie {
  return {
    __typename: 'OrganisationTie',
    kind,
    relationshipType: null,
    strength: null,
    trust: null,
    value: null,
    amount: null,
    outgoing: true,
    directed: false,
    viaId: `via-${name}`,
    organisation: { __typename: 'Organisation', id: `id-${name}`, name, sector: Sector.PUBLIC },
    ...overrides,
  } as Tie;
}

function profile(overrides: Partial<Profile> = {}): OrganisationProfileQuery {
  return {
    organisation: {
      __typename: 'Organisation',
      id: 'org-1',
      version: 3,
      ownerOrganisationId: 'org-1',
      visibility: Visibility.PUBLIC,
      name: 'Wyvernshire Cares',
      type: OrganisationType.CHARITY,
      sector: Sector.VOLUNTARY_AND_COMMUNITY,
      description: 'Volunteering for everyone in Wyvernshire.',
      website: 'wyvernshirecares.org.uk',
      email: 'hello@wyvernshirecares.org.uk',
      phone: '0116 496 0000',
      postcode: 'WY1 2AB',
      themes: ['Volunteering'],
      partnerCount: 12,
      fundingReceivedTotal: 1_250_000,
      fundingGivenTotal: 0,
      identifiers: [{ __typename: 'OrganisationIdentifier', scheme: 'GB-CHC', identifier: 'GB-CHC-1234567', isPrimary: true }],
      homePlace: { __typename: 'Place', id: 'p1', name: 'Wyvern Vale', level: PlaceLevel.LOCAL_AUTHORITY },
      placesServed: [{ __typename: 'Place', id: 'p2', name: 'Oakham', level: PlaceLevel.LOCAL_AUTHORITY }],
      people: [
        {
          __typename: 'Affiliation',
          id: 'a1',
          title: 'Chief Executive',
          fromDate: '2020-01-01',
          toDate: null,
          person: { __typename: 'Person', id: 'person-1', fullName: 'Priya Shah' },
        },
      ],
      memberships: [
        {
          __typename: 'Membership',
          id: 'm1',
          role: PartnerRole.CO_LEAD,
          fromDate: '2023-04-01',
          toDate: null,
          decisionSeat: true,
          partnership: { __typename: 'Partnership', id: 'pa1', name: 'Wyvernshire Food Partnership', status: PartnershipStatus.ACTIVE },
        },
      ],
      projects: [
        {
          __typename: 'ProjectParticipant',
          id: 'pp1',
          role: PartnerRole.DELIVERY_PARTNER,
          project: { __typename: 'Project', id: 'pr1', name: 'Warm Spaces', status: ProjectStatus.ACTIVE },
        },
      ],
      ties: [
        tie(TieKind.CO_MEMBERSHIP, 'Oakham Food Bank'),
        tie(TieKind.FUNDING, 'Wyvern Trust', { amount: 50_000, directed: true, outgoing: false }),
        tie(TieKind.RELATIONSHIP, 'Vale Council', {
          relationshipType: RelationshipType.DELIVERS_FOR,
          strength: 4,
          trust: 3,
          value: 2,
        }),
      ],
      ...overrides,
    },
  } as OrganisationProfileQuery;
}

describe('OrganisationProfilePage', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;
  const page = () => harness.routeNativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter(
          [
            { path: 'organisations', children: [] },
            { path: 'organisations/:id', component: OrganisationProfilePage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    apollo = TestBed.inject(ApolloTestingController);
    await harness.navigateByUrl('/organisations/org-1', OrganisationProfilePage);
  });

  // The suggested-partners panel loads on its own (libs/web/suggestions, tested there).
  afterEach(() => {
    apollo.match('PartnerSuggestions');
    apollo.verify();
  });

  it('shows a loading state, then asks for the organisation in the URL', () => {
    expect(page().querySelector('[role="status"]')?.textContent).toContain('Loading');
    expect(apollo.expectOne(OrganisationProfileDocument).operation.variables).toEqual({ id: 'org-1' });
  });

  it('shows every section of the profile', async () => {
    apollo.expectOne(OrganisationProfileDocument).flushData(profile());
    await harness.fixture.whenStable();
    const text = page().textContent ?? '';

    expect(page().querySelector('h1')?.textContent).toBe('Wyvernshire Cares');
    expect(TestBed.inject(Title).getTitle()).toBe('Wyvernshire Cares');
    expect(page().querySelector('[data-testid="organisation-kind"]')?.textContent).toContain('Charity · Voluntary and community sector');
    const headings = Array.from(page().querySelectorAll('h2'), (h) => h.textContent?.trim());
    expect(headings).toEqual(['Key figures', 'About', 'People', 'Partnerships', 'Projects', 'Ties to other organisations', 'Suggested partners']);
    expect(page().querySelector('[data-testid="funding-received"]')?.textContent).toBe('£1,250,000');
    expect(page().querySelector('[data-testid="partner-count"]')?.textContent).toBe('12');
    expect(page().querySelector('a[href="https://wyvernshirecares.org.uk"]')).not.toBeNull();
    expect(page().querySelector('a[href="mailto:hello@wyvernshirecares.org.uk"]')).not.toBeNull();
    expect(text).toContain('GB-CHC-1234567');
    expect(text).toContain('Wyvern Vale');
    expect(text).toContain('Oakham');
    expect(text).toContain('Priya Shah');
    expect(text).toContain('Chief Executive');
    expect(text).toContain('Warm Spaces');

    const membership = Array.from(page().querySelectorAll('[data-testid="partnerships"] tbody td, [data-testid="partnerships"] tbody th'), (cell) =>
      cell.textContent?.trim(),
    );
    expect(membership).toEqual(['Wyvernshire Food Partnership', 'Co-lead', '01/04/2023', 'Yes', 'Active']);
  });

  it('groups ties by kind and gives their scores in words', async () => {
    apollo.expectOne(OrganisationProfileDocument).flushData(profile());
    await harness.fixture.whenStable();

    const groups = Array.from(page().querySelectorAll('[data-testid="ties"] h3'), (h) => h.textContent?.trim());
    expect(groups).toEqual(['Working relationships (1)', 'Fellow partnership members (1)', 'Funding (1)']);
    const ties = page().querySelector('[data-testid="ties"]')?.textContent ?? '';
    expect(ties).toContain('Strength 4 of 5');
    expect(ties).toContain('Trust 3 of 4');
    expect(ties).toContain('Value 2 of 4');
    expect(ties).toContain('Delivers for');
    expect(ties).toContain('£50,000 received');
    expect(page().querySelector('[data-testid="ties"] a')?.getAttribute('href')).toBe('/organisations/id-Vale Council'.replace(' ', '%20'));
  });

  it('says plainly when a section is empty', async () => {
    apollo.expectOne(OrganisationProfileDocument).flushData(profile({ people: [], memberships: [], projects: [], ties: [] }));
    await harness.fixture.whenStable();
    const text = page().textContent ?? '';

    expect(text).toContain('No people recorded.');
    expect(text).toContain('Not a member of any partnership.');
    expect(text).toContain('No ties recorded.');
  });

  it('says when there is no such organisation', async () => {
    apollo
      .expectOne(OrganisationProfileDocument)
      .graphqlErrors([new GraphQLError('No organisation has the id org-1.', { extensions: { code: 'NOT_FOUND' } })]);
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toBe('Organisation not found');
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the error state when the server cannot be reached', async () => {
    apollo.expectOne(OrganisationProfileDocument).networkError(new Error('Failed to fetch'));
    await harness.fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('We could not reach the server');
  });
});

describe('OrganisationProfilePage actions', () => {
  const page = () => harness.routeNativeElement as HTMLElement;
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;

  async function open(user: SessionUser): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        { provide: SessionStore, useValue: { user: signal(user) } },
        provideRouter([{ path: 'organisations/:id', component: OrganisationProfilePage }], withComponentInputBinding()),
      ],
    });
    harness = await RouterTestingHarness.create();
    apollo = TestBed.inject(ApolloTestingController);
    await harness.navigateByUrl('/organisations/org-1', OrganisationProfilePage);
  }

  const member = (role: OrganisationRole, organisationId = 'fenwick'): SessionUser => ({
    id: 'u1',
    email: 'someone@example.org',
    name: 'Someone',
    isInstanceAdmin: false,
    memberships: [{ organisationId, role }],
  });

  it('offers an organisation administrator "Add as partner" and their own ties to change', async () => {
    await open(member(OrganisationRole.ORG_ADMIN));
    apollo.expectOne(OrganisationProfileDocument).flushData(profile());
    apollo.expectOne(AdminOrganisationNameDocument).flushData({ organisation: { __typename: 'Organisation', id: 'fenwick', name: 'Fenwick Refugee Trust' } });
    const between = apollo.expectOne(RelationshipsBetweenDocument);
    expect(between.operation.variables).toEqual({ organisationId: 'org-1', mine: ['fenwick'] });
    between.flushData({
      relationships: {
        __typename: 'RelationshipConnection',
        nodes: [
          {
            __typename: 'Relationship',
            id: 'r1',
            version: 1,
            type: RelationshipType.FUNDS,
            directed: true,
            strength: 4,
            trust: 3,
            value: null,
            fromDate: '2025-04-01',
            toDate: null,
            notes: null,
            visibility: Visibility.PARTNERS,
            ownerOrganisationId: 'fenwick',
            fromOrganisationId: 'fenwick',
            toOrganisationId: 'org-1',
            fromOrganisation: { __typename: 'Organisation', id: 'fenwick', name: 'Fenwick Refugee Trust' },
            toOrganisation: { __typename: 'Organisation', id: 'org-1', name: 'Wyvernshire Cares' },
          },
        ],
      },
    });
    await harness.fixture.whenStable();

    expect(page().querySelector('[data-testid="add-partner"]')?.textContent?.trim()).toBe('Add as partner');
    expect(page().querySelector('[data-testid="edit-organisation"]')).toBeNull();
    expect(page().querySelector('[data-testid="read-only-reason"]')).toBeNull();
    expect(page().querySelector('[data-testid="my-relationship-summary"]')?.textContent).toBe(
      'Funds, from Fenwick Refugee Trust to Wyvernshire Cares · Strength 4 of 5 · Trust 3 of 4 · since 01/04/2025',
    );
    apollo.match('PartnerSuggestions');
    apollo.verify();
  });

  it('lets an administrator of this organisation edit its details, but not add it as its own partner', async () => {
    await open(member(OrganisationRole.ORG_ADMIN, 'org-1'));
    apollo.expectOne(OrganisationProfileDocument).flushData(profile());
    apollo.expectOne(AdminOrganisationNameDocument).flushData({ organisation: { __typename: 'Organisation', id: 'org-1', name: 'Wyvernshire Cares' } });
    await harness.fixture.whenStable();

    expect(page().querySelector('[data-testid="edit-organisation"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="add-partner"]')).toBeNull();
    apollo.match('PartnerSuggestions');
    apollo.verify();
  });

  it('hides every change from viewers and says why in one line', async () => {
    await open(member(OrganisationRole.VIEWER));
    apollo.expectOne(OrganisationProfileDocument).flushData(profile());
    await harness.fixture.whenStable();

    expect(page().querySelector('[data-testid="add-partner"]')).toBeNull();
    expect(page().querySelector('[data-testid="edit-organisation"]')).toBeNull();
    expect(page().querySelector('[data-testid="read-only-reason"]')?.textContent).toContain('only your organisation’s administrators');
    apollo.match('PartnerSuggestions');
    apollo.verify();
  });
});

describe('tie helpers', () => {
  it('leaves out scores a tie does not have', () => {
    expect(tieScores(tie(TieKind.RELATIONSHIP, 'A', { strength: 5 }))).toEqual(['Strength 5 of 5']);
    expect(tieScores(tie(TieKind.FUNDING, 'B'))).toEqual([]);
  });

  it('leaves out kinds with no ties', () => {
    expect(groupTies([tie(TieKind.FUNDING, 'A')]).map((group) => group.kind)).toEqual([TieKind.FUNDING]);
  });

  it('merges shared partnerships and grants per organisation, but keeps each relationship', () => {
    const [relationships, members, funding] = groupTies([
      tie(TieKind.RELATIONSHIP, 'A', { viaId: 'r1', strength: 2 }),
      tie(TieKind.RELATIONSHIP, 'A', { viaId: 'r2', strength: 5 }),
      tie(TieKind.CO_MEMBERSHIP, 'B', { viaId: 'p1' }),
      tie(TieKind.CO_MEMBERSHIP, 'B', { viaId: 'p2' }),
      tie(TieKind.FUNDING, 'C', { viaId: 'g1', amount: 100, directed: true, outgoing: true }),
      tie(TieKind.FUNDING, 'C', { viaId: 'g2', amount: 250, directed: true, outgoing: true }),
    ]);
    expect(relationships.entries.map((entry) => entry.scores)).toEqual([['Strength 2 of 5'], ['Strength 5 of 5']]);
    expect(members.entries).toHaveLength(1);
    expect(members.entries[0].amount).toBeNull();
    expect(tieCount(members.kind, members.entries[0].count)).toBe('2 shared partnerships');
    expect(funding.entries[0]).toMatchObject({ amount: 350, direction: 'given', count: 2 });
  });
});
