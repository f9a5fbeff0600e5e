/**
 * npm run bench -- --scale national [--orgs 200000] [--data-dir .data/national] [--duration 5]
 *   [--out .data/bench-results] [--only text] [--skip text] [--users admin,ceo] [--api dist/apps/api/main.js]
 *   [--database-url postgres://… (a running database, e.g. from serve-db.ts)] [--concurrency 1,16]
 *   [--baseline-api dist-of-another-build/main.js (measured beside --api, case by case, for before/after)]
 *
 * Every hot read at national scale over HTTP, at 1 and 16 concurrent requests, as an instance
 * admin and as a charity CEO (row-level security judging every row), beside the same read as
 * hand-written SQL through `pg` as the table owner, served as JSON over HTTP by a minimal server in
 * this process (the floor: HTTP and JSON, but no GraphQL, no session, no row-level security), and
 * the same SQL called in-process (no HTTP either; an extra column). The project and the floor are
 * sent the same kind of request by the same client (a JSON POST through a keep-alive undici pool,
 * as ../shared/perf does), so the ratio compares the servers and not two client paths.
 * Seeds the database in --data-dir on first use (about 4 minutes) and reuses it after. Needs the
 * API built (`npx nx build api`). Prints p50/p95/p99, req/s and the ratio to the floor; writes JSON
 * and the slowest reads' EXPLAIN ANALYZE (as the charity CEO) under --out.
 */
import { startEmbeddedPostgres } from '@cg/api/core/database';
import { ChildProcess, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { BenchUser, ensureBenchUsers, signIn } from './bench-users';
import { Figures, measure } from './measure';
import { BenchCase, findTargets, nationalCases } from './national-cases';
import { PostRequester, postRequester } from './post-requester';
import { startApi } from './start-api';

interface Args {
  organisations: number;
  dataDir: string;
  duration: number;
  out: string;
  only?: string;
  skip?: string;
  databaseUrl?: string;
  users: string[];
  api: string;
  /** How many requests at once each read is measured at (--concurrency 1,16). */
  concurrencies: number[];
  baselineApi?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    organisations: 200_000,
    dataDir: '.data/national',
    duration: 5,
    out: '.data/bench-results',
    users: ['admin', 'ceo'],
    api: 'dist/apps/api/main.js',
    concurrencies: [1, 16],
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') value();
    else if (flag === '--orgs') args.organisations = Number(value());
    else if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--duration') args.duration = Number(value());
    else if (flag === '--out') args.out = value();
    else if (flag === '--only') args.only = value().toLowerCase();
    else if (flag === '--skip') args.skip = value().toLowerCase();
    else if (flag === '--database-url') args.databaseUrl = value();
    else if (flag === '--users') args.users = value().split(',');
    else if (flag === '--api') args.api = value();
    else if (flag === '--concurrency') args.concurrencies = value().split(',').map(Number);
    else if (flag === '--baseline-api') args.baselineApi = value();
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  return args;
}

async function graphql(
  url: string,
  cookie: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const ms = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1));

interface Row {
  case: string;
  user: string;
  concurrency: number;
  project: Figures;
  /** The SQL behind a minimal HTTP server, over HTTP: what the ratio is to. */
  floor: Figures;
  /** The SQL through `pg` in this process, no HTTP. */
  sql: Figures;
  /** The same read on --baseline-api, measured right before the project's. */
  baseline?: Figures;
  cold?: number;
  /** When the first request for a cold network answered (empty and `updating` if it was not measured in time). */
  coldFirstAnswer?: number;
}

/**
 * The floor over HTTP, as ../shared/perf's sql-server.mjs serves it: a bare Node HTTP server that
 * reads the JSON POST body, runs a case's SQL through `pg` and answers `{"data": rows}`.
 * `POST /<case index>`.
 */
async function startFloorServer(pool: Pool, cases: BenchCase[]): Promise<{ url: string; server: Server }> {
  const server = createHttpServer((req, res) => {
    const benchCase = cases[Number(req.url?.slice(1))];
    if (req.method !== 'POST' || !benchCase) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { values } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { values?: unknown[] };
      pool.query(benchCase.floor.text, values).then(
        ({ rows }) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows })),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Measures one requester at `concurrency` (one socket per loop), then closes it. */
async function measureOver(requester: PostRequester, concurrency: number, seconds: number): Promise<Figures> {
  try {
    return await measure(() => requester.send(), concurrency, seconds);
  } finally {
    await requester.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir);
  if (!args.databaseUrl && !existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
    console.log(
      `No database in ${dataDir}: seeding ${args.organisations.toLocaleString('en-GB')} organisations (a few minutes)...`,
    );
    const seeded = spawnSync(
      'npm',
      ['run', 'seed', '--', '--orgs', String(args.organisations), '--data-dir', args.dataDir],
      { stdio: 'inherit' },
    );
    if (seeded.status !== 0) throw new Error('Seeding failed');
  }
  if (!existsSync(args.api)) throw new Error(`${args.api} is missing: run \`npx nx build api\` first.`);
  const postgres = args.databaseUrl ? undefined : await startEmbeddedPostgres(dataDir);
  const databaseUrl = args.databaseUrl ?? (postgres?.url as string);
  const pool = new Pool({ connectionString: databaseUrl, max: 16 });
  let api: ChildProcess | undefined;
  let baselineApi: ChildProcess | undefined;
  let floorServer: Server | undefined;
  try {
    const { url, child } = await startApi(args.api, databaseUrl);
    api = child;
    const baseline = args.baselineApi ? await startApi(args.baselineApi, databaseUrl) : undefined;
    baselineApi = baseline?.child;
    const users = (await ensureBenchUsers(pool)).filter((user) =>
      args.users.some((wanted) => user.label.includes(wanted === 'ceo' ? 'CEO' : wanted)),
    );
    const cookies = new Map<BenchUser, string>();
    const baselineCookies = new Map<BenchUser, string>();
    for (const user of users) cookies.set(user, await signIn(url, user.email));
    if (baseline) for (const user of users) baselineCookies.set(user, await signIn(baseline.url, user.email));
    const targets = await findTargets(pool);
    // Each build makes its own cursors (a cursor names the list's order, which a build may change).
    const cursor = await deepCursor(url, [...cookies.values()][0], targets.deepId);
    const baselineCursor = baseline
      ? await deepCursor(baseline.url, [...baselineCookies.values()][0], targets.deepId)
      : cursor;
    const cases = nationalCases(targets, cursor).filter((c) => {
      // Each of --only and --skip may list several texts, separated by commas.
      const named = (texts?: string) => texts?.split(',').some((text) => c.name.toLowerCase().includes(text));
      return (!args.only || named(args.only)) && (!args.skip || !named(args.skip));
    });
    const floorHttp = await startFloorServer(pool, cases);
    floorServer = floorHttp.server;
    const rows: Row[] = [];
    const baselineHead = baseline ? ' baseline p50 | baseline p99 | baseline req/s | baseline ÷ floor |' : '';
    console.log(
      `\n| read | user | conc. | p50 | p95 | p99 | req/s | floor p50 | floor req/s | p50 ÷ floor | SQL in-process p50 | SQL req/s |${baselineHead}`,
    );
    console.log(
      `| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |${baseline ? ' --: | --: | --: | --: |' : ''}`,
    );
    for (const [index, benchCase] of cases.entries()) {
      for (const user of users) {
        const cookie = cookies.get(user) as string;
        const project = () => graphql(url, cookie, benchCase.query, benchCase.variables);
        const projectBody = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
        const baselineBody = JSON.stringify({
          query: benchCase.query,
          variables: withCursor(benchCase.variables, baselineCursor),
        });
        const floorBody = JSON.stringify({ values: benchCase.floor.values });
        const sql = () => pool.query(benchCase.floor.text, benchCase.floor.values);
        let cold: number | undefined;
        let coldFirstAnswer: number | undefined;
        if (benchCase.cached) {
          // A network not measured within the request's wait answers empty and `updating`; like the
          // map, ask again until the full answer comes, and report both times.
          const started = performance.now();
          const updating = (answer: unknown) =>
            Object.values((answer ?? {}) as Record<string, { updating?: boolean } | null>).some(
              (field) => field?.updating,
            );
          let answer = await project();
          coldFirstAnswer = performance.now() - started;
          while (updating(answer)) answer = await project();
          cold = performance.now() - started;
        }
        for (const concurrency of args.concurrencies) {
          const over = (target: string, body: string, headers: Record<string, string>) =>
            measureOver(postRequester(target, body, headers, concurrency), concurrency, args.duration);
          const baselineFigures = baseline
            ? await over(baseline.url, baselineBody, { cookie: baselineCookies.get(user) as string })
            : undefined;
          const projectFigures = await over(url, projectBody, { cookie });
          const floorFigures = await over(`${floorHttp.url}/${index}`, floorBody, {});
          const sqlFigures = await measure(sql, concurrency, args.duration);
          const row: Row = {
            case: benchCase.name,
            user: user.label,
            concurrency,
            project: projectFigures,
            floor: floorFigures,
            sql: sqlFigures,
            baseline: baselineFigures,
            cold,
            coldFirstAnswer,
          };
          rows.push(row);
          const p = projectFigures;
          const firstNote =
            coldFirstAnswer !== undefined && cold !== undefined && cold - coldFirstAnswer > 1
              ? `, first answer "updating" at ${ms(coldFirstAnswer)} ms`
              : '';
          const coldNote = cold !== undefined && concurrency === 1 ? ` (cold ${ms(cold)} ms${firstNote})` : '';
          console.log(
            `| ${benchCase.name}${coldNote} | ${user.label} | ${concurrency} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${p.reqPerSecond.toFixed(0)} | ` +
              `${ms(floorFigures.p50)} | ${floorFigures.reqPerSecond.toFixed(0)} | ${(p.p50 / floorFigures.p50).toFixed(1)}× | ` +
              `${ms(sqlFigures.p50)} | ${sqlFigures.reqPerSecond.toFixed(0)} |` +
              (baselineFigures
                ? ` ${ms(baselineFigures.p50)} | ${ms(baselineFigures.p99)} | ${baselineFigures.reqPerSecond.toFixed(0)} | ${(baselineFigures.p50 / floorFigures.p50).toFixed(1)}× |`
                : '') +
              (p.errors ? ` ${p.errors} errors` : ''),
          );
        }
      }
    }
    mkdirSync(args.out, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const jsonFile = join(args.out, `national-${stamp}.json`);
    writeFileSync(jsonFile, JSON.stringify({ date: new Date().toISOString(), args, targets, rows }, null, 2));
    await explainSlowest(pool, rows, cases, join(args.out, `national-${stamp}-explain.txt`));
    console.log(`\nFigures in ${jsonFile}`);
  } finally {
    api?.kill('SIGTERM');
    baselineApi?.kill('SIGTERM');
    floorServer?.close();
    floorServer?.closeAllConnections();
    await pool.end();
    await postgres?.stop();
  }
}

/**
 * EXPLAIN ANALYZE of the floor SQL of the three slowest reads (by p50 at 1 request): what the best
 * SQL costs on this data. For the API's own plan as a user, see explain-as.ts.
 */
async function explainSlowest(pool: Pool, rows: Row[], cases: BenchCase[], file: string): Promise<void> {
  const slowest = rows
    .filter((row) => row.concurrency === 1)
    .sort((a, b) => b.project.p50 - a.project.p50)
    .slice(0, 3);
  const parts: string[] = [];
  for (const row of slowest) {
    const benchCase = cases.find((c) => c.name === row.case) as BenchCase;
    const { rows: plan } = await pool.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${benchCase.floor.text}`,
      benchCase.floor.values,
    );
    parts.push(
      `# ${row.case} (${row.user}, p50 ${ms(row.project.p50)} ms)\n${plan.map((line) => line['QUERY PLAN']).join('\n')}\n`,
    );
  }
  writeFileSync(file, parts.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

/** The directory's cursor after the organisation `id`, in the default order, as the API at `url` makes it. */
async function deepCursor(url: string, cookie: string, id: string): Promise<string> {
  const page = (await graphql(
    url,
    cookie,
    'query ($id: ID!) { organisations(first: 1, filter: { id: { eq: $id } }) { pageInfo { endCursor } } }',
    {
      id,
    },
  )) as { organisations: { pageInfo: { endCursor: string } } };
  return page.organisations.pageInfo.endCursor;
}

/** A case's variables with its cursor, if it has one, replaced by `cursor`. */
function withCursor(
  variables: Record<string, unknown> | undefined,
  cursor: string,
): Record<string, unknown> | undefined {
  return variables && 'after' in variables ? { ...variables, after: cursor } : variables;
}
