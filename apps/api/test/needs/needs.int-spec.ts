import { startTestApp, TestApp } from '../support/test-app';
import { auditActions, makeOrganisation, makePartnership, makePlace, makeProject, tableCount, UNKNOWN_ID } from '../support/outcome-factories';

const FIELDS = 'id version title raisedBy raisedByOrganisationId raisedOn themes priority placeId projectIds archivedAt outcomes { id title } projects { id name }';
const CREATE = `mutation Create($input: CreateNeedInput!) { createNeed(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateNeedInput!) { updateNeed(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation Archive($input: RecordVersionInput!) { archiveNeed(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation Restore($input: RecordVersionInput!) { restoreNeed(input: $input) { id version archivedAt } }`;
const LIST = `query List($filter: NeedFilter, $sort: [NeedSort!], $first: Int, $after: String, $last: Int, $before: String) {
  needs(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id title priority }
  }
}`;

interface NeedRow {
  id: string;
  version: number;
  title: string;
  raisedOn: string;
  raisedByOrganisationId: string | null;
  projectIds: string[];
  outcomes: { id: string; title: string }[];
  projects: { id: string; name: string }[];
}
interface ListResult {
  needs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    nodes: { id: string; title: string; priority: string }[];
  };
}

describe('needs', () => {
  let testApp: TestApp;
  let org: string;
  let projectA: string;
  let projectB: string;
  let outcome: string;
  let town: string;
  let estate: string;
  let village: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const db = testApp.dataSource;
    org = await makeOrganisation(db, 'Harbour Tenants Association');
    const partnership = await makePartnership(db, 'Needs partnership');
    projectA = await makeProject(db, 'Alpha Youth Club', partnership);
    projectB = await makeProject(db, 'Beta Bus Link');
    const [row] = await db.query(
      `INSERT INTO outcome (title, owner_partnership_id, defined_by) VALUES ('Young people feel safe', $1, 'COMMUNITY') RETURNING id`,
      [partnership],
    );
    outcome = row.id;
    town = await makePlace(db, 'Harbour Town');
    estate = await makePlace(db, 'Quayside Estate', town);
    village = await makePlace(db, 'Upton Village');
  });
  afterAll(() => testApp.close());

  const create = (input: Record<string, unknown>) => testApp.client().request<{ createNeed: NeedRow }>(CREATE, { input });
  const created = async (input: Record<string, unknown>) => {
    const result = await create({ raisedBy: 'COMMUNITY', ...input });
    expect(result.errors).toBeUndefined();
    return result.data!.createNeed;
  };
  const list = (variables: Record<string, unknown>) => testApp.client().data<ListResult>(LIST, variables);

  describe('writes', () => {
    it('raises a need dated today with MEDIUM priority, linking projects and outcomes in one transaction', async () => {
      const need = await created({ title: 'Nowhere for teenagers to go', placeId: estate, projectIds: [projectA], outcomeIds: [outcome] });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      expect(need).toMatchObject({ version: 1, raisedOn: today, priority: 'MEDIUM', projectIds: [projectA] });
      expect(need.projects).toEqual([{ id: projectA, name: 'Alpha Youth Club' }]);
      expect(need.outcomes).toEqual([{ id: outcome, title: 'Young people feel safe' }]);
      expect(await auditActions(testApp.dataSource, need.id)).toEqual(['CREATE']);
    });

    it.each([
      [{ title: 'Raised by nobody', raisedBy: 'ORGANISATION' }, 'raisedByOrganisationId', /required when raisedBy is ORGANISATION/],
      [{ title: 'Community with org', raisedBy: 'COMMUNITY', raisedByOrganisationId: 'ORG' }, 'raisedByOrganisationId', /only for needs raised by an organisation/],
      [{ title: 'x' }, 'title', /between 2 and 200/],
      [{ title: 'Bad priority', priority: 'SOMEDAY' }, null, /./],
      [{ title: 'Ghost project', projectIds: ['PA', UNKNOWN_ID] }, 'projectIds', /no project/],
      [{ title: 'Ghost outcome', outcomeIds: [UNKNOWN_ID] }, 'outcomeIds', /no outcome/],
      [{ title: 'Ghost place', placeId: UNKNOWN_ID }, 'placeId', /no place/],
      [{ title: 'Too many themes', themes: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'themes', /at most 20/],
    ])('refuses %j naming the field, writing nothing', async (raw, field, message) => {
      const input = JSON.parse(JSON.stringify(raw).replace(/"ORG"/g, JSON.stringify(org)).replace(/"PA"/g, JSON.stringify(projectA)));
      const tables = ['need', 'need_project', 'need_outcome', 'audit_log'];
      const before = await Promise.all(tables.map((t) => tableCount(testApp.dataSource, t)));
      const result = await create({ raisedBy: 'COMMUNITY', ...input });
      expect(result.errors?.[0]).toBeDefined();
      if (field) expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await Promise.all(tables.map((t) => tableCount(testApp.dataSource, t)))).toEqual(before);
    });

    it('records the organisation that raised a need, and clears it when raisedBy changes', async () => {
      const need = await created({ title: 'Damp in flats', raisedBy: 'ORGANISATION', raisedByOrganisationId: org });
      expect(need.raisedByOrganisationId).toBe(org);
      const shown = await testApp.client().data<{ need: { raisedByOrganisation: { name: string } } }>(
        `query($id: ID!) { need(id: $id) { raisedByOrganisation { name } } }`,
        { id: need.id },
      );
      expect(shown.need.raisedByOrganisation).toEqual({ name: 'Harbour Tenants Association' });
      const changed = await testApp.client().data<{ updateNeed: NeedRow }>(UPDATE, { input: { id: need.id, version: 1, raisedBy: 'DATA' } });
      expect(changed.updateNeed).toMatchObject({ version: 2, raisedByOrganisationId: null });
    });

    it('updates, replaces project and outcome links, and refuses a stale version', async () => {
      const need = await created({ title: 'No late buses', projectIds: [projectA] });
      const client = testApp.client();
      const relinked = await client.data<{ updateNeed: NeedRow }>(UPDATE, {
        input: { id: need.id, version: 1, projectIds: [projectB], outcomeIds: [outcome] },
      });
      expect(relinked.updateNeed).toMatchObject({ version: 2, projectIds: [projectB] });
      expect(relinked.updateNeed.outcomes.map((o) => o.id)).toEqual([outcome]);
      const retitled = await client.data<{ updateNeed: NeedRow }>(UPDATE, { input: { id: need.id, version: 2, priority: 'URGENT' } });
      expect(retitled.updateNeed.version).toBe(3);
      const stale = await client.request(UPDATE, { input: { id: need.id, version: 2, title: 'Overwritten' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
      expect(await auditActions(testApp.dataSource, need.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    });

    it('leaves links untouched when an update fails on an unknown link', async () => {
      const need = await created({ title: 'Food desert', projectIds: [projectA] });
      const result = await testApp.client().request(UPDATE, { input: { id: need.id, version: 1, title: 'Changed', projectIds: [UNKNOWN_ID] } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectIds' });
      const links = await testApp.dataSource.query('SELECT project_id FROM need_project WHERE need_id = $1', [need.id]);
      expect(links).toEqual([{ project_id: projectA }]);
    });

    it('archives and restores', async () => {
      const need = await created({ title: 'Archivable need' });
      await testApp.client().data(ARCHIVE, { input: { id: need.id, version: 1 } });
      expect((await list({ filter: { title: { eq: 'Archivable need' } } })).needs.totalCount).toBe(0);
      const restored = await testApp.client().data<{ restoreNeed: { archivedAt: string | null } }>(RESTORE, { input: { id: need.id, version: 2 } });
      expect(restored.restoreNeed.archivedAt).toBeNull();
      expect(await auditActions(testApp.dataSource, need.id)).toEqual(['CREATE', 'ARCHIVE', 'RESTORE']);
    });

    it('answers NOT_FOUND for unknown ids', async () => {
      const read = await testApp.client().request(`{ need(id: "${UNKNOWN_ID}") { id } }`);
      expect(read.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      const write = await testApp.client().request(UPDATE, { input: { id: UNKNOWN_ID, version: 1, title: 'Nobody' } });
      expect(write.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('lists', () => {
    const ids: Record<string, string> = {};
    const tag = 'listed';

    beforeAll(async () => {
      ids['low'] = (await created({ title: 'Bins overflowing', priority: 'LOW', raisedOn: '2026-03-01', placeId: village, themes: [tag, 'environment'] })).id;
      ids['urgent'] = (await created({ title: 'Rough sleeping', priority: 'URGENT', raisedOn: '2026-01-15', placeId: estate, themes: [tag, 'housing'], raisedBy: 'ORGANISATION', raisedByOrganisationId: org, projectIds: [projectA] })).id;
      ids['high'] = (await created({ title: 'Isolated older people', priority: 'HIGH', raisedOn: '2026-02-10', placeId: town, themes: [tag, 'health', 'housing'], raisedBy: 'DATA', outcomeIds: [outcome] })).id;
      ids['medium'] = (await created({ title: 'Play park broken', raisedOn: '2026-04-20', themes: [tag] })).id;
    });

    const scoped = (filter: Record<string, unknown>) => ({ themes: { any: [tag] }, ...filter });
    const found = async (filter: Record<string, unknown>, sort?: unknown) => (await list({ filter: scoped(filter), sort })).needs.nodes.map((n) => n.id);

    it('sorts most urgent first by default, and by priority, raised date and creation on request', async () => {
      expect(await found({})).toEqual([ids['urgent'], ids['high'], ids['medium'], ids['low']]);
      expect(await found({}, [{ field: 'PRIORITY' }])).toEqual([ids['low'], ids['medium'], ids['high'], ids['urgent']]);
      expect(await found({}, [{ field: 'RAISED_ON', direction: 'DESC' }])).toEqual([ids['medium'], ids['low'], ids['high'], ids['urgent']]);
      expect(await found({}, [{ field: 'CREATED_AT' }])).toEqual([ids['low'], ids['urgent'], ids['high'], ids['medium']]);
    });

    it('filters within a place, by priority, by who raised it and by raised date', async () => {
      expect(await found({ withinPlace: { eq: town } })).toEqual([ids['urgent'], ids['high']]);
      expect(await found({ withinPlace: { in: [estate, village] } })).toEqual([ids['urgent'], ids['low']]);
      expect(await found({ priority: { in: ['HIGH', 'URGENT'] } })).toEqual([ids['urgent'], ids['high']]);
      expect(await found({ raisedBy: { eq: 'DATA' } })).toEqual([ids['high']]);
      expect(await found({ raisedByOrganisation: { eq: org } })).toEqual([ids['urgent']]);
      expect(await found({ raisedOn: { gte: '2026-02-01', lt: '2026-04-01' } })).toEqual([ids['high'], ids['low']]);
    });

    it('filters by themes (any and all) and by whether anything answers it', async () => {
      expect(await found({ themes: { all: [tag, 'housing'] } })).toEqual([ids['urgent'], ids['high']]);
      expect(await found({ answered: { eq: true } })).toEqual([ids['urgent'], ids['high']]);
      expect(await found({ answered: { eq: false } })).toEqual([ids['medium'], ids['low']]);
      expect(await found({ not: { answered: { eq: true } }, title: { contains: 'park' } })).toEqual([ids['medium']]);
    });

    it('pages forwards and backwards with the total, across priority values', async () => {
      const first = await list({ filter: scoped({}), first: 2 });
      expect(first.needs).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      const next = await list({ filter: scoped({}), first: 2, after: first.needs.pageInfo.endCursor });
      expect(next.needs.nodes.map((n) => n.id)).toEqual([ids['medium'], ids['low']]);
      expect(next.needs.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const back = await list({ filter: scoped({}), last: 1, before: next.needs.pageInfo.startCursor });
      expect(back.needs.nodes.map((n) => n.id)).toEqual([ids['high']]);
      expect(back.needs).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    });

    it("lists the needs a project answers on Project, most urgent first", async () => {
      const result = await testApp.client().data<{ project: { needs: { id: string }[] } }>(
        `query($id: ID!) { project(id: $id) { needs { id } } }`,
        { id: projectA },
      );
      expect(result.project.needs.map((n) => n.id)).toContain(ids['urgent']);
      expect(result.project.needs[0].id).toBe(ids['urgent']);
    });

    it('resolves place through a loader', async () => {
      const result = await testApp.client().data<{ need: { place: { name: string } } }>(`query($id: ID!) { need(id: $id) { place { name } } }`, { id: ids['urgent'] });
      expect(result.need.place).toEqual({ name: 'Quayside Estate' });
    });
  });
});
