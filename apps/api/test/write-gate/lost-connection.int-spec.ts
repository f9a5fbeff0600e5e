import { RecordWriter } from '@cg/api/core/database';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * When the database drops a transaction's connection (a restart, an administrator's kill), the
 * failure says so, whether the kill lands during a statement or between two: imports report
 * this error to the person who ran them.
 */
describe('a transaction whose connection is killed', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('fails with the connection’s own reason when the kill lands between statements', async () => {
    const writer = testApp.app.get(RecordWriter);
    const attempt = writer.transaction(async (m) => {
      const [{ pid }] = await m.query('SELECT pg_backend_pid() AS pid');
      await testApp.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      // Let the client hear of it before the next statement, as happens between an import's batches.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await m.query('SELECT 1');
    });
    await expect(attempt).rejects.toThrow(/terminat/i);
  });

  it('fails with the connection’s own reason when the kill lands during a statement', async () => {
    const writer = testApp.app.get(RecordWriter);
    const attempt = writer.transaction(async (m) => {
      const [{ pid }] = await m.query('SELECT pg_backend_pid() AS pid');
      setTimeout(() => void testApp.dataSource.query('SELECT pg_terminate_backend($1)', [pid]), 200);
      await m.query('SELECT pg_sleep(5)');
    });
    await expect(attempt).rejects.toThrow(/terminat/i);
  });
});
