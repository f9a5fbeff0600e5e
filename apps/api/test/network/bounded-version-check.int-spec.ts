import { Client, ClientConfig } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #13: "every statement has a timeout". Each network request first reads the data version
// (network_change) as the system, so one check serves every user's cached networks; that read
// must still be cut by the request's statement timeout, not wait for a lock for ever.
describe('the network data version check', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ database: { poolSize: 4, connectTimeoutMs: 2000, statementTimeoutMs: 1000 } });
  });
  afterAll(() => testApp.close());

  it('is cut by the request statement timeout rather than waiting for ever', async () => {
    const client = testApp.client();
    const pool = (testApp.dataSource.driver as unknown as { master: { options: ClientConfig } }).master;
    const locker = new Client(pool.options);
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE network_change IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const answer = await client.request('{ network { summary { nodeCount } } }').catch((error: unknown) => error);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(900);
      expect(waited).toBeLessThan(5000);
      expect(JSON.stringify(answer)).toContain('STATEMENT_TIMEOUT');
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  });
});
