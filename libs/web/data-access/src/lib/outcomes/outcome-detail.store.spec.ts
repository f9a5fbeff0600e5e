import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { OrganisationRole, OutcomeDetailDocument, OutcomeDetailQuery, RecordMeasurementDocument } from '../../generated/graphql';
import { SessionStore, SessionUser } from '../session/session.store';
import { OutcomeDetail, OutcomeDetailStore, mayContribute } from './outcome-detail.store';

function user(memberships: { organisationId: string; role: OrganisationRole }[], isInstanceAdmin = false): SessionUser {
  return { __typename: 'CurrentUser', id: 'u1', email: 'a@b.c', name: 'Rhys', isInstanceAdmin, memberships } as SessionUser;
}

function outcome(overrides: Partial<OutcomeDetail> = {}): OutcomeDetail {
  return {
    __typename: 'Outcome',
    id: 'o1',
    version: 1,
    archivedAt: null,
    visibility: 'PUBLIC',
    ownerOrganisationId: null,
    ownerPartnershipId: 'p1',
    ownerProjectId: null,
    title: 'More people are active',
    description: null,
    definedBy: 'COMMUNITY',
    coProduced: true,
    missions: [],
    status: 'ON_TRACK',
    ownerPartnership: {
      __typename: 'Partnership',
      id: 'p1',
      name: 'Sports Network',
      ownerOrganisationId: null,
      members: [
        { __typename: 'Membership', id: 'm1', organisationId: 'org-1', role: 'CORE_MEMBER', toDate: null },
        { __typename: 'Membership', id: 'm2', organisationId: 'org-left', role: 'LEAD', toDate: '2024-01-01' },
      ],
    },
    ownerProject: null,
    contributors: [],
    indicators: [],
    stories: [],
    ...overrides,
  } as OutcomeDetail;
}

describe('mayContribute', () => {
  it('lets coordinators and admins of a current member contribute', () => {
    expect(mayContribute(user([{ organisationId: 'org-1', role: OrganisationRole.COORDINATOR }]), outcome())).toBe(true);
    expect(mayContribute(user([{ organisationId: 'org-1', role: OrganisationRole.ORG_ADMIN }]), outcome())).toBe(true);
  });

  it('does not offer the forms to viewers, former members or outsiders', () => {
    expect(mayContribute(user([{ organisationId: 'org-1', role: OrganisationRole.VIEWER }]), outcome())).toBe(false);
    expect(mayContribute(user([{ organisationId: 'org-left', role: OrganisationRole.COORDINATOR }]), outcome())).toBe(false);
    expect(mayContribute(user([{ organisationId: 'org-9', role: OrganisationRole.COORDINATOR }]), outcome())).toBe(false);
    expect(mayContribute(null, outcome())).toBe(false);
  });

  it('counts project participants for an outcome a project owns, and instance admins everywhere', () => {
    const owned = outcome({
      ownerPartnership: null,
      ownerProject: {
        __typename: 'Project',
        id: 'pr1',
        name: 'Lunch Club',
        partnership: null,
        participants: [{ __typename: 'ProjectParticipant', id: 'pp1', organisationId: 'org-2' }],
      },
    } as unknown as Partial<OutcomeDetail>);
    expect(mayContribute(user([{ organisationId: 'org-2', role: OrganisationRole.COORDINATOR }]), owned)).toBe(true);
    expect(mayContribute(user([], true), owned)).toBe(true);
  });
});

describe('OutcomeDetailStore', () => {
  let store: OutcomeDetailStore;
  let apollo: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [OutcomeDetailStore] });
    apollo = TestBed.inject(ApolloTestingController);
    store = TestBed.inject(OutcomeDetailStore);
    TestBed.inject(SessionStore);
  });

  afterEach(() => apollo.verify());

  it('loads the outcome, and says not found for an unknown id', async () => {
    store.load('o1');
    TestBed.tick();
    expect(store.state().status).toBe('loading');
    apollo.expectOne(OutcomeDetailDocument).graphqlErrors([new GraphQLError('No such outcome', { extensions: { code: 'NOT_FOUND' } })]);
    TestBed.tick();
    await new Promise((r) => setTimeout(r));
    expect(store.state().status).toBe('not-found');
  });

  it('records a reading, then asks for the outcome again so charts and progress are the server’s', async () => {
    store.load('o1');
    TestBed.tick();
    apollo.expectOne(OutcomeDetailDocument).flushData({ outcome: outcome() } as OutcomeDetailQuery);
    await new Promise((r) => setTimeout(r));
    expect(store.state().status).toBe('ready');

    const saving = store.recordMeasurement({ indicatorId: 'i1', value: 55, date: '2026-11-23' });
    const mutation = apollo.expectOne(RecordMeasurementDocument);
    expect(mutation.operation.variables).toEqual({ input: { indicatorId: 'i1', value: 55, date: '2026-11-23' } });
    mutation.flushData({
      recordMeasurement: { __typename: 'Measurement', id: 'm9', indicatorId: 'i1', value: 55, date: '2026-11-23', note: null },
    });
    await new Promise((r) => setTimeout(r));
    apollo.expectOne(OutcomeDetailDocument).flushData({ outcome: outcome({ title: 'Refetched' }) } as OutcomeDetailQuery);
    expect(await saving).toEqual({ ok: true });
    const state = store.state();
    expect(state.status === 'ready' && state.outcome.title).toBe('Refetched');
  });

  it('hands back a refusal for the form to put in words', async () => {
    store.load('o1');
    TestBed.tick();
    apollo.expectOne(OutcomeDetailDocument).flushData({ outcome: outcome() } as OutcomeDetailQuery);
    const saving = store.recordMeasurement({ indicatorId: 'i1', value: 55 });
    apollo
      .expectOne(RecordMeasurementDocument)
      .graphqlErrors([new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } })]);
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(!result.ok && (result.error as { errors?: { extensions: { code: string } }[] }).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
