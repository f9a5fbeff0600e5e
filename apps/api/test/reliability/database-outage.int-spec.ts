import { AppOnOwnDatabase, DatabaseKind, startAppOnOwnDatabase } from './support/app-on-own-database';

const ORGANISATIONS = `{ organisations(first: 5) { totalCount } }`;
const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

describe.each<DatabaseKind>(['embedded', 'DATABASE_URL'])('the database stops while the API serves (%s)', (kind) => {
  let api: AppOnOwnDatabase;
  beforeAll(async () => {
    api = await startAppOnOwnDatabase(kind, { connectTimeoutMs: 3000 });
  }, 240_000);
  afterAll(() => api?.close());

  const health = async () => {
    const response = await fetch(`${api.url}/health`);
    return { status: response.status, body: await response.json() };
  };

  it('serves, fails fast and clearly while the database is down, and recovers without a restart', async () => {
    const client = api.client();
    await client.data(CREATE, { input: { name: 'Before the outage', type: 'CHARITY' } });
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });

    await api.database.stop();

    for (const [query, variables] of [
      [ORGANISATIONS, undefined],
      [CREATE, { input: { name: 'During the outage', type: 'CHARITY' } }],
    ] as const) {
      const started = Date.now();
      const result = await client.request(query, variables);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/database cannot be reached/),
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
      });
      // A sentence for people: no driver message, SQL or stack trace.
      expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|terminat|stacktrace|\bat \w+ \(/i);
    }
    expect(await health()).toEqual({ status: 503, body: { status: 'degraded', database: 'down' } });

    await api.database.start();

    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    await client.data(CREATE, { input: { name: 'After the outage', type: 'CHARITY' } });
    const after = await client.data<{ organisations: { totalCount: number } }>(ORGANISATIONS);
    expect(after.organisations.totalCount).toBe(2);
  });
});
