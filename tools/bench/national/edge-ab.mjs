/**
 * Light reads against several running API builds, one request at a time over one keep-alive
 * connection, interleaved round by round (issue #13, docs/performance.md "Sixth round: the HTTP
 * edge"): p50 and p90 latency, and the API process's CPU per request from /proc/<pid>/stat.
 *
 *   node tools/bench/national/edge-ab.mjs "cg_session=…" before=<pid>=<graphql url> after=<pid>=<url> …
 *
 * ROUNDS (5) rounds of N (1000) requests per read and build, after WARM (200); CASES filters the
 * reads by name. Linux only.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const [cookie, ...targets] = process.argv.slice(2);
const builds = targets.map((t) => { const [name, pid, url] = t.split('='); return { name, pid, url: new URL(url) }; });
const ROUNDS = Number(process.env.ROUNDS ?? 5), N = Number(process.env.N ?? 1000), WARM = Number(process.env.WARM ?? 200);
const cases = [
  ['bare { __typename }', '{ __typename }'],
  ['{ me { id } }', '{ me { id } }'],
  ['directory, 50 by name', 'query { organisations(first: 50) { nodes { id name sector } } }'],
  ['directory, 50 in a sector', 'query { organisations(first: 50, filter: { sector: { eq: VOLUNTARY_AND_COMMUNITY } }) { nodes { id name sector } } }'],
  ['partnerships, 20 by name', 'query { partnerships(first: 20) { nodes { id name } } }'],
].filter(([name]) => !process.env.CASES || process.env.CASES.split(',').some((c) => name.includes(c)));
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const agents = new Map(builds.map((b) => [b.name, new http.Agent({ keepAlive: true, maxSockets: 1 })]));
const send = (build, body) => new Promise((ok, bad) => {
  const req = http.request({ agent: agents.get(build.name), host: build.url.hostname, port: build.url.port, path: build.url.pathname, method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'content-length': Buffer.byteLength(body) } }, (res) => {
    const chunks = []; res.on('data', (d) => chunks.push(d)); res.on('end', () => ok(Buffer.concat(chunks).toString()));
  });
  req.on('error', bad); req.end(body);
});
const quantile = (xs, q) => xs[Math.floor(q * (xs.length - 1))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = new Map();
for (const [name, query] of cases) {
  const body = JSON.stringify({ query });
  const answers = new Set();
  for (const build of builds) answers.add(await send(build, body));
  if (answers.size !== 1 || [...answers][0].includes('"errors"')) throw new Error(`${name}: the builds answer differently or with errors: ${[...answers].map((a) => a.slice(0, 200)).join(' | ')}`);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...builds].reverse() : builds;
    for (const build of order) {
      for (let i = 0; i < WARM; i++) await send(build, body);
      const times = []; const before = cpu(build.pid);
      for (let i = 0; i < N; i++) { const s = performance.now(); await send(build, body); times.push(performance.now() - s); }
      const cpuPerRequest = (cpu(build.pid) - before) / N;
      times.sort((a, b) => a - b);
      const key = `${name}\t${build.name}`;
      if (!results.has(key)) results.set(key, []);
      results.get(key).push({ p50: quantile(times, 0.5), p90: quantile(times, 0.9), cpu: cpuPerRequest, load: loadavg()[0] });
    }
  }
}
console.log('| read | build | p50 ms (rounds) | median p50 | median p90 | API CPU ms/request (rounds) | median CPU | load |');
console.log('| --- | --- | --- | --: | --: | --- | --: | --- |');
for (const [key, rounds] of results) {
  const [name, build] = key.split('\t');
  const loads = rounds.map((r) => r.load);
  console.log(`| ${name} | ${build} | ${rounds.map((r) => r.p50.toFixed(2)).join(', ')} | ${median(rounds.map((r) => r.p50)).toFixed(2)} | ${median(rounds.map((r) => r.p90)).toFixed(2)} | ${rounds.map((r) => r.cpu.toFixed(2)).join(', ')} | ${median(rounds.map((r) => r.cpu)).toFixed(2)} | ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} |`);
}
for (const agent of agents.values()) agent.destroy();
