import { coverageProblems, startWorld, World } from './matrix-world';
import { Fixtures, makeSecrets, Probe, Probing, QUERY_CASES, SecretKey } from './query-cases';

/*
 * Every query of the schema keeps an unrelated organisation's PRIVATE records out (issue #10).
 * The cases live in query-cases.ts; this file only runs them.
 */

/** The field that carries each secret's label. */
const LABEL: Record<SecretKey, string> = {
  org: 'name',
  partnership: 'name',
  project: 'name',
  person: 'fullName',
  need: 'title',
  activity: 'title',
  outcome: 'title',
  indicator: 'name',
  measurement: 'note',
  story: 'title',
  funding: 'programme',
  relationship: 'notes',
  place: 'name',
};

type Node = { id: string };
type Page = { totalCount: number; nodes: Node[] };

describe('query access matrix', () => {
  it('has a case for every Query field of the schema, and none for a field it lacks', () => {
    expect(coverageProblems('Query', Object.keys(QUERY_CASES), 'query-cases.ts')).toEqual([]);
  });

  describe('each query, read by the admin of an organisation unrelated to the secrets’ owner', () => {
    let p: Probing;
    beforeAll(async () => {
      const w: World = await startWorld();
      const f: Fixtures = await makeSecrets(w);
      p = { w, f, home: w.clients.homeAdmin, admin: w.clients.instanceAdmin };
    }, 120_000);
    afterAll(() => p?.w.testApp.close());

    /** The secrets whose id or label shows in `body`. */
    const leaked = (body: string, byId = true) =>
      (Object.keys(p.f.secret) as SecretKey[]).filter(
        (key) => (byId && body.includes(p.f.secret[key].id)) || body.includes(p.f.secret[key].label),
      );

    async function run(name: string, probe: Probe): Promise<void> {
      if ('list' in probe) {
        const query = `{ ${name}(first: 200${probe.args ? `, ${probe.args}` : ''}) { totalCount nodes { id } } }`;
        const all = (await p.admin.data<Record<string, Page>>(query))[name];
        const home = (await p.home.data<Record<string, Page>>(query))[name];
        const secretIds = new Set(Object.values(p.f.secret).map((s) => s.id));
        expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(probe.list.map((key) => p.f.secret[key].id)));
        expect(leaked(JSON.stringify(home))).toEqual([]);
        expect(home.totalCount).toBe(all.totalCount - all.nodes.filter((n) => secretIds.has(n.id)).length);
      } else if ('detail' in probe) {
        const secret = p.f.secret[probe.detail];
        const query = `query ($id: ID!) { ${name}(id: $id) { id ${LABEL[probe.detail]} } }`;
        expect(JSON.stringify(await p.admin.data(query, { id: secret.id }))).toContain(secret.label);
        const home = await p.home.request<Record<string, unknown>>(query, { id: secret.id });
        expect(home.data?.[name] ?? null).toBeNull();
        expect(['NOT_FOUND', 'FORBIDDEN', undefined]).toContain(home.errors?.[0]?.extensions?.['code']);
        expect(leaked(JSON.stringify(home), false)).toEqual([]); // the id asked for may be echoed in the message
      } else if ('nested' in probe) {
        const query = `query ($id: ID!) { ${name}(id: $id) { id ${probe.nested} } }`;
        const variables = { id: probe.from(p.f, p.w) };
        const all = JSON.stringify(await p.admin.data(query, variables));
        expect(leaked(all)).toEqual(expect.arrayContaining(probe.secrets)); // the path does reach them
        const home = await p.home.request(query, variables);
        expect(home.errors).toBeUndefined();
        expect(leaked(JSON.stringify(home))).toEqual([]);
      } else {
        await probe.run(p);
      }
    }

    const describeProbe = (probe: Probe) =>
      'list' in probe
        ? `lists no secret and counts none${probe.args ? ` (${probe.args})` : ''}`
        : 'detail' in probe
          ? `gives nothing of the secret ${probe.detail} by id`
          : 'nested' in probe
            ? `shows no secret down ${probe.nested.replace(/\s+/g, ' ')}`
            : probe.custom;

    const rows = Object.keys(QUERY_CASES)
      .sort()
      .flatMap((name) => QUERY_CASES[name].probes.map((probe) => [name, describeProbe(probe), probe] as const));
    it.each(rows)('%s %s', (name, _description, probe) => run(name, probe));
  });
});
