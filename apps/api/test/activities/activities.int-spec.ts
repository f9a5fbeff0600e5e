import { countQueries } from '@cg/api/testing';
import { startTestApp, TestApp } from '../support/test-app';
import {
  auditActions,
  makeOrganisation,
  makePartnership,
  makePerson,
  makePlace,
  makeProject,
  tableCount,
  UNKNOWN_ID,
} from '../support/outcome-factories';

const FIELDS = 'id version date kind title notes attendance placeId projectId partnershipId organisationIds personIds archivedAt';
const CREATE = `mutation Create($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateActivityInput!) { updateActivity(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation Archive($input: RecordVersionInput!) { archiveActivity(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation Restore($input: RecordVersionInput!) { restoreActivity(input: $input) { id version archivedAt } }`;
const LIST = `query List($filter: ActivityFilter, $sort: [ActivitySort!], $first: Int, $after: String, $last: Int, $before: String) {
  activities(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id title date kind }
  }
}`;

interface ActivityRow {
  id: string;
  version: number;
  date: string;
  kind: string;
  title: string;
  organisationIds: string[];
  personIds: string[];
  archivedAt: string | null;
}
interface ListResult {
  activities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    nodes: { id: string; title: string; date: string; kind: string }[];
  };
}

describe('activities', () => {
  let testApp: TestApp;
  let project: string;
  let otherProject: string;
  let partnership: string;
  let orgA: string;
  let orgB: string;
  let person: string;
  let city: string;
  let ward: string;
  let elsewhere: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const db = testApp.dataSource;
    partnership = await makePartnership(db, 'Harrowby Together');
    project = await makeProject(db, 'Warm Spaces', partnership);
    otherProject = await makeProject(db, 'Pantry');
    orgA = await makeOrganisation(db, 'Acorn Trust');
    orgB = await makeOrganisation(db, 'Birchwood Council');
    person = await makePerson(db, 'Asha Patel');
    city = await makePlace(db, 'Harrowby');
    ward = await makePlace(db, 'Harrowby North', city);
    elsewhere = await makePlace(db, 'Saltmarsh');
  });
  afterAll(() => testApp.close());

  const create = (input: Record<string, unknown>) => testApp.client().request<{ createActivity: ActivityRow }>(CREATE, { input });
  const created = async (input: Record<string, unknown>) => {
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    return result.data!.createActivity;
  };
  const list = (variables: Record<string, unknown>) => testApp.client().data<ListResult>(LIST, variables);

  describe('writes', () => {
    it('logs an activity with only kind, title and project, dated today in the UK', async () => {
      const activity = await created({ kind: 'NOTE', title: 'Rang the hall about keys', projectId: project });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      expect(activity).toMatchObject({ date: today, kind: 'NOTE', version: 1, organisationIds: [], personIds: [] });
    });

    it('writes organisation and person links in the same transaction, with audit rows', async () => {
      const activity = await created({
        kind: 'MEETING',
        title: 'Steering group',
        date: '2026-10-05',
        attendance: 12,
        partnershipId: partnership,
        placeId: ward,
        organisationIds: [orgA, orgB, orgA],
        personIds: [person],
      });
      expect(activity.organisationIds.sort()).toEqual([orgA, orgB].sort());
      expect(activity.personIds).toEqual([person]);
      expect(await auditActions(testApp.dataSource, activity.id)).toEqual(['CREATE']);
      const [links] = await testApp.dataSource.query(
        `SELECT changes FROM audit_log WHERE record_id = $1 AND changes ? 'organisationIds'`,
        [activity.id],
      );
      expect(links.changes.organisationIds.after.sort()).toEqual([orgA, orgB].sort());
    });

    it.each([
      [{ kind: 'NOTE', title: 'x', projectId: 'P' }, 'title', /between 2 and 200/],
      [{ kind: 'NOTE', title: 'Counted', projectId: 'P', attendance: -1 }, 'attendance', /0 or more/],
      [{ kind: 'NOTE', title: 'No home' }, 'projectId', /projectId or partnershipId/],
      [{ kind: 'NOTE', title: 'Bad id', projectId: 'P', placeId: 'nope' }, 'placeId', /place id/],
      [{ kind: 'NOTE', title: 'Ghost org', projectId: 'P', organisationIds: ['O', UNKNOWN_ID] }, 'organisationIds', /no organisation/],
      [{ kind: 'NOTE', title: 'Ghost person', projectId: 'P', personIds: [UNKNOWN_ID] }, 'personIds', /no person/],
      [{ kind: 'NOTE', title: 'Ghost project', projectId: UNKNOWN_ID }, 'projectId', /no project/],
      [{ kind: 'NOTE', title: 'Ghost place', projectId: 'P', placeId: UNKNOWN_ID }, 'placeId', /no place/],
    ])('refuses %j naming the field, writing nothing', async (raw, field, message) => {
      const input = JSON.parse(JSON.stringify(raw).replace(/"P"/g, JSON.stringify(project)).replace(/"O"/g, JSON.stringify(orgA)));
      const before = await Promise.all(['activity', 'activity_organisation', 'audit_log'].map((t) => tableCount(testApp.dataSource, t)));
      const result = await create(input);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      const after = await Promise.all(['activity', 'activity_organisation', 'audit_log'].map((t) => tableCount(testApp.dataSource, t)));
      expect(after).toEqual(before);
    });

    it('updates fields and replaces links when given, refusing a stale version', async () => {
      const activity = await created({ kind: 'EVENT', title: 'Open day', projectId: project, organisationIds: [orgA] });
      const client = testApp.client();
      const renamed = await client.data<{ updateActivity: ActivityRow }>(UPDATE, {
        input: { id: activity.id, version: 1, title: 'Open day (rescheduled)' },
      });
      expect(renamed.updateActivity).toMatchObject({ version: 2, title: 'Open day (rescheduled)', organisationIds: [orgA] });

      const relinked = await client.data<{ updateActivity: ActivityRow }>(UPDATE, {
        input: { id: activity.id, version: 2, organisationIds: [orgB], personIds: [person] },
      });
      expect(relinked.updateActivity).toMatchObject({ version: 3, organisationIds: [orgB], personIds: [person] });

      const stale = await client.request(UPDATE, { input: { id: activity.id, version: 2, title: 'Overwritten' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
      expect(await auditActions(testApp.dataSource, activity.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    });

    it('rolls back field changes when a replaced link is unknown', async () => {
      const activity = await created({ kind: 'EVENT', title: 'Fun run', projectId: project, organisationIds: [orgA] });
      const result = await testApp.client().request(UPDATE, {
        input: { id: activity.id, version: 1, title: 'Changed', organisationIds: [UNKNOWN_ID] },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationIds' });
      const [row] = await testApp.dataSource.query('SELECT title, version FROM activity WHERE id = $1', [activity.id]);
      expect(row).toEqual({ title: 'Fun run', version: 1 });
    });

    it('refuses to take away both project and partnership', async () => {
      const activity = await created({ kind: 'NOTE', title: 'Orphan?', projectId: project });
      const result = await testApp.client().request(UPDATE, { input: { id: activity.id, version: 1, projectId: null } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    });

    it('archives and restores, hiding archived entries from the log', async () => {
      const activity = await created({ kind: 'NOTE', title: 'Archive me please', projectId: otherProject });
      const client = testApp.client();
      await client.data(ARCHIVE, { input: { id: activity.id, version: 1 } });
      const hidden = await list({ filter: { title: { eq: 'Archive me please' } } });
      expect(hidden.activities.totalCount).toBe(0);
      const restored = await client.data<{ restoreActivity: { archivedAt: string | null; version: number } }>(RESTORE, {
        input: { id: activity.id, version: 2 },
      });
      expect(restored.restoreActivity).toEqual({ id: activity.id, archivedAt: null, version: 3 });
      expect((await list({ filter: { title: { eq: 'Archive me please' } } })).activities.totalCount).toBe(1);
      expect(await auditActions(testApp.dataSource, activity.id)).toEqual(['CREATE', 'ARCHIVE', 'RESTORE']);
    });

    it('answers NOT_FOUND for an unknown id, to reads and writes', async () => {
      const read = await testApp.client().request(`{ activity(id: "${UNKNOWN_ID}") { id } }`);
      expect(read.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      const write = await testApp.client().request(ARCHIVE, { input: { id: UNKNOWN_ID, version: 1 } });
      expect(write.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('the log', () => {
    let ids: Record<string, string>;
    let logProject: string;
    let logPartnership: string;

    beforeAll(async () => {
      logPartnership = await makePartnership(testApp.dataSource, 'Log partnership');
      logProject = await makeProject(testApp.dataSource, 'Log project', logPartnership);
      const entries: [string, Record<string, unknown>][] = [
        ['october', { date: '2026-10-30', kind: 'MEETING', title: 'October catch-up', projectId: logProject }],
        ['workshop', { date: '2026-11-03', kind: 'WORKSHOP', title: 'Cooking workshop', notes: 'Lentil soup', attendance: 14, projectId: logProject, placeId: ward, organisationIds: [orgA, orgB] }],
        ['delivery', { date: '2026-11-17', kind: 'DELIVERY', title: 'Food parcels', attendance: 40, projectId: logProject, placeId: city, organisationIds: [orgB], personIds: [person] }],
        ['milestone', { date: '2026-11-30', kind: 'MILESTONE', title: 'Hall lease signed', projectId: logProject, placeId: elsewhere }],
        ['december', { date: '2026-12-01', kind: 'EVENT', title: 'Winter fair', projectId: logProject }],
        ['partnershipOnly', { date: '2026-11-10', kind: 'CONSULTATION', title: 'Residents consultation', partnershipId: logPartnership }],
      ];
      ids = {};
      for (const [key, input] of entries) ids[key] = (await created(input)).id;
    });

    const scoped = (filter: Record<string, unknown>) => ({ or: [{ project: { eq: logProject } }, { partnership: { eq: logPartnership } }], ...filter });
    const titles = async (filter: Record<string, unknown>, sort?: unknown) =>
      (await list({ filter: scoped(filter), sort, first: 50 })).activities.nodes.map((n) => n.id);

    it("answers a coordinator's 'this project this month' in one query", async () => {
      const result = await testApp.client().data<{
        activities: { nodes: { date: string; kind: string; title: string; attendance: number | null; organisations: { name: string }[] }[] };
      }>(
        `query Month($id: ID!) {
          activities(filter: { project: { eq: $id }, date: { gte: "2026-11-01", lte: "2026-11-30" } }) {
            nodes { date kind title attendance organisations { name } }
          }
        }`,
        { id: logProject },
      );
      expect(result.activities.nodes).toEqual([
        { date: '2026-11-30', kind: 'MILESTONE', title: 'Hall lease signed', attendance: null, organisations: [] },
        { date: '2026-11-17', kind: 'DELIVERY', title: 'Food parcels', attendance: 40, organisations: [{ name: 'Birchwood Council' }] },
        {
          date: '2026-11-03',
          kind: 'WORKSHOP',
          title: 'Cooking workshop',
          attendance: 14,
          organisations: [{ name: 'Acorn Trust' }, { name: 'Birchwood Council' }],
        },
      ]);
    });

    it('filters by project, partnership and kind', async () => {
      expect(await titles({ project: { eq: logProject }, kind: { in: ['EVENT', 'MEETING'] } })).toEqual([ids['december'], ids['october']]);
      expect(await titles({ partnership: { eq: logPartnership } })).toEqual([ids['partnershipOnly']]);
      expect(await titles({ kind: { eq: 'CONSULTATION' } })).toEqual([ids['partnershipOnly']]);
    });

    it('filters by organisation involved and person involved', async () => {
      expect(await titles({ organisationInvolved: { eq: orgA } })).toEqual([ids['workshop']]);
      expect(await titles({ organisationInvolved: { in: [orgA, orgB] } })).toEqual([ids['delivery'], ids['workshop']]);
      expect(await titles({ personInvolved: { eq: person } })).toEqual([ids['delivery']]);
    });

    it('filters within a place and everything inside it', async () => {
      expect(await titles({ withinPlace: { eq: city } })).toEqual([ids['delivery'], ids['workshop']]);
      expect(await titles({ withinPlace: { eq: ward } })).toEqual([ids['workshop']]);
      expect(await titles({ withinPlace: { in: [ward, elsewhere] } })).toEqual([ids['milestone'], ids['workshop']]);
    });

    it('filters title and notes by contained text, ignoring case', async () => {
      expect(await titles({ title: { contains: 'FOOD' } })).toEqual([ids['delivery']]);
      expect(await titles({ notes: { contains: 'lentil' } })).toEqual([ids['workshop']]);
    });

    it('sorts by date (newest first by default), created time and kind', async () => {
      const newestFirst = [ids['december'], ids['milestone'], ids['delivery'], ids['partnershipOnly'], ids['workshop'], ids['october']];
      expect(await titles({})).toEqual(newestFirst);
      expect(await titles({}, [{ field: 'DATE', direction: 'ASC' }])).toEqual([...newestFirst].reverse());
      const order = [ids['october'], ids['workshop'], ids['delivery'], ids['milestone'], ids['december'], ids['partnershipOnly']];
      expect(await titles({}, [{ field: 'CREATED_AT' }])).toEqual(order);
      const byKind = await list({ filter: scoped({}), sort: [{ field: 'KIND' }, { field: 'DATE', direction: 'DESC' }] });
      expect(byKind.activities.nodes.map((n) => n.kind)).toEqual(['MEETING', 'EVENT', 'WORKSHOP', 'CONSULTATION', 'DELIVERY', 'MILESTONE']);
    });

    it('pages forwards and backwards with the total', async () => {
      const first = await list({ filter: scoped({}), first: 4 });
      expect(first.activities.totalCount).toBe(6);
      expect(first.activities.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await list({ filter: scoped({}), first: 4, after: first.activities.pageInfo.endCursor });
      expect(second.activities.nodes.map((n) => n.id)).toEqual([ids['workshop'], ids['october']]);
      expect(second.activities.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const back = await list({ filter: scoped({}), last: 3, before: second.activities.pageInfo.startCursor });
      expect(back.activities.nodes.map((n) => n.id)).toEqual([ids['milestone'], ids['delivery'], ids['partnershipOnly']]);
      expect(back.activities.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(back.activities.totalCount).toBe(6);
    });

    it("gives a project's and a partnership's log as fields of those types, with filters and paging", async () => {
      const result = await testApp.client().data<{
        project: { activities: { totalCount: number; nodes: { id: string }[] } };
        partnership: { activities: { totalCount: number; nodes: { id: string }[] } };
      }>(
        `query($project: ID!, $partnership: ID!) {
          project(id: $project) { activities(first: 2, filter: { date: { gte: "2026-11-01" } }) { totalCount nodes { id } } }
          partnership(id: $partnership) { activities { totalCount nodes { id } } }
        }`,
        { project: logProject, partnership: logPartnership },
      );
      expect(result.project.activities).toEqual({ totalCount: 4, nodes: [{ id: ids['december'] }, { id: ids['milestone'] }] });
      expect(result.partnership.activities).toEqual({ totalCount: 1, nodes: [{ id: ids['partnershipOnly'] }] });
    });

    it('resolves organisations, people, place, project and partnership through loaders, not a query per activity', async () => {
      const query = `query($f: ActivityFilter) { activities(filter: $f, first: 50) { nodes {
        title organisations { name } organisationIds people { fullName } personIds place { name } project { name } partnership { name }
      } } }`;
      const counter = countQueries(testApp.dataSource).start();
      const result = await testApp.client().data<{ activities: { nodes: Record<string, unknown>[] } }>(query, { f: scoped({}) });
      const statements = counter.stop();
      expect(result.activities.nodes).toHaveLength(6);
      expect(statements).toBeLessThanOrEqual(11); // includes the session lookup
      const delivery = result.activities.nodes.find((n) => n['title'] === 'Food parcels');
      expect(delivery).toMatchObject({
        organisations: [{ name: 'Birchwood Council' }],
        people: [{ fullName: 'Asha Patel' }],
        place: { name: 'Harrowby' },
        project: { name: 'Log project' },
        partnership: null,
      });
      const consultation = result.activities.nodes.find((n) => n['title'] === 'Residents consultation');
      expect(consultation).toMatchObject({ project: null, partnership: { name: 'Log partnership' } });
    });

    it('resolves place through a loader', async () => {
      const result = await testApp.client().data<{ activity: { place: { name: string } | null } }>(
        `query One($id: ID!) { activity(id: $id) { place { name } } }`,
        { id: ids['workshop'] },
      );
      expect(result.activity.place).toEqual({ name: 'Harrowby North' });
    });
  });
});
