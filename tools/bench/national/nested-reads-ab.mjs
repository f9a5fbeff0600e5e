/**
 * Total CPU per request (the API process AND PostgreSQL's backends) and throughput at 16
 * concurrent, for several API builds or variants against one database, interleaved (issue #13,
 * "nested reads": is one json statement cheaper in total than the loaders' statements?).
 * cpu-per-request.mjs reads only the API's CPU; a read that moves work into PostgreSQL needs both.
 *
 *   node tools/bench/national/nested-reads-ab.mjs <postmaster pid> "cg_session=…" '<targets json>' \
 *     main=<api pid>=<graphql url> json=<pid>=<url> …
 *
 * Only one variant runs at a time, so all of the postmaster's CPU (its backends, and what exited
 * backends left in its children's time) while a variant runs is that variant's. Per case and
 * round, each variant (in a rotated order) gets: WARM (48) warm-up requests at 16 concurrent; N1 (40) requests one at a
 * time (p50, p99, CPU per request); N16 (320) requests at 16 concurrent (req/s, CPU per request).
 * (The partnerships page, the slowest, gets 0.6 of N16.) CASES="directory,profile" keeps the reads whose
 * names hold one of the words (the directory and its page by cursor were added for the fifth round). Prints a Markdown table of medians over ROUNDS (3) rounds, with the load average. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const [postmasterArg, cookie, targetsJson, ...variantArgs] = process.argv.slice(2);
const postmaster = Number(postmasterArg);
const t = JSON.parse(targetsJson);
const variants = variantArgs.map((arg) => {
  const [label, pid, url] = arg.split(/=(\d+)=/);
  return { label, pid: Number(pid), url };
});
const TICK_MS = 10; // USER_HZ 100
const N1 = Number(process.env.N1 ?? 40), N16 = Number(process.env.N16 ?? 320), ROUNDS = Number(process.env.ROUNDS ?? 3);
const WARM = Number(process.env.WARM ?? 48);

const statOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return null; // exited between listing and reading
  }
};
/** utime + stime (and, with children, cutime + cstime) of a process, in ms. */
const cpuOf = (pid, children = false) => {
  const f = statOf(pid);
  if (!f) return 0;
  return (Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0)) * TICK_MS;
};
const apiCpu = (pid) => cpuOf(pid);
/** The postmaster's own and reaped children's CPU, plus every live backend's. */
const pgCpu = () => {
  let total = cpuOf(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statOf(entry);
    if (f && Number(f[1]) === postmaster) total += (Number(f[11]) + Number(f[12])) * TICK_MS;
  }
  return total;
};

const gql = async (url, query, variables) => {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'bench' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

// Page 201 of the directory: the cursor after the 10,000th organisation (the same on every build).
const deepCursor = (await gql(variants[0].url, 'query($id: ID!) { organisations(first: 1, filter: { id: { eq: $id } }) { pageInfo { endCursor } } }', { id: t.deepId }))
  .organisations.pageInfo.endCursor;
const allCases = [
  ['directory, 50 by name', 'query { organisations(first: 50) { nodes { id name sector } } }', {}],
  ['directory, page 201 by cursor', 'query($after: String!) { organisations(first: 50, after: $after) { nodes { id name } } }', { after: deepCursor }],
  ['organisation profile with its memberships', 'query($id: ID!) { organisation(id: $id) { id name sector memberships { role partnership { id name status } } } }', { id: t.organisationId }],
  ['partnership page with its members', 'query($id: ID!) { partnership(id: $id) { id name status members { role organisation { id name sector } } } }', { id: t.partnershipId }],
  ['partnerships page (20) with members', 'query { partnerships(first: 20) { nodes { id name status members { role organisation { id name sector } } } } }', {}, 0.6],
];
// CASES="directory,profile" keeps the reads whose names contain one of the words.
const only = process.env.CASES?.split(',');
const cases = only ? allCases.filter(([name]) => only.some((word) => name.includes(word))) : allCases;

async function phase(variant, query, variables, count, concurrency) {
  const api0 = apiCpu(variant.pid), pg0 = pgCpu(), started = performance.now();
  const times = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const s = performance.now();
        await gql(variant.url, query, variables);
        times.push(performance.now() - s);
      }
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    api: (apiCpu(variant.pid) - api0) / count,
    pg: (pgCpu() - pg0) / count,
    p50: times[Math.floor(times.length / 2)],
    p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))],
    rps: count / (wall / 1000),
  };
}

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (x) => x.toFixed(1);
const load = () => loadavg()[0].toFixed(1);

// The answers must agree before their costs mean anything.
for (const [name, query, variables] of cases) {
  const answers = await Promise.all(variants.map((v) => gql(v.url, query, variables).then((d) => JSON.stringify(d))));
  if (new Set(answers).size !== 1) throw new Error(`${name}: the variants' answers differ`);
}

console.log(`Load average at start: ${load()}; ${ROUNDS} rounds; ${N1} requests at 1, ${N16} at 16 concurrent per variant per round.\n`);
console.log('| read (charity CEO) | variant | API ms/req at 16 | PostgreSQL ms/req at 16 | total ms/req at 16 | req/s at 16 | total ms/req at 1 | p50 at 1 | p99 at 1 | load |');
console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const [name, query, variables, share = 1] of cases) {
  const results = new Map(variants.map((v) => [v.label, []]));
  const loads = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round so no variant always follows the same neighbour.
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const variant of order) {
      // Warm at 16 concurrent: the pool closes connections idle for 10 s (pg-pool's default), so
      // while the other variants ran this one's connections (and their prepared statements) went.
      await phase(variant, query, variables, WARM, 16);
      const one = await phase(variant, query, variables, N1, 1);
      const sixteen = await phase(variant, query, variables, Math.round(N16 * share), 16);
      results.get(variant.label).push({ one, sixteen });
      loads.push(loadavg()[0]);
    }
  }
  for (const variant of variants) {
    const rs = results.get(variant.label);
    const s = (pick) => med(rs.map(pick));
    console.log(
      `| ${name} | ${variant.label} | ${f1(s((r) => r.sixteen.api))} | ${f1(s((r) => r.sixteen.pg))} | ${f1(s((r) => r.sixteen.api + r.sixteen.pg))} | ${f1(s((r) => r.sixteen.rps))} | ${f1(s((r) => r.one.api + r.one.pg))} | ${f1(s((r) => r.one.p50))} | ${f1(s((r) => r.one.p99))} | ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} |`,
    );
  }
  // Every round's figures too, to show their spread.
  for (const variant of variants) {
    const rs = results.get(variant.label);
    console.error(`${name} ${variant.label}: total@16 ${rs.map((r) => f1(r.sixteen.api + r.sixteen.pg)).join(', ')}; req/s ${rs.map((r) => f1(r.sixteen.rps)).join(', ')}; p50@1 ${rs.map((r) => f1(r.one.p50)).join(', ')}`);
  }
}
console.log(`\nLoad average at end: ${load()}.`);
