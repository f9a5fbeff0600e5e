import { GraphQLTestClient } from '@cg/api/testing';
import {
  addMembership,
  createPartnership,
  makeOrganisation,
  makeOrganisations,
} from '../support/partnership-factories';
import { startTestApp, TestApp } from '../support/test-app';

const WRITERS = 50;
const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version } }`;
const READ_ORG = `query ($id: ID!) { organisation(id: $id) { version } }`;
const UPDATE_ORG = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { version } }`;
const READ_MEMBERS = `query ($id: ID!) { partnership(id: $id) { members { id version cashContribution } } }`;
const UPDATE_MEMBER = `mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { version } }`;

type Outcome = 'applied' | 'CONFLICT' | string;

/** Every writer's fate: it applied or got CONFLICT; anything else (an error, a hang) fails the test. */
async function race(
  writers: (() => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>)[],
): Promise<Outcome[]> {
  const results = await Promise.all(writers.map((write) => write()));
  return results.map((result) => (result.errors ? String(result.errors[0].extensions?.['code']) : 'applied'));
}

describe('concurrent writes to one record', () => {
  let testApp: TestApp;
  let client: GraphQLTestClient;
  beforeAll(async () => {
    // About versions, not limits: on a busy machine fifty requests may queue a while for the pool
    // (database-limits.int-spec.ts covers that), and idle sockets must outlive the queue.
    testApp = await startTestApp({
      database: { poolSize: 10, connectTimeoutMs: 120_000, statementTimeoutMs: 120_000 },
    });
    testApp.app.getHttpServer().keepAliveTimeout = 300_000;
    client = testApp.client();
  });
  afterAll(() => testApp.close());

  it(`${WRITERS} people each read an organisation and save their change at once: each applies or gets CONFLICT, none is lost`, async () => {
    const { createOrganisation: org } = await client.data<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Contended Trust', type: 'CHARITY' },
    });
    const outcomes = await race(
      Array.from({ length: WRITERS }, (_, i) => async () => {
        const read = await client.data<{ organisation: { version: number } }>(READ_ORG, { id: org.id });
        return client.request(UPDATE_ORG, {
          input: { id: org.id, version: read.organisation.version, description: `Edit ${i}` },
        });
      }),
    );
    const applied = outcomes.filter((outcome) => outcome === 'applied').length;
    expect(outcomes.filter((outcome) => outcome !== 'applied' && outcome !== 'CONFLICT')).toEqual([]);
    expect(applied).toBeGreaterThanOrEqual(1);

    const [row] = await testApp.dataSource.query('SELECT version FROM organisation WHERE id = $1', [org.id]);
    expect(row.version).toBe(1 + applied);
    // Every applied change left its audit row, and no refused one did.
    const [audit] = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE record_id = $1 AND action = 'UPDATE'`,
      [org.id],
    );
    expect(audit.n).toBe(applied);
  });

  it(`${WRITERS} people change one partnership's membership at once, and add members at once: nothing is lost`, async () => {
    const lead = await makeOrganisation(testApp.dataSource);
    const partnership = await createPartnership(client);
    const membership = await addMembership(client, partnership.id, lead.id);

    const outcomes = await race(
      Array.from({ length: WRITERS }, (_, i) => async () => {
        const read = await client.data<{ partnership: { members: { id: string; version: number }[] } }>(READ_MEMBERS, {
          id: partnership.id,
        });
        const current = read.partnership.members.find((member) => member.id === membership.id);
        return client.request(UPDATE_MEMBER, {
          input: { id: membership.id, version: current?.version, cashContribution: i + 1 },
        });
      }),
    );
    const applied = outcomes.filter((outcome) => outcome === 'applied').length;
    expect(outcomes.filter((outcome) => outcome !== 'applied' && outcome !== 'CONFLICT')).toEqual([]);
    const [row] = await testApp.dataSource.query('SELECT version FROM partnership_membership WHERE id = $1', [
      membership.id,
    ]);
    expect(row.version).toBe(1 + applied);

    // New members added side by side by many people all arrive.
    const joining = await makeOrganisations(testApp.dataSource, 20, 'Joiner');
    await Promise.all(joining.map((org) => addMembership(client, partnership.id, org.id)));
    const after = await client.data<{ partnership: { members: unknown[] } }>(READ_MEMBERS, { id: partnership.id });
    expect(after.partnership.members).toHaveLength(21);
  });
});
