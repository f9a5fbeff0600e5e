/**
 * Profiles the built API's CPU on the hot nested reads, as the charity CEO:
 *   TS_NODE_TRANSPILE_ONLY=true TS_NODE_PROJECT=tools/tsconfig.json npx ts-node -r tsconfig-paths/register \
 *     tools/bench/national/profile-requests.ts <database url> [--api dist/apps/api/main.js] [--requests 200] [--concurrency 4]
 *     [--reads "directory, 50 by name,directory, page 201 by cursor"] (names of national-cases.ts reads)
 *
 * Starts the API with `node --cpu-prof`, warms up, sends the organisation profile and the
 * partnerships page `--requests` times each, stops the API (which writes the profile under
 * .data/profiles/), and prints where the process's time went: idle, garbage collection, and self
 * time by package (and the app's own bundle), then the 25 hottest functions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { ensureBenchUsers, signIn } from './bench-users';
import { findTargets, nationalCases } from './national-cases';
import { startApi } from './start-api';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const DEFAULT_READS = 'organisation profile with its memberships,partnerships page (20) with members';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : fallback;
  };
  const databaseUrl = argv[0];
  const api = option('--api', 'dist/apps/api/main.js');
  const requests = Number(option('--requests', '200'));
  const concurrency = Number(option('--concurrency', '4'));
  // Names of national-cases.ts reads, comma-separated (the light reads: "directory, 50 by name").
  const reads = option('--reads', DEFAULT_READS).split(/,(?! )/);
  const profileDir = resolve('.data/profiles');
  const before = new Set(safeList(profileDir));
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  let window = { start: 0, end: 0, exited: 0 };
  const { url, child } = await startApi(api, databaseUrl, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  try {
    const ceo = (await ensureBenchUsers(pool)).find((user) => user.organisationId);
    const cookie = await signIn(url, ceo!.email);
    const cases = nationalCases(await findTargets(pool), '').filter((c) => reads.includes(c.name));
    const send = (query: string, variables?: Record<string, unknown>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) }).then((r) => r.json());
    for (const benchCase of cases) for (let i = 0; i < 10; i++) await send(benchCase.query, benchCase.variables);
    const started = performance.now();
    window.start = started;
    for (const benchCase of cases) {
      let left = requests;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (left-- > 0) await send(benchCase.query, benchCase.variables);
        }),
      );
    }
    window.end = performance.now();
    console.log(`${requests * cases.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s at ${concurrency} concurrent`);
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
    window = { ...window, exited: performance.now() };
    await pool.end();
  }
  const file = safeList(profileDir).find((name) => !before.has(name) && name.endsWith('.cpuprofile'));
  if (!file) throw new Error('No profile was written');
  console.log(`Profile: ${join(profileDir, file)}`);
  summarise(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, window);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Where a function lives: a package under node_modules, the app's bundle, Node itself, or V8. */
function origin(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packaged = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (packaged) return packaged[1];
  if (url.startsWith('node:')) return 'node internals';
  if (/main\.js$/.test(url)) return 'app bundle (main.js)';
  return url;
}

/**
 * Only the samples taken while the requests ran: the profile ends when the API exits, so a
 * sample's time before that end is mapped onto this process's clock (to within a few ms).
 */
function summarise(profile: CpuProfile, window: { start: number; end: number; exited: number }): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const here = window.exited - (profile.endTime - at) / 1000;
    if (here < window.start || here > window.end) return;
    self.set(id, (self.get(id) ?? 0) + delta);
    total += delta;
  });
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((sum, [, t]) => sum + t, 0);
  const busy = total - idle;
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    const group = origin(node);
    groups.set(group, (groups.get(group) ?? 0) + time);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${group}:${node.callFrame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const pct = (t: number) => `${((100 * t) / busy).toFixed(1)}%`;
  console.log(`\nProfiled ${(total / 1e6).toFixed(1)} s (the requests only), idle ${((100 * idle) / total).toFixed(0)}%; of the busy ${(busy / 1e6).toFixed(1)} s:`);
  for (const [group, time] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${pct(time).padStart(6)}  ${group}`);
  console.log('\nHottest functions (self time):');
  for (const [name, time] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(time).padStart(6)}  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
