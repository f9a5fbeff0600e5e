import { AccessScopeService, AuthService, SessionUser } from '@cg/api/core/auth';
import { preparedQuery, runWithAccessScope } from '@cg/api/core/database';
import { OrganisationRole } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

describe('access scope: who may read what, as PostgreSQL enforces it', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};

  const insert = async (sql: string, params: unknown[]) => (await ds.query(sql, params))[0]?.id as string;
  const userOf = async (key: string): Promise<SessionUser> => {
    const auth = testApp.app.get(AuthService);
    const user = await auth.createUser({ email: `${key}@example.org`, name: key, password: 'long enough password' });
    await auth.addMembership(user.id, org[key], OrganisationRole.COORDINATOR);
    return { id: user.id, email: user.email, name: key, isInstanceAdmin: false, sessionId: 'test', memberships: [{ organisationId: org[key], organisationName: key, role: OrganisationRole.COORDINATOR }] };
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    for (const key of ['alpha', 'beta', 'stranger', 'funder', 'funded', 'exPartner']) {
      org[key] = await insert(`INSERT INTO organisation (name, type, sector) VALUES ($1, 'CHARITY', 'VOLUNTARY_AND_COMMUNITY') RETURNING id`, [key]);
    }
    const live = await insert(`INSERT INTO partnership (name, governance_model, status) VALUES ('Live', 'SHARED_LEADERSHIP', 'ACTIVE') RETURNING id`, []);
    const closed = await insert(`INSERT INTO partnership (name, governance_model, status) VALUES ('Closed', 'SHARED_LEADERSHIP', 'CLOSED') RETURNING id`, []);
    for (const [p, o] of [[live, 'alpha'], [live, 'beta'], [closed, 'alpha'], [closed, 'exPartner']]) {
      await ds.query(`INSERT INTO partnership_membership (partnership_id, organisation_id, role) VALUES ($1, $2, 'CORE_MEMBER')`, [p, org[o]]);
    }
    await ds.query(`INSERT INTO funding (funder_organisation_id, recipient_organisation_id, amount) VALUES ($1, $2, 5000)`, [org.funder, org.funded]);
    // One project per owner and visibility, to read back through the condition.
    for (const owner of ['alpha', 'beta', 'stranger', 'funded', 'exPartner']) {
      for (const visibility of ['PUBLIC', 'PARTNERS', 'PRIVATE']) {
        await ds.query(`INSERT INTO project (name, owner_organisation_id, visibility) VALUES ($1, $2, $3)`, [`${owner}-${visibility}`, org[owner], visibility]);
      }
    }
  });
  afterAll(() => testApp.close());

  // Asks PostgreSQL as a request would: its row-level security decides, not this query.
  const readable = async (user: SessionUser | undefined) => {
    const scope = await testApp.app.get(AccessScopeService).scopeFor(user);
    const rows: { name: string }[] = await runWithAccessScope(scope, () => ds.query('SELECT name FROM project ORDER BY name'));
    return rows.map((r) => r.name);
  };

  it('a member sees public records, all of their own, and PARTNERS records of live partners only', async () => {
    expect(await readable(await userOf('alpha'))).toEqual([
      'alpha-PARTNERS', 'alpha-PRIVATE', 'alpha-PUBLIC',
      'beta-PARTNERS', 'beta-PUBLIC',
      'exPartner-PUBLIC', 'funded-PUBLIC', 'stranger-PUBLIC',
    ]);
  });

  it('a funder is a partner of its live portfolio: PARTNERS records, nothing PRIVATE', async () => {
    expect(await readable(await userOf('funder'))).toEqual([
      'alpha-PUBLIC', 'beta-PUBLIC', 'exPartner-PUBLIC',
      'funded-PARTNERS', 'funded-PUBLIC',
      'stranger-PUBLIC',
    ]);
  });

  it('someone signed out sees nothing', async () => {
    expect(await readable(undefined)).toEqual([]);
  });

  it('never serves one user with another\'s scope, however users take turns on the pooled connections', async () => {
    // Sessions as the cache hands them out: the same user object, with its partners read, on every
    // request; so each user's scope and its connection settings are reused (issue #13, fifth round).
    const scopes = testApp.app.get(AccessScopeService);
    const cachedSession = async (key: string) => {
      const auth = testApp.app.get(AuthService);
      const account = await auth.createUser({ email: `${key}-turns@example.org`, name: key, password: 'long enough password' });
      await auth.addMembership(account.id, org[key], OrganisationRole.COORDINATOR);
      const user: SessionUser = { id: account.id, email: account.email, name: key, isInstanceAdmin: false, sessionId: 'test', memberships: [{ organisationId: org[key], organisationName: key, role: OrganisationRole.COORDINATOR }] };
      const first = await scopes.scopeFor(user);
      return { ...user, relations: { partners: [...first.partnerOrganisationIds], portfolio: [...first.portfolioOrganisationIds] } };
    };
    const [alpha, funder] = [await cachedSession('alpha'), await cachedSession('funder')];
    // One statement text for everyone, prepared on each connection: its plan is shared, never its rows.
    const read = async (user: SessionUser | undefined) => {
      const scope = await scopes.scopeFor(user);
      const rows = await runWithAccessScope(scope, () => preparedQuery(ds, 'SELECT name FROM project ORDER BY name', []));
      return rows.map((r) => r['name']);
    };
    const expected = new Map<SessionUser | undefined, unknown>([
      [alpha, await readable(alpha)],
      [funder, await readable(funder)],
      [undefined, []],
    ]);
    expect(await scopes.scopeFor(alpha)).toBe(await scopes.scopeFor(alpha));
    const turns = Array.from({ length: 60 }, (_, i) => [alpha, funder, undefined][i % 3]);
    const answers = await Promise.all(turns.map((user) => read(user)));
    answers.forEach((answer, i) => expect(answer).toEqual(expected.get(turns[i])));
  });
});
