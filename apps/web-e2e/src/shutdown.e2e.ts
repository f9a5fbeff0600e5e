import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { signInToApi } from './support/api-session';
import { DEMO_PASSWORD, PERSONAS } from './support/personas';
import { newDataDir, startServer } from './support/server';

const CREATE = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
const WRITERS = 4;

/**
 * SIGTERM while writes stream in: every write the server acknowledged must be in the database
 * after a restart, and the server must say it stopped cleanly (queue, pool and PostgreSQL).
 */
describe('stopping with SIGTERM during a stream of writes', () => {
  it('keeps every acknowledged write, refuses the rest cleanly, and stops PostgreSQL in order', async () => {
    const dataDir = await newDataDir();
    const server = await startServer({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT: '10' });
    const api = await signInToApi(server.url, PERSONAS.admin, DEMO_PASSWORD);
    const acknowledged: string[] = [];
    const outcomes: Record<string, number> = {};
    const count = (what: string) => (outcomes[what] = (outcomes[what] ?? 0) + 1);

    let sequence = 0;
    const writer = async (id: number) => {
      for (;;) {
        const name = `Shutdown probe ${id}-${sequence++}`;
        try {
          const { status, body } = await api.post<{ createOrganisation: { id: string } }>(CREATE, {
            input: { name, type: 'CHARITY' },
          });
          if (status === 200 && body.data?.createOrganisation.id) {
            acknowledged.push(name);
            count('acknowledged');
            continue;
          }
          count(`status ${status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim());
        } catch (error) {
          count(`refused: ${((error as Error).cause as { code?: string })?.code ?? (error as Error).message}`);
        }
        return;
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, id) => writer(id));
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
    const signalledAt = Date.now();
    server.process.kill('SIGTERM');
    await Promise.all(writers);
    const code = await exited;
    console.log(
      `SIGTERM after ${acknowledged.length - 0} writes; outcomes ${JSON.stringify(outcomes)}; stopped in ${Date.now() - signalledAt} ms`,
    );

    expect(code).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: no new requests; finishing \d+ in flight/);
    expect(server.output()).toContain('Stopped cleanly.');
    // Nothing but acknowledgements, the 503 of a closing server, or a refused connection.
    for (const outcome of Object.keys(outcomes))
      expect(outcome).toMatch(
        /^(acknowledged|status 503 SERVICE_UNAVAILABLE|refused: (ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET))$/,
      );

    // PostgreSQL stopped cleanly: the restart needs no crash recovery, and every write is there.
    const again = await startServer({ DATA_DIR: dataDir });
    try {
      const port = /PostgreSQL is running from .* on port (\d+)/.exec(again.output())?.[1];
      const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
      const client = new Client({
        connectionString: `postgres://common_ground:${encodeURIComponent(password)}@127.0.0.1:${port}/common_ground`,
      });
      await client.connect();
      try {
        const { rows } = await client.query<{ name: string }>(
          `SELECT name FROM organisation WHERE name LIKE 'Shutdown probe %'`,
        );
        const stored = new Set(rows.map((row) => row.name));
        expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
      } finally {
        await client.end();
      }
    } finally {
      await again.stop();
    }
  }, 240_000);
});
