import type { GraphQLResponse } from '@cg/api/testing';
import { coverageProblems, startWorld, World } from './matrix-world';
import { MUTATION_CASES, MutationCase, Refusal, Target, Watch } from './mutation-cases';

/*
 * Every mutation of the schema, tried by people who may not make it and then by someone who
 * may (issue #10). The cases live in mutation-cases.ts; this file only runs them.
 */

/** The codes each standard refusal may answer with. */
const REFUSALS: Record<Refusal, string[]> = {
  // Before anything is looked up: a session that expired mid-edit must lead to "sign in again",
  // not to "this record does not exist" (NOT_FOUND) or a complaint about an input (BAD_USER_INPUT).
  signedOut: ['UNAUTHENTICATED'],
  homeViewer: ['FORBIDDEN'],
  // NOT_FOUND when the record is hidden from them, as if it did not exist.
  strangerAdmin: ['FORBIDDEN', 'NOT_FOUND'],
};

describe('mutation access matrix', () => {
  it('has a case for every Mutation field of the schema, and none for a field it lacks', () => {
    expect(coverageProblems('Mutation', Object.keys(MUTATION_CASES), 'mutation-cases.ts')).toEqual([]);
  });

  describe('each mutation', () => {
    let w: World;
    beforeAll(async () => {
      w = await startWorld();
    }, 120_000);
    afterAll(() => w?.testApp.close());

    /** The watched state plus the audit log count, as text, read as the system. */
    async function snapshot(watches: Watch[]): Promise<Record<string, string>> {
      const state: Record<string, string> = {};
      for (const watch of [...watches, { label: 'audit_log rows', sql: 'SELECT count(*)::int AS n FROM audit_log' }]) {
        state[watch.label] = JSON.stringify(await w.sql(watch.sql, watch.params));
      }
      return state;
    }

    /** One sentence per refusal that did not happen or changed something. */
    async function refused(
      c: MutationCase,
      t: Target,
      who: string,
      variables: Record<string, unknown>,
      codes: (string | null)[],
    ): Promise<string[]> {
      const client = w.clients[who as keyof World['clients']];
      const before = await snapshot(c.watch(t, w));
      const result: GraphQLResponse<unknown> = await client.request(c.document, variables);
      const code = (result.errors?.[0]?.extensions?.['code'] as string | undefined) ?? null;
      const problems: string[] = [];
      if (!codes.includes(code))
        problems.push(
          `${who}: expected ${codes.map(String).join(' or ')}, got ${code ?? 'success'}${result.errors ? ` (${result.errors[0].message})` : ''}`,
        );
      const after = await snapshot(c.watch(t, w));
      for (const label of Object.keys(before)) {
        if (before[label] !== after[label]) problems.push(`${who}: changed ${label}`);
      }
      return problems;
    }

    it.each(Object.keys(MUTATION_CASES).sort())(
      '%s: refused to those without the right, changing nothing; done by one with it',
      async (name) => {
        const c = MUTATION_CASES[name];
        const t = await c.fixture(w);
        const variables = c.variables(t, w);
        const problems: string[] = [];

        if (c.public) {
          problems.push(...(await refused(c, t, 'signedOut', c.public.misuse(t, w), [c.public.code])));
        } else {
          for (const who of Object.keys(REFUSALS) as Refusal[]) {
            if (!c.exempt?.[who]) problems.push(...(await refused(c, t, who, variables, REFUSALS[who])));
          }
        }

        const allowed = c.allowed === 'fixture' ? t.as : w.clients[c.allowed];
        if (!allowed) throw new Error(`${name}: the fixture signed nobody in`);
        const before = await snapshot(c.watch(t, w));
        const result = await allowed.request(c.document, variables);
        if (result.errors) problems.push(`${c.allowed}: expected success, got ${JSON.stringify(result.errors[0])}`);
        else if (JSON.stringify(await snapshot(c.watch(t, w))) === JSON.stringify(before))
          problems.push(
            `${c.allowed}: succeeded but the watched rows did not change, so the case watches the wrong rows`,
          );

        if (c.knownGap && problems.length > 0) problems.push(`(known gap: ${c.knownGap})`);
        expect(problems).toEqual([]);
      },
    );
  });
});
