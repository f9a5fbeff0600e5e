import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrganisationRole } from '../../generated/graphql';
import { provideGraphql } from '../graphql/provide-graphql';
import { OrganisationAccessStore } from './organisation-access.store';

const LAST_ADMIN = 'An organisation needs at least one administrator: make someone else an administrator first.';

describe('OrganisationAccessStore', () => {
  let store: OrganisationAccessStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideGraphql(), OrganisationAccessStore],
    });
    store = TestBed.inject(OrganisationAccessStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets Apollo's promise chains run until it has sent (or finished with) its request. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  const access = (role: OrganisationRole) => ({
    data: {
      organisationUsers: [
        { __typename: 'OrganisationUser', userId: 'u1', name: 'Asha Patel', email: 'ceo@example.org', role, since: '2026-01-05T10:00:00Z' },
      ],
      pendingInvitations: [],
    },
  });

  it('loads the users and invitations of the organisation asked for', async () => {
    store.load('org-1');
    TestBed.tick();
    await settle();
    const request = http.expectOne((r) => r.body.operationName === 'OrganisationAccess');
    expect(request.request.body.variables).toEqual({ organisationId: 'org-1' });
    request.flush(access(OrganisationRole.ORG_ADMIN));
    await settle();
    TestBed.tick();
    const state = store.state();
    expect(state.status).toBe('ready');
    expect(state.status === 'ready' && state.users.map((u) => u.name)).toEqual(['Asha Patel']);
  });

  it("passes on the API's refusal to demote the last administrator", async () => {
    const result = store.changeRole('org-1', 'u1', OrganisationRole.VIEWER);
    await settle();
    const request = http.expectOne((r) => r.body.operationName === 'ChangeMemberRole');
    expect(request.request.body.variables).toEqual({
      input: { organisationId: 'org-1', userId: 'u1', role: OrganisationRole.VIEWER },
    });
    request.flush({
      data: null,
      errors: [{ message: LAST_ADMIN, extensions: { code: 'BAD_USER_INPUT', field: 'userId' } }],
    });
    const outcome = await result;
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(!outcome.ok && outcome.error)).toContain(LAST_ADMIN);
  });

  it('reloads the list before saying a role change worked', async () => {
    let done = false;
    const result = store.changeRole('org-1', 'u2', OrganisationRole.COORDINATOR).then((r) => ((done = true), r));
    await settle();
    http.expectOne((r) => r.body.operationName === 'ChangeMemberRole').flush({ data: { changeMemberRole: true } });
    await settle();
    expect(done).toBe(false);
    http.expectOne((r) => r.body.operationName === 'OrganisationAccess').flush(access(OrganisationRole.COORDINATOR));
    expect(await result).toEqual({ ok: true, value: true });
  });

  it('trims the address and sends the role with an invitation', async () => {
    const result = store.invite('org-1', '  new.person@example.org ', OrganisationRole.COORDINATOR);
    await settle();
    const request = http.expectOne((r) => r.body.operationName === 'InviteToOrganisation');
    expect(request.request.body.variables.input).toEqual({
      organisationId: 'org-1',
      email: 'new.person@example.org',
      role: OrganisationRole.COORDINATOR,
    });
    const invitation = {
      __typename: 'Invitation',
      id: 'i1',
      email: 'new.person@example.org',
      role: OrganisationRole.COORDINATOR,
      expiresAt: '2026-03-08T10:00:00Z',
      organisationId: 'org-1',
    };
    request.flush({ data: { invite: invitation } });
    await settle();
    http.expectOne((r) => r.body.operationName === 'OrganisationAccess').flush(access(OrganisationRole.ORG_ADMIN));
    const outcome = await result;
    expect(outcome.ok && outcome.value.email).toBe('new.person@example.org');
  });
});
