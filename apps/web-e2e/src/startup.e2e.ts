import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, graphql, newDataDir, runServerToExit, startServer } from './support/server';

const COUNT = '{ overview { organisationCount } }';
type Count = { overview: { organisationCount: number } };

/** The embedded PostgreSQL's URL, from the password file and the port the server logged. */
function embeddedUrl(dataDir: string, output: string, password: string): string {
  const port = /PostgreSQL is running from .* on port (\d+)/.exec(output)?.[1];
  if (!port) throw new Error(`No PostgreSQL port in the server output:\n${output}`);
  return `postgres://common_ground:${encodeURIComponent(password)}@127.0.0.1:${port}/common_ground`;
}

describe('starting the product', () => {
  it('keeps its data across a stop and a start, loading demo data only once', async () => {
    const dataDir = await newDataDir();
    const first = await startServer({ DATA_DIR: dataDir });
    expect(first.output()).toContain('Loaded the demo network');
    const password = (await import('node:fs')).readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
    const client = new Client({ connectionString: embeddedUrl(dataDir, first.output(), password) });
    await client.connect();
    await client.query(
      `INSERT INTO organisation (name, type, sector) VALUES ('Added Before Restart', 'CHARITY', 'VOLUNTARY_AND_COMMUNITY')`,
    );
    await client.end();
    await first.stop();

    const second = await startServer({ DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toContain('Loaded the demo network');
      expect((await graphql<Count>(second.url, COUNT)).overview.organisationCount).toBe(161);
    } finally {
      await second.stop();
    }
  });

  it('uses an external PostgreSQL named by DATABASE_URL instead of starting its own', async () => {
    const owner = await startServer();
    try {
      const password = (await import('node:fs')).readFileSync(join(owner.dataDir, 'pg-password'), 'utf8').trim();
      const externalDataDir = await newDataDir();
      const guest = await startServer({
        DATA_DIR: externalDataDir,
        DATABASE_URL: embeddedUrl(owner.dataDir, owner.output(), password),
      });
      try {
        expect(existsSync(join(externalDataDir, 'pg'))).toBe(false);
        expect(guest.output()).not.toContain('Creating a new PostgreSQL cluster');
        expect((await graphql<Count>(guest.url, COUNT)).overview.organisationCount).toBe(160);
        expect(await (await fetch(`${guest.url}/health`)).json()).toEqual({ status: 'ok', database: 'up' });
      } finally {
        await guest.stop();
      }
    } finally {
      await owner.stop();
    }
  });

  describe('refuses bad configuration with one clear sentence and no stack trace', () => {
    const expectOneSentence = (run: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) => {
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(run.stderr + run.stdout).not.toMatch(/\s+at .+:\d+:\d+/);
    };

    it('a port that is taken', async () => {
      const port = await freePort();
      const blocker: Server = createServer().listen(port);
      try {
        const run = await runServerToExit({ PORT: String(port), DATA_DIR: await newDataDir() });
        expectOneSentence(run, new RegExp(`Port ${port} is already in use`));
      } finally {
        blocker.close();
      }
    });

    it('a data directory that cannot be written', async () => {
      const file = join(await newDataDir(), 'not-a-folder');
      await writeFile(file, 'x');
      const run = await runServerToExit({ PORT: String(await freePort()), DATA_DIR: join(file, 'data') });
      expectOneSentence(run, /data directory .* cannot be written to/);
    });

    it('a DATABASE_URL where nothing listens', async () => {
      const run = await runServerToExit({
        PORT: String(await freePort()),
        DATABASE_URL: `postgres://cg:pw@127.0.0.1:${await freePort()}/cg`,
      });
      expectOneSentence(run, /Could not connect to PostgreSQL at 127\.0\.0\.1:\d+\/cg: nothing is listening there/);
    });

    it('a DATABASE_URL that is not a URL, together with other mistakes', async () => {
      const run = await runServerToExit({ PORT: 'eighty', DATABASE_URL: 'localhost', SESSION_SECRET: '' });
      expectOneSentence(run, /PORT must be .*DATABASE_URL must .*SESSION_SECRET is required in production/);
    });
  });
});
