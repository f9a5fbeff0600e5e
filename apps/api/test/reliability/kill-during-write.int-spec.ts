import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { startTestApp, TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '../../../..');

/**
 * The process is killed outright (SIGKILL: no shutdown hooks, no rollback of its own) in the
 * middle of a multi-row write. PostgreSQL drops the open transaction, so afterwards nothing of
 * it is there: not the organisation, none of its people, no audit rows, and the API serves on.
 */
describe('the process is killed during a multi-row write', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp()));
  afterAll(() => testApp.close());

  it('leaves nothing half-written', async () => {
    const url = String((testApp.dataSource.options as { url: string }).url);
    const marker = `Killed${Date.now()}`;
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        join(__dirname, 'support/slow-writer.ts'),
        url,
        marker,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json' },
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_code, signal) => done(signal)));
    // Kill it once it has written twenty people inside its transaction.
    for await (const line of createInterface({ input: child.stdout })) {
      if (Number(line) >= 20) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // PostgreSQL notices the dropped connection and rolls its transaction back.
    const count = async () => {
      const [row] = await testApp.dataSource.query(
        `SELECT (SELECT count(*) FROM organisation WHERE name LIKE $1)::int + (SELECT count(*) FROM person WHERE full_name LIKE $1)::int AS n`,
        [`${marker}%`],
      );
      return row.n as number;
    };
    expect(await count()).toBe(0);
    const [audit] = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE changes::text LIKE $1`,
      [`%${marker}%`],
    );
    expect(audit.n).toBe(0);
    const answer = await testApp
      .client()
      .data<{ organisations: { totalCount: number } }>(`{ organisations(first: 1) { totalCount } }`);
    expect(answer.organisations.totalCount).toBe(0);
  });
});
