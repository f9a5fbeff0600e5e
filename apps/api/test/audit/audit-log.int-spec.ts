import { AuthService } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version } }`;
const AUDIT = `query($filter: AuditEntryFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { recordType recordId action actorId changes { field before after } }
  }
}`;

interface AuditPage {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: { recordType: string; recordId: string; action: string; actorId: string | null; changes: { field: string; before: string | null; after: string | null }[] }[];
  };
}

describe('auditLog query', () => {
  let testApp: TestApp;
  let admin: GraphQLTestClient;
  let carersId: string;
  let bakeryId: string;

  const signedIn = async (email: string, role: OrganisationRole | 'INSTANCE_ADMIN', organisationId?: string) => {
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email, name: email, password: 'long enough password', isInstanceAdmin: role === 'INSTANCE_ADMIN' });
    if (organisationId && role !== 'INSTANCE_ADMIN') await auth.addMembership(user.id, organisationId, role);
    const client = testApp.anonymousClient();
    await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password: 'long enough password' } });
    return client;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signedIn('admin@instance.example', 'INSTANCE_ADMIN');
    ({ createOrganisation: { id: carersId } } = await admin.data<{ createOrganisation: { id: string } }>(CREATE, { input: { name: 'Castlemere Carers', type: 'CHARITY' } }));
    await admin.data(UPDATE, { input: { id: carersId, version: 1, name: 'Castlemere Carers Network' } });
    await admin.data(UPDATE, { input: { id: carersId, version: 2, themes: ['Carers'] } });
    ({ createOrganisation: { id: bakeryId } } = await admin.data<{ createOrganisation: { id: string } }>(CREATE, { input: { name: 'Unrelated Bakery Ltd', type: 'BUSINESS' } }));
  });
  afterAll(() => testApp.close());

  it("shows an instance admin a record's history newest first, each field before and after, and who did it", async () => {
    const { auditLog } = await admin.data<AuditPage>(AUDIT, { filter: { recordId: { eq: carersId } } });
    expect(auditLog.totalCount).toBe(3);
    expect(auditLog.nodes.map((n) => n.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(auditLog.nodes[1].changes).toEqual([{ field: 'name', before: '"Castlemere Carers"', after: '"Castlemere Carers Network"' }]);
    expect(auditLog.nodes[0].changes).toEqual([{ field: 'themes', before: '[]', after: '["Carers"]' }]);
    expect(auditLog.nodes[0].actorId).toBeTruthy();
  });

  it('filters by action and pages with cursors', async () => {
    const first = await admin.data<AuditPage>(AUDIT, { filter: { action: { eq: 'CREATE' } }, first: 1 });
    expect(first.auditLog.totalCount).toBe(2);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await admin.data<AuditPage>(AUDIT, { filter: { action: { eq: 'CREATE' } }, first: 1, after: first.auditLog.pageInfo.endCursor });
    expect(second.auditLog.pageInfo.hasNextPage).toBe(false);
    expect(second.auditLog.nodes[0].recordId).not.toBe(first.auditLog.nodes[0].recordId);
  });

  it("shows an organisation admin only their organisation's records, even when they filter for another's", async () => {
    const carersAdmin = await signedIn('ceo@castlemere-carers.example', OrganisationRole.ORG_ADMIN, carersId);
    const mine = await carersAdmin.data<AuditPage>(AUDIT, {});
    expect(new Set(mine.auditLog.nodes.map((n) => n.recordId))).toEqual(new Set([carersId]));
    const theirs = await carersAdmin.data<AuditPage>(AUDIT, { filter: { recordId: { eq: bakeryId } } });
    expect(theirs.auditLog.totalCount).toBe(0);
  });

  it('refuses coordinators and people who are signed out', async () => {
    const coordinator = await signedIn('coordinator@castlemere-carers.example', OrganisationRole.COORDINATOR, carersId);
    expect((await coordinator.request(AUDIT, {})).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await testApp.anonymousClient().request(AUDIT, {})).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
