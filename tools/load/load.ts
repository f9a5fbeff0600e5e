/**
 * npm run load -- [--seconds 20] [--connections 12] [--users 3]
 *
 * Drives the whole API on loopback with a mixed workload: several signed-in people, each an
 * administrator of a different organisation, list organisations, partnerships and the
 * overview and create organisations, for a bounded time. Prints requests per second, p50 and
 * p99 latency and errors by kind, then checks that every write the API acknowledged is in the
 * database. Exits 1 on any 5xx, lost write or transport error. Not part of `npm test`.
 * Runs on a fresh embedded PostgreSQL (or DATABASE_URL's, which should be an empty database).
 * docs/operations.md has the figures.
 */
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuthService } from '@cg/api/core/auth';
import { loadConfig } from '@cg/api/core/config';
import { startEmbeddedPostgres } from '@cg/api/core/database';
import { generateNetwork, loadNetwork } from '@cg/api/demo-data';
import { OrganisationRole } from '@cg/shared/domain';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app/create-app';
import { autocannon, AutocannonRequest, AutocannonResult } from './autocannon';

const PASSWORD = 'load test password, long enough';
const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'common-ground' };
const READS = [
  `{ organisations(first: 25, sort: [{ field: NAME, direction: ASC }]) { totalCount nodes { id name type homePlace { name } } } }`,
  `{ partnerships(first: 25) { totalCount nodes { id name memberCount } } }`,
  `{ overview { organisationCount livePartnershipCount } }`,
  `query ($search: String) { organisations(first: 10, search: $search) { nodes { id name } } }`,
];
const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number of 1 or more.`);
  return value;
}

async function main(): Promise<void> {
  const seconds = flag('seconds', 20);
  const connections = flag('connections', 12);
  const userCount = flag('users', 3);
  const dataDir = await mkdtemp(join(tmpdir(), 'cg-load-'));
  await chmod(dataDir, 0o755);
  const postgres = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres(dataDir);
  const config = { ...loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }), schemaFile: undefined, webDist: undefined };
  const app = await createApp(config, postgres.url);
  try {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const dataSource = app.get<DataSource>(getDataSourceToken());
    await loadNetwork(dataSource, generateNetwork({ organisations: 200, seed: 5 }));

    // One signed-in person per organisation, each able to write only its own records.
    const owners: { id: string }[] = await dataSource.query('SELECT id FROM organisation ORDER BY name LIMIT $1', [
      userCount,
    ]);
    const auth = app.get(AuthService);
    const users: { index: number; organisationId: string; cookie: string }[] = [];
    for (const [index, owner] of owners.entries()) {
      const email = `load-${index}@example.org`;
      const user = await auth.createUser({ email, name: `Load ${index}`, password: PASSWORD });
      await auth.addMembership(user.id, owner.id, OrganisationRole.ORG_ADMIN);
      users.push({ index, organisationId: owner.id, cookie: await signIn(base, email) });
    }

    const acknowledgedIds: string[] = [];
    let answeredWrites = 0;
    const errors = new Map<string, number>();
    const samples = new Map<string, string>();
    const count = (kind: string, body: string) => {
      errors.set(kind, (errors.get(kind) ?? 0) + 1);
      if (!samples.has(kind)) samples.set(kind, body.slice(0, 300));
    };
    let turn = 0;
    let sequence = 0;
    console.log(
      `Load: ${users.length} people, ${connections} connections, ${seconds} s, 4 reads to 1 write, on ${base}`,
    );
    const result: AutocannonResult = await autocannon({
      url: `${base}/graphql`,
      connections,
      duration: seconds,
      // A busy machine answers slowly rather than never: count a request lost only after a minute.
      timeout: 60,
      requests: [
        ...READS.map((query) => ({
          method: 'POST' as const,
          setupRequest: (request: AutocannonRequest, context: Record<string, unknown>) =>
            asPerson(request, context, JSON.stringify({ query, variables: { search: 'community' } })),
          onResponse: (status: number, body: string) => void check(status, body),
        })),
        {
          method: 'POST' as const,
          setupRequest: (request: AutocannonRequest, context: Record<string, unknown>) =>
            asPerson(
              request,
              context,
              JSON.stringify({ query: CREATE, variables: { input: { name: `Load ${++sequence}`, type: 'CHARITY' } } }),
            ),
          onResponse: (status: number, body: string) => {
            answeredWrites++;
            const id = /"createOrganisation":\{"id":"([0-9a-f-]{36})"/.exec(body)?.[1];
            if (check(status, body) && id) acknowledgedIds.push(id);
          },
        },
      ],
    });

    // Each round of five requests is one person's, the people taking turns.
    function asPerson(request: AutocannonRequest, context: Record<string, unknown>, body: string): AutocannonRequest {
      context['cookie'] ??= users[turn++ % users.length].cookie;
      return { ...request, headers: { ...HEADERS, cookie: String(context['cookie']) }, body };
    }

    function check(status: number, body: string): boolean {
      if (status >= 400) count(`HTTP ${status}`, body);
      const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
      if (code) count(`GraphQL ${code}`, body);
      return status === 200 && !code;
    }

    // Every write the API acknowledged is in the database, and nothing else was written.
    const [{ stored, found }] = await dataSource.query(
      `SELECT count(*)::int AS stored, count(*) FILTER (WHERE id = ANY($1))::int AS found FROM organisation WHERE name LIKE 'Load %'`,
      [acknowledgedIds],
    );
    const acknowledged = acknowledgedIds.length;
    // Writes still in flight when the time ran out were cut off unanswered: each may have committed
    // or not, so they may add to what is stored, never take from what was acknowledged.
    const unanswered = sequence - answeredWrites;
    const writesKept = found === acknowledged && stored >= acknowledged && stored <= acknowledged + unanswered;
    const fiveXX = [...errors].filter(([kind]) => kind.startsWith('HTTP 5')).reduce((sum, [, n]) => sum + n, 0);

    console.log(
      `Requests:   ${result.requests.total} in ${result.duration.toFixed(1)} s = ${result.requests.average.toFixed(0)} req/s`,
    );
    console.log(`Latency:    p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(
      `Errors:     ${errors.size === 0 ? 'none' : [...errors].map(([kind, n]) => `${kind} × ${n}`).join(', ')}; transport errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    console.log(`5xx:        ${fiveXX}`);
    console.log(
      `Writes:     ${acknowledged} acknowledged, ${found} of them found, ${stored} in the database, ${unanswered} cut off unanswered at the deadline (${writesKept ? 'none lost' : 'MISMATCH'})`,
    );
    for (const [kind, body] of samples) console.log(`  first ${kind}: ${body}`);
    if (errors.size > 0 || fiveXX > 0 || !writesKept || result.errors > 0 || result.timeouts > 0)
      process.exitCode = 1;
  } finally {
    await new Promise((settle) => setTimeout(settle, 3000)); // let requests cut off at the deadline finish
    await app.close();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({
      query: `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      variables: { input: { email, password: PASSWORD } },
    }),
  });
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(`The load run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
