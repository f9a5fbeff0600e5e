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
  let id: string;
  beforeAll(async () => {
    testApp = await startTestApp();
    const client = testApp.client();
    ({ createOrganisation: { id } } = await client.data<{ createOrganisation: { id: string } }>(CREATE, { input: { name: 'Castlemere Carers', type: 'CHARITY' } }));
    await client.data(UPDATE, { input: { id, version: 1, name: 'Castlemere Carers Network' } });
    await client.data(UPDATE, { input: { id, version: 2, themes: ['Carers'] } });
    await client.data(CREATE, { input: { name: 'Unrelated Bakery Ltd', type: 'BUSINESS' } });
  });
  afterAll(() => testApp.close());

  it("shows a record's history newest first, each field before and after", async () => {
    const { auditLog } = await testApp.client().data<AuditPage>(AUDIT, { filter: { recordId: { eq: id } } });
    expect(auditLog.totalCount).toBe(3);
    expect(auditLog.nodes.map((n) => n.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(auditLog.nodes[1].changes).toEqual([{ field: 'name', before: '"Castlemere Carers"', after: '"Castlemere Carers Network"' }]);
    expect(auditLog.nodes[0].changes).toEqual([{ field: 'themes', before: '[]', after: '["Carers"]' }]);
  });

  it('filters by action and pages with cursors', async () => {
    const first = await testApp.client().data<AuditPage>(AUDIT, { filter: { action: { eq: 'CREATE' } }, first: 1 });
    expect(first.auditLog.totalCount).toBe(2);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await testApp.client().data<AuditPage>(AUDIT, { filter: { action: { eq: 'CREATE' } }, first: 1, after: first.auditLog.pageInfo.endCursor });
    expect(second.auditLog.pageInfo.hasNextPage).toBe(false);
    expect(second.auditLog.nodes[0].recordId).not.toBe(first.auditLog.nodes[0].recordId);
  });
});
