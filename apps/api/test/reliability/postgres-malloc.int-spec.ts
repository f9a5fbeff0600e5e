import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { PostgresProcess, startPostgresProcess } from './support/postgres-process-client';

// The embedded PostgreSQL's backends keep up to 8 MB of freed heap instead of giving it back to the
// kernel after every statement (postgres-malloc.ts; issue #13, docs/performance.md "The backends'
// heap"). Read from a backend's own environment, as glibc reads it when the process starts.
const linux = process.platform === 'linux' ? describe : describe.skip;

linux('the embedded PostgreSQL', () => {
  let postgres: PostgresProcess;
  beforeAll(async () => {
    postgres = await startPostgresProcess();
  }, 120_000);
  afterAll(() => postgres?.close());

  it('starts its backends with a trim threshold for glibc malloc', async () => {
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const environment = (await readFile(`/proc/${rows[0].pid}/environ`, 'utf8')).split('\0');
      expect(environment).toContainEqual(
        expect.stringMatching(/^GLIBC_TUNABLES=.*glibc\.malloc\.trim_threshold=8388608/),
      );
    } finally {
      await client.end();
    }
  });
});
