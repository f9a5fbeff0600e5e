/**
 * CPU per request of two API builds, interleaved (issue #13): on a loaded machine latency swings
 * 2-3× between rounds, but the API process's own CPU time per request (user + system, from
 * /proc/<pid>/stat) is disturbed far less. Start both builds against the same database with the
 * same SESSION_SECRET (so one session cookie works on both), then:
 *
 *   node tools/bench/national/cpu-per-request.mjs <pid A> <graphql url A> <pid B> <graphql url B> \
 *     "cg_session=…" '{"organisationId":"…","partnershipId":"…","deepId":"…"}'
 *
 * (`bench-login.ts` prints the cookie; the ids are `findTargets` in national-cases.ts.) Each read
 * is sent N (100) times at 4 concurrent to A, then to B, for ROUNDS (3) rounds; it prints a
 * Markdown table. Linux only.
 */
import { readFileSync } from 'node:fs';

const [pidA, urlA, pidB, urlB, cookie, targetsJson] = process.argv.slice(2);
const t = JSON.parse(targetsJson);
const tick = 100; // USER_HZ
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 1000 / tick; };
const gql = async (url, query, variables) => {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'bench' }, body: JSON.stringify({ query, variables }) });
  const body = await r.json(); if (body.errors) throw new Error(JSON.stringify(body.errors)); return body.data;
};
const cursorOf = async (url) => (await gql(url, 'query($id: ID!) { organisations(first: 1, filter: { id: { eq: $id } }) { pageInfo { endCursor } } }', { id: t.deepId })).organisations.pageInfo.endCursor;
const cursors = { [urlA]: await cursorOf(urlA), [urlB]: await cursorOf(urlB) };
const cases = [
  ['directory, 50 by name', 'query { organisations(first: 50) { nodes { id name sector } } }'],
  ['search, prefix "harrow*"', 'query { organisations(first: 20, filter: { name: { ilike: "harrow*" } }) { nodes { id name } } }'],
  ['directory, page 201 by cursor', 'query($after: String!) { organisations(first: 50, after: $after) { nodes { id name } } }', 'cursor'],
  ['organisation profile with its memberships', 'query($id: ID!) { organisation(id: $id) { id name sector memberships { role partnership { id name status } } } }', { id: t.organisationId }],
  ['partnership page with its members', 'query($id: ID!) { partnership(id: $id) { id name status members { role organisation { id name sector } } } }', { id: t.partnershipId }],
  ['partnerships page (20) with members', 'query { partnerships(first: 20) { nodes { id name status members { role organisation { id name sector } } } } }'],
];
const N = Number(process.env.N ?? 100), C = 4, ROUNDS = Number(process.env.ROUNDS ?? 3);
async function run(pid, url, query, vars) {
  const variables = vars === 'cursor' ? { after: cursors[url] } : vars;
  for (let i = 0; i < 10; i++) await gql(url, query, variables); // warm
  const before = cpu(pid); const started = performance.now(); const times = []; let next = 0;
  await Promise.all(Array.from({ length: C }, async () => { while (next++ < N) { const s = performance.now(); await gql(url, query, variables); times.push(performance.now() - s); } }));
  const wall = performance.now() - started; times.sort((a, b) => a - b);
  return { cpu: (cpu(pid) - before) / N, p50: times[Math.floor(times.length / 2)], rps: N / (wall / 1000) };
}
console.log('| read | CPU ms per request, before (rounds) | after (rounds) | change (median) | p50 at 4 concurrent, before → after |');
console.log('| --- | --- | --- | --: | --: |');
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, query, vars] of cases) {
  const a = [], b = [];
  for (let r = 0; r < ROUNDS; r++) { a.push(await run(pidA, urlA, query, vars)); b.push(await run(pidB, urlB, query, vars)); }
  const ca = med(a.map((x) => x.cpu)), cb = med(b.map((x) => x.cpu));
  console.log(`| ${name} | ${a.map((x) => x.cpu.toFixed(1)).join(', ')} | ${b.map((x) => x.cpu.toFixed(1)).join(', ')} | ${ca.toFixed(1)} → ${cb.toFixed(1)} ms (${(((cb - ca) / ca) * 100).toFixed(0)}%) | ${med(a.map((x) => x.p50)).toFixed(0)} → ${med(b.map((x) => x.p50)).toFixed(0)} ms |`);
}
