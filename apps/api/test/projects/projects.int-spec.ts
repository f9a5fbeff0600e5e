import { startTestApp, TestApp } from '../support/test-app';
import {
  addParticipant,
  countRows,
  createPartnership,
  createProject,
  makeOrganisation,
  makePlaceTree,
  PlaceTree,
} from '../support/partnership-factories';

const CREATE = `mutation ($input: CreateProjectInput!) {
  createProject(input: $input) { id name summary status startDate endDate partnershipId budget sharedLeadership themes missions version
    partnership { name } places { name } targetedOutcomeIds }
}`;
const UPDATE = `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id name version budget places { id } targetedOutcomeIds } }`;
const ARCHIVE = `mutation ($input: RecordVersionInput!) { archiveProject(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation ($input: RecordVersionInput!) { restoreProject(input: $input) { id version archivedAt } }`;
const ADD = `mutation ($input: AddParticipantInput!) {
  addProjectParticipant(input: $input) { id version role cashContribution inKindContribution contributionNotes organisation { name } project { name } }
}`;
const UPDATE_PARTICIPANT = `mutation ($input: UpdateParticipantInput!) { updateProjectParticipant(input: $input) { id version role cashContribution } }`;
const REMOVE = `mutation ($input: RecordVersionInput!) { removeProjectParticipant(input: $input) { id version archivedAt } }`;
const RESTORE_PARTICIPANT = `mutation ($input: RecordVersionInput!) { restoreProjectParticipant(input: $input) { id version archivedAt } }`;
const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: ProjectFilter, $sort: [ProjectSort!]) {
  projects(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: { name: string }[];
}

describe('projects', () => {
  let testApp: TestApp;
  let places: PlaceTree;
  beforeAll(async () => {
    testApp = await startTestApp();
    places = await makePlaceTree(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const client = () => testApp.client();
  const audit = (id: string) =>
    testApp.dataSource.query('SELECT action, changes FROM audit_log WHERE record_id = $1 ORDER BY id', [id]) as Promise<
      { action: string; changes: Record<string, { before: unknown; after: unknown }> }[]
    >;
  const makeOutcome = async () => {
    const owner = await createPartnership(client());
    const [row] = await testApp.dataSource.query(
      `INSERT INTO outcome (title, defined_by, owner_partnership_id) VALUES ('Fewer children hungry', 'COMMUNITY', $1) RETURNING id`,
      [owner.id],
    );
    return row.id as string;
  };

  describe('writes', () => {
    it('creates a project with partnership, places and targeted outcomes in one transaction, audited', async () => {
      const partnership = await createPartnership(client(), { name: 'Leeds Food Partnership' });
      const outcome = await makeOutcome();
      const { createProject: project } = await client().data<{
        createProject: Record<string, unknown> & { id: string };
      }>(CREATE, {
        input: {
          name: 'Holiday Hunger Programme',
          summary: 'Meals and activities in school holidays',
          status: 'ACTIVE',
          startDate: '2024-07-01',
          endDate: '2025-08-31',
          partnershipId: partnership.id,
          budget: 45000.75,
          sharedLeadership: true,
          themes: ['food', 'children'],
          missions: ['HEALTH'],
          placeIds: [places.leedsWard],
          targetedOutcomeIds: [outcome],
        },
      });
      expect(project).toMatchObject({
        name: 'Holiday Hunger Programme',
        status: 'ACTIVE',
        budget: 45000.75,
        sharedLeadership: true,
        version: 1,
        partnership: { name: 'Leeds Food Partnership' },
        places: [{ name: 'Harehills 1' }],
        targetedOutcomeIds: [outcome],
      });
      expect((await audit(project.id)).map((r) => r.action)).toEqual(['CREATE']);
    });

    it.each([
      [{ name: 'P' }, 'name', /between 2 and 200/],
      [{ name: 'Good Project', budget: -1 }, 'budget', /must not be negative/],
      [{ name: 'Good Project', startDate: '2025-01-02', endDate: '2025-01-01' }, 'endDate', /on or after startDate/],
      [
        { name: 'Good Project', partnershipId: '00000000-0000-4000-8000-000000000000' },
        'partnershipId',
        /No partnership has the id/,
      ],
      [{ name: 'Good Project', placeIds: ['00000000-0000-4000-8000-000000000000'] }, 'placeIds', /No place has the id/],
      [
        { name: 'Good Project', targetedOutcomeIds: ['00000000-0000-4000-8000-000000000000'] },
        'targetedOutcomeIds',
        /No outcome has the id/,
      ],
      [{ name: 'Good Project', themes: ['x'.repeat(61)] }, 'themes', /between 1 and 60/],
    ])('refuses bad input %#, naming the field, and writes nothing', async (input, field, message) => {
      const counts = await Promise.all(
        ['project', 'project_place', 'project_outcome'].map((t) => countRows(testApp.dataSource, t)),
      );
      const result = await client().request(CREATE, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(
        await Promise.all(['project', 'project_place', 'project_outcome'].map((t) => countRows(testApp.dataSource, t))),
      ).toEqual(counts);
    });

    it('leaves nothing when a good place travels with a bad one', async () => {
      const before = await countRows(testApp.dataSource, 'project_place');
      const result = await client().request(CREATE, {
        input: { name: 'Half Made', placeIds: [places.york, '00000000-0000-4000-8000-000000000001'] },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeIds' });
      expect(await countRows(testApp.dataSource, 'project_place')).toBe(before);
      expect(await testApp.dataSource.query(`SELECT id FROM project WHERE name = 'Half Made'`)).toEqual([]);
    });

    it('updates fields and replaces places and outcomes, one version step per save, refusing stale versions', async () => {
      const outcome = await makeOutcome();
      const project = await createProject(client(), { name: 'Green Streets', placeIds: [places.york] });
      const first = await client().data<{ updateProject: { version: number; budget: number } }>(UPDATE, {
        input: { id: project.id, version: 1, budget: 1200 },
      });
      expect(first.updateProject).toMatchObject({ version: 2, budget: 1200 });
      const second = await client().data<{
        updateProject: { version: number; places: { id: string }[]; targetedOutcomeIds: string[] };
      }>(UPDATE, {
        input: { id: project.id, version: 2, placeIds: [places.leeds], targetedOutcomeIds: [outcome] },
      });
      expect(second.updateProject).toMatchObject({
        version: 3,
        places: [{ id: places.leeds }],
        targetedOutcomeIds: [outcome],
      });
      const unchanged = await client().data<{ updateProject: { version: number } }>(UPDATE, {
        input: { id: project.id, version: 3, placeIds: [places.leeds] },
      });
      expect(unchanged.updateProject.version).toBe(3);
      const stale = await client().request(UPDATE, { input: { id: project.id, version: 1, name: 'Grey Streets' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
      const rows = await audit(project.id);
      expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
      expect(rows[2].changes['targetedOutcomeIds']).toEqual({ before: [], after: [outcome] });
    });

    it('archives and restores; NOT_FOUND for an unknown project', async () => {
      const project = await createProject(client(), { name: 'Pop-up Library' });
      const archived = await client().data<{ archiveProject: { archivedAt: string | null } }>(ARCHIVE, {
        input: { id: project.id, version: 1 },
      });
      expect(archived.archiveProject.archivedAt).toBeTruthy();
      const listed = await client().data<{ projects: Page }>(LIST, { filter: { name: { eq: 'Pop-up Library' } } });
      expect(listed.projects.totalCount).toBe(0);
      const restored = await client().data<{ restoreProject: { archivedAt: string | null } }>(RESTORE, {
        input: { id: project.id, version: 2 },
      });
      expect(restored.restoreProject.archivedAt).toBeNull();
      expect((await audit(project.id)).map((r) => r.action)).toEqual(['CREATE', 'ARCHIVE', 'RESTORE']);
      const missing = await client().request(`{ project(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(missing.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });

    it('adds, updates, removes (archives) and restores participants; a duplicate is CONFLICT on organisationId', async () => {
      const org = await makeOrganisation(testApp.dataSource, { name: 'Canal Cycling CIC' });
      const project = await createProject(client(), { name: 'Towpath Rides' });
      const { addProjectParticipant: p } = await client().data<{
        addProjectParticipant: Record<string, unknown> & { id: string };
      }>(ADD, {
        input: {
          projectId: project.id,
          organisationId: org.id,
          role: 'LEAD',
          cashContribution: 500,
          inKindContribution: 250,
          contributionNotes: 'Bikes',
        },
      });
      expect(p).toMatchObject({
        role: 'LEAD',
        cashContribution: 500,
        inKindContribution: 250,
        organisation: { name: 'Canal Cycling CIC' },
        project: { name: 'Towpath Rides' },
      });

      const before = await countRows(testApp.dataSource, 'project_participant');
      const dup = await client().request(ADD, {
        input: { projectId: project.id, organisationId: org.id, role: 'ADVISER' },
      });
      expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'organisationId' });
      expect(await countRows(testApp.dataSource, 'project_participant')).toBe(before);

      const bad = await client().request(ADD, {
        input: { projectId: project.id, organisationId: org.id, role: 'LEAD', cashContribution: -1 },
      });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cashContribution' });
      const noProject = await client().request(ADD, {
        input: { projectId: '00000000-0000-4000-8000-000000000000', organisationId: org.id, role: 'LEAD' },
      });
      expect(noProject.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });

      const updated = await client().data<{ updateProjectParticipant: { version: number; role: string } }>(
        UPDATE_PARTICIPANT,
        {
          input: { id: p.id, version: 1, role: 'CO_LEAD' },
        },
      );
      expect(updated.updateProjectParticipant).toMatchObject({ version: 2, role: 'CO_LEAD' });
      const stale = await client().request(UPDATE_PARTICIPANT, { input: { id: p.id, version: 1, role: 'ADVISER' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

      await client().data(REMOVE, { input: { id: p.id, version: 2 } });
      const afterRemove = await client().data<{ project: { participants: unknown[] } }>(
        `query ($id: ID!) { project(id: $id) { participants { id } } }`,
        { id: project.id },
      );
      expect(afterRemove.project.participants).toEqual([]);
      const restored = await client().data<{ restoreProjectParticipant: { archivedAt: string | null } }>(
        RESTORE_PARTICIPANT,
        { input: { id: p.id, version: 3 } },
      );
      expect(restored.restoreProjectParticipant.archivedAt).toBeNull();
      expect((await audit(p.id)).map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
    });
  });

  describe('list and nested fields', () => {
    const ids: Record<string, string> = {};
    const names = async (variables: Record<string, unknown>) =>
      (
        await client().data<{ projects: Page }>(LIST, {
          ...variables,
          filter: { themes: { any: ['listed'] }, ...(variables['filter'] as object) },
        })
      ).projects.nodes.map((n) => n.name);

    beforeAll(async () => {
      const a = await makeOrganisation(testApp.dataSource, { name: 'Aire Valley Trust' });
      const b = await makeOrganisation(testApp.dataSource, { name: 'Bramley Baths' });
      const partnership = await createPartnership(client(), { name: 'West Leeds Partnership' });
      const other = await createPartnership(client(), { name: 'York Partnership' });
      const p1 = await createProject(client(), {
        name: 'Allotments',
        status: 'ACTIVE',
        themes: ['listed', 'food'],
        missions: ['HEALTH'],
        startDate: '2023-01-01',
        endDate: '2024-12-31',
        partnershipId: partnership.id,
        placeIds: [places.leedsWard],
      });
      const p2 = await createProject(client(), {
        name: 'Bus Routes',
        status: 'PLANNED',
        themes: ['listed', 'transport'],
        missions: ['TRANSPORT'],
        startDate: '2025-03-01',
        partnershipId: other.id,
        placeIds: [places.york],
      });
      const p3 = await createProject(client(), {
        name: 'community Choir',
        status: 'COMPLETED',
        themes: ['listed'],
        endDate: '2022-06-30',
        placeIds: [places.leeds],
      });
      await addParticipant(client(), p1.id, a.id);
      await addParticipant(client(), p1.id, b.id);
      await addParticipant(client(), p3.id, b.id);
      Object.assign(ids, { a: a.id, b: b.id, partnership: partnership.id, p1: p1.id, p2: p2.id, p3: p3.id });
    });

    it.each([
      ['status', { status: { eq: 'ACTIVE' } }, ['Allotments']],
      ['name', { name: { contains: 'choir' } }, ['community Choir']],
      ['themes', { themes: { all: ['listed', 'food'] } }, ['Allotments']],
      ['missions', { missions: { any: ['TRANSPORT'] } }, ['Bus Routes']],
      ['startDate range', { startDate: { gte: '2024-01-01', lte: '2025-12-31' } }, ['Bus Routes']],
      ['endDate range', { endDate: { lt: '2024-01-01' } }, ['community Choir']],
    ])('filters by %s', async (_label, filter, expected) => {
      expect(await names({ filter })).toEqual(expected);
    });

    it('filters by partnership, participant organisation and place within', async () => {
      expect(await names({ filter: { partnership: { eq: ids['partnership'] } } })).toEqual(['Allotments']);
      expect(await names({ filter: { participantOrganisation: { eq: ids['b'] } } })).toEqual([
        'Allotments',
        'community Choir',
      ]);
      expect(await names({ filter: { participantOrganisation: { eq: ids['a'] } } })).toEqual(['Allotments']);
      expect(await names({ filter: { withinPlace: { eq: places.leeds } } })).toEqual(['Allotments', 'community Choir']);
      expect(await names({ filter: { withinPlace: { eq: places.york } } })).toEqual(['Bus Routes']);
    });

    it.each([
      ['NAME', [{ field: 'NAME' }], ['Allotments', 'Bus Routes', 'community Choir']],
      ['NAME DESC', [{ field: 'NAME', direction: 'DESC' }], ['community Choir', 'Bus Routes', 'Allotments']],
      ['STATUS', [{ field: 'STATUS' }], ['Bus Routes', 'Allotments', 'community Choir']],
      ['START_DATE', [{ field: 'START_DATE' }], ['Allotments', 'Bus Routes', 'community Choir']],
      ['END_DATE DESC', [{ field: 'END_DATE', direction: 'DESC' }], ['Allotments', 'community Choir', 'Bus Routes']],
      [
        'CREATED_AT DESC',
        [{ field: 'CREATED_AT', direction: 'DESC' }],
        ['community Choir', 'Bus Routes', 'Allotments'],
      ],
    ])('sorts by %s', async (_label, sort, expected) => {
      expect(await names({ sort })).toEqual(expected);
    });

    it('pages forwards and backwards with the total count', async () => {
      const filter = { themes: { any: ['listed'] } };
      const sort = [{ field: 'START_DATE' }];
      const first = (await client().data<{ projects: Page }>(LIST, { first: 2, filter, sort })).projects;
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(first.nodes.map((n) => n.name)).toEqual(['Allotments', 'Bus Routes']);
      const next = (
        await client().data<{ projects: Page }>(LIST, { first: 2, after: first.pageInfo.endCursor, filter, sort })
      ).projects;
      expect(next.nodes.map((n) => n.name)).toEqual(['community Choir']);
      expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const back = (
        await client().data<{ projects: Page }>(LIST, { last: 2, before: next.pageInfo.startCursor, filter, sort })
      ).projects;
      expect(back.nodes.map((n) => n.name)).toEqual(['Allotments', 'Bus Routes']);
      expect(back.totalCount).toBe(3);
    });

    it('resolves participants, partnership, places, Partnership.projects and Organisation.projects', async () => {
      const data = await client().data<{ project: Record<string, unknown> }>(
        `query ($id: ID!) { project(id: $id) { participants { role organisation { name } } partnership { name projects { name } } places { name } } }`,
        { id: ids['p1'] },
      );
      expect(data.project).toEqual({
        participants: [
          { role: 'DELIVERY_PARTNER', organisation: { name: 'Aire Valley Trust' } },
          { role: 'DELIVERY_PARTNER', organisation: { name: 'Bramley Baths' } },
        ],
        partnership: { name: 'West Leeds Partnership', projects: [{ name: 'Allotments' }] },
        places: [{ name: 'Harehills 1' }],
      });
      const org = await client().data<{ organisation: { projects: { role: string; project: { name: string } }[] } }>(
        `query ($id: ID!) { organisation(id: $id) { projects { role project { name } } } }`,
        { id: ids['b'] },
      );
      expect(org.organisation.projects.map((p) => p.project.name)).toEqual(['Allotments', 'community Choir']);
    });
  });
});
