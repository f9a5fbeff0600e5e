import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';

const POOL = 3;
const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const UPDATE_ORG = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { version } }`;
const COUNT = `{ organisations(first: 1) { totalCount } }`;

/**
 * A transaction left holding a row lock (a stuck job, someone's open psql) makes the API's
 * statements wait: the statement timeout cuts them, and while every pooled connection waits
 * the next request gets a clear error after the bounded connect wait, not a hang.
 */
describe('statement timeout and a full connection pool', () => {
  let testApp: TestApp;
  let locker: Client;
  let orgId: string;
  beforeAll(async () => {
    testApp = await startTestApp({ database: { poolSize: POOL, connectTimeoutMs: 3000, statementTimeoutMs: 12000 } });
    ({
      createOrganisation: { id: orgId },
    } = await testApp.client().data<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Locked Trust', type: 'CHARITY' },
    }));
    locker = new Client({ connectionString: String((testApp.dataSource.options as { url: string }).url) });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await testApp.close();
  });

  const update = (description: string) =>
    testApp.client().request(UPDATE_ORG, { input: { id: orgId, version: 1, description } });
  const timed = async <T>(work: () => Promise<T>) => {
    const started = Date.now();
    const result = await work();
    return { result, ms: Date.now() - started };
  };
  const lockWaiters = async () =>
    (
      await locker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
    ).rows[0].n;

  afterEach(() => locker?.query('ROLLBACK'));

  it('cuts a statement stuck behind a lock with a clear error, then queues, bounds and refuses the overflow', async () => {
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM organisation WHERE id = $1 FOR UPDATE', [orgId]);

    const single = await timed(() => update('waits for the lock'));
    expect(single.result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/took too long and was stopped/),
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'STATEMENT_TIMEOUT' },
    });
    expect(single.ms).toBeGreaterThanOrEqual(11900);
    expect(single.ms).toBeLessThan(25000);

    // More updates than connections: every pooled connection ends up waiting on the lock...
    const stuck = Array.from({ length: POOL * 2 }, (_, i) => update(`stuck ${i}`));
    for (let tries = 0; tries < 200 && (await lockWaiters()) < 1; tries++)
      await new Promise((wait) => setTimeout(wait, 50));
    expect(await lockWaiters()).toBeGreaterThanOrEqual(1);
    await new Promise((wait) => setTimeout(wait, 500));
    // ...so the next request waits its bounded time for one and is told the server is busy.
    const overflow = await timed(() => testApp.client().request(COUNT));
    expect(overflow.result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/too busy/),
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_BUSY' },
    });
    expect(overflow.ms).toBeGreaterThanOrEqual(2900);
    expect(overflow.ms).toBeLessThan(10000);
    // The stuck ones were cut by the statement timeout or gave up waiting for a connection; none applied.
    for (const result of await Promise.all(stuck)) {
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: expect.stringMatching(/^(STATEMENT_TIMEOUT|DATABASE_BUSY)$/),
      });
    }

    await locker.query('ROLLBACK');
    // Nothing half-done, and the pool serves again: every connection came back.
    const counts = await Promise.all(
      Array.from({ length: POOL * 2 }, () => testApp.client().data<{ organisations: { totalCount: number } }>(COUNT)),
    );
    expect(counts.map((c) => c.organisations.totalCount)).toEqual(Array(POOL * 2).fill(1));
    expect((await update('after the lock')).errors).toBeUndefined();
  });

  it('lets the system run long work, which the request timeout does not cut', async () => {
    // No request scope: imports and migrations run as the system with no statement timeout.
    const [row] = await testApp.dataSource.query(`SELECT current_setting('statement_timeout') AS timeout`);
    expect(row.timeout).toBe('0');
  });
});
