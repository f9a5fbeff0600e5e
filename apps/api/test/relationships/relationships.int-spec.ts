import { OrganisationType } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  addMember,
  addParticipant,
  auditActions,
  countRows,
  makeFunding,
  makeOrganisation,
  makePartnership,
  makeProject,
  makeRelationship,
  PageOf,
  walkPages,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { id type directed strength trust value fromDate toDate notes version fromOrganisation { name } toOrganisation { name } }
}`;
const UPDATE = `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { id strength trust notes version } }`;
const ARCHIVE = `mutation($input: RecordVersionInput!) { archiveRelationship(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation($input: RecordVersionInput!) { restoreRelationship(input: $input) { id version archivedAt } }`;
const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $filter: RelationshipFilter, $sort: [RelationshipSort!]) {
  relationships(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id type strength fromOrganisation { name } toOrganisation { name } }
  }
}`;

interface RelNode {
  id: string;
  type: string;
  strength: number;
  fromOrganisation: { name: string };
  toOrganisation: { name: string };
}

describe('relationships and ties', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    for (const [key, name, type] of [
      ['trust', 'Abbey Youth Trust', OrganisationType.CHARITY],
      ['council', 'Blaby District Council', OrganisationType.LOCAL_AUTHORITY],
      ['group', 'Coleman Road Residents', OrganisationType.COMMUNITY_GROUP],
      ['funder', 'Derwent Foundation', OrganisationType.FUNDER],
      ['firm', 'Eyres Builders Ltd', OrganisationType.BUSINESS],
      ['gone', 'Faded Arts', OrganisationType.CHARITY],
    ] as const) {
      org[key] = await makeOrganisation(ds, { name, type });
    }
  });
  afterAll(() => testApp.close());

  const list = (variables: Record<string, unknown>) =>
    testApp
      .client()
      .data<{ relationships: PageOf<RelNode> }>(LIST, variables)
      .then((data) => data.relationships);

  describe('writes', () => {
    it('creates a relationship with its scores and both organisations, audited', async () => {
      const { createRelationship } = await testApp
        .client()
        .data<{ createRelationship: Record<string, unknown> & { id: string } }>(CREATE, {
          input: {
            fromOrganisationId: org.trust,
            toOrganisationId: org.group,
            type: 'MENTORS',
            strength: 4,
            trust: 3,
            value: 4,
            fromDate: '2024-04-01',
            notes: 'Monthly mentoring of the residents’ committee.',
          },
        });
      expect(createRelationship).toMatchObject({
        type: 'MENTORS',
        directed: true,
        strength: 4,
        trust: 3,
        value: 4,
        fromDate: '2024-04-01',
        toDate: null,
        version: 1,
        fromOrganisation: { name: 'Abbey Youth Trust' },
        toOrganisation: { name: 'Coleman Road Residents' },
      });
      expect(await auditActions(ds, createRelationship.id)).toEqual(['CREATE']);
    });

    it.each([
      [{ toOrganisationId: 'SELF' }, 'toOrganisationId', /cannot have a relationship with itself/],
      [{ strength: 6 }, 'strength', /1 to 5/],
      [{ strength: 0 }, 'strength', /1 to 5/],
      [{ trust: 5 }, 'trust', /1 to 4/],
      [{ value: 0 }, 'value', /1 to 4/],
      [{ fromDate: '2025-05-01', toDate: '2025-04-01' }, 'toDate', /must not be before fromDate/],
      [{ fromOrganisationId: 'nope' }, 'fromOrganisationId', /organisation id/],
      [{ toOrganisationId: '00000000-0000-4000-8000-000000000009' }, 'toOrganisationId', /does not exist/],
      [{ notes: 'x'.repeat(5001) }, 'notes', /5000/],
    ])('refuses bad input %# naming the field and writes nothing', async (change, field, message) => {
      const before = await countRows(ds, 'relationship');
      const audits = await countRows(ds, 'audit_log');
      const input = { fromOrganisationId: org.council, toOrganisationId: org.firm, type: 'SUPPLIES', ...change };
      if (input.toOrganisationId === 'SELF') input.toOrganisationId = org.council;
      const result = await testApp.client().request(CREATE, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await countRows(ds, 'relationship')).toBe(before);
      expect(await countRows(ds, 'audit_log')).toBe(audits);
    });

    it('updates with the version read, refuses a stale one with CONFLICT, archives and restores', async () => {
      const id = await makeRelationship(ds, org.council, org.firm, { type: 'SUPPLIES' });
      const first = await testApp
        .client()
        .data<{ updateRelationship: { strength: number; trust: number; version: number } }>(UPDATE, {
          input: { id, version: 1, strength: 5, trust: 2 },
        });
      expect(first.updateRelationship).toMatchObject({ strength: 5, trust: 2, version: 2 });
      const stale = await testApp.client().request(UPDATE, { input: { id, version: 1, strength: 1 } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const badDates = await testApp
        .client()
        .request(UPDATE, { input: { id, version: 2, fromDate: '2025-02-01', toDate: '2025-01-01' } });
      expect(badDates.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toDate' });

      const archived = await testApp
        .client()
        .data<{ archiveRelationship: { archivedAt: string } }>(ARCHIVE, { input: { id, version: 2 } });
      expect(archived.archiveRelationship.archivedAt).toBeTruthy();
      expect((await list({ filter: { organisation: { eq: org.firm } } })).totalCount).toBe(0);
      expect((await list({ filter: { organisation: { eq: org.firm }, includeArchived: true } })).totalCount).toBe(1);
      await testApp.client().data(RESTORE, { input: { id, version: 3 } });
      expect((await list({ filter: { organisation: { eq: org.firm } } })).totalCount).toBe(1);
      expect(await auditActions(ds, id)).toEqual(['UPDATE', 'ARCHIVE', 'RESTORE']);
      const [row] = await ds.query('SELECT strength, version FROM relationship WHERE id = $1', [id]);
      expect(row).toEqual({ strength: 5, version: 4 });
    });

    it('answers NOT_FOUND for unknown ids', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const read = await testApp.client().request(`{ relationship(id: "${missing}") { id } }`);
      expect(read.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      const update = await testApp.client().request(UPDATE, { input: { id: missing, version: 1, strength: 2 } });
      expect(update.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      const archive = await testApp.client().request(ARCHIVE, { input: { id: missing, version: 1 } });
      expect(archive.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('list', () => {
    const ids: string[] = [];
    beforeAll(async () => {
      await ds.query('DELETE FROM relationship');
      ids.push(await makeRelationship(ds, org.trust, org.council, { type: 'REFERS_TO', strength: 2 }));
      ids.push(await makeRelationship(ds, org.council, org.group, { type: 'FUNDS', strength: 5 }));
      ids.push(await makeRelationship(ds, org.group, org.firm, { type: 'INFORMAL', strength: 1, directed: false }));
      ids.push(await makeRelationship(ds, org.firm, org.trust, { type: 'SUPPLIES', strength: 3 }));
      await ds.query(
        `UPDATE relationship SET created_at = '2025-01-01'::timestamptz + (strength || ' days')::interval, from_date = CASE WHEN strength > 2 THEN '2024-01-01'::date + strength END`,
      );
    });
    const pairs = (nodes: RelNode[]) =>
      nodes.map((node) => `${node.fromOrganisation.name[0]}>${node.toOrganisation.name[0]}`);

    it.each([
      ['organisation (either end)', { organisation: { eq: 'council' } }, ['A>B', 'B>C']],
      ['fromOrganisation', { fromOrganisation: { eq: 'council' } }, ['B>C']],
      ['toOrganisation', { toOrganisation: { in: ['trust', 'firm'] } }, ['C>E', 'E>A']],
      ['type', { type: { in: ['FUNDS', 'INFORMAL'] } }, ['B>C', 'C>E']],
      ['strength range', { strength: { gte: 2, lte: 3 } }, ['A>B', 'E>A']],
    ])('filters by %s', async (_label, filter, expected) => {
      const resolved = JSON.parse(JSON.stringify(filter), (_key, value) =>
        typeof value === 'string' && org[value] ? org[value] : value,
      );
      const page = await list({ filter: resolved, sort: [{ field: 'STRENGTH' }] });
      expect(pairs(page.nodes).sort()).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    it.each([
      ['STRENGTH', 'DESC', ['B>C', 'E>A', 'A>B', 'C>E']],
      ['TYPE', 'ASC', ['B>C', 'A>B', 'E>A', 'C>E']],
      ['CREATED_AT', 'ASC', ['C>E', 'A>B', 'E>A', 'B>C']],
      ['UPDATED_AT', 'ASC', null],
      ['FROM_DATE', 'ASC', ['E>A', 'B>C', 'A>B', 'C>E']],
    ])('sorts by %s %s', async (field, direction, expected) => {
      // FROM_DATE puts NULLs last; STRENGTH breaks their tie so the order is known.
      const page = await list({
        sort: [
          { field, direction },
          { field: 'STRENGTH', direction: 'DESC' },
        ],
      });
      if (expected) expect(pairs(page.nodes)).toEqual(expected);
      else expect(page.totalCount).toBe(4);
    });

    it('pages both ways with totalCount, including a nullable sort key', async () => {
      for (const sort of [[{ field: 'STRENGTH', direction: 'DESC' }], [{ field: 'FROM_DATE', direction: 'DESC' }]]) {
        const run = (paging: Record<string, unknown>) => list({ ...paging, sort });
        const all = pairs((await run({ first: 10 })).nodes);
        expect(pairs((await walkPages(run, 1, 'forward')).nodes)).toEqual(all);
        const backward = await walkPages(run, 3, 'backward');
        expect(pairs(backward.nodes)).toEqual(all);
        expect(backward.totalCount).toBe(4);
      }
    });
  });

  describe('Organisation.ties and partnerCount', () => {
    beforeAll(async () => {
      await ds.query('DELETE FROM relationship');
      await makeRelationship(ds, org.council, org.firm, { type: 'SUPPLIES', strength: 4, trust: 3, value: 2 });
      await makeRelationship(ds, org.trust, org.gone, { type: 'INFORMAL' });
      await ds.query('UPDATE organisation SET archived_at = now() WHERE id = $1', [org.gone]);
      const partnership = await makePartnership(ds, 'Harrowby Together');
      for (const member of ['trust', 'council', 'group']) await addMember(ds, partnership, org[member]);
      const project = await makeProject(ds, 'Warm Spaces');
      for (const member of ['trust', 'firm']) await addParticipant(ds, project, org[member]);
      await makeFunding(ds, org.funder, { partnershipId: partnership }, 30000);
    });

    const TIES = `query($kinds: [TieKind!]) {
      list: organisations(first: 10, sort: [{ field: NAME }]) {
        nodes { id name partnerCount tieSummary { kind partners }
          ties(kinds: $kinds) { kind relationshipType strength trust value amount directed outgoing viaId otherOrganisationId organisation { name } } }
      }
    }`;
    type Tie = {
      kind: string;
      relationshipType: string | null;
      strength: number | null;
      amount: number | null;
      outgoing: boolean;
      organisation: { name: string };
    };
    const ties = async (kinds?: string[]) => {
      const data = await testApp.client().data<{
        list: {
          nodes: {
            id: string;
            name: string;
            partnerCount: number;
            tieSummary: { kind: string; partners: number }[];
            ties: Tie[];
          }[];
        };
      }>(TIES, { kinds });
      return new Map(data.list.nodes.map((node) => [node.name, node]));
    };
    const describeTie = (tie: Tie) =>
      `${tie.kind}:${tie.organisation.name}${tie.kind === 'FUNDING' || tie.kind === 'RELATIONSHIP' ? (tie.outgoing ? '>' : '<') : ''}`;

    it('lists typed and derived ties from both ends, leaving out archived organisations', async () => {
      const byName = await ties();
      expect(byName.get('Abbey Youth Trust')?.ties.map(describeTie)).toEqual([
        'CO_MEMBERSHIP:Blaby District Council',
        'CO_MEMBERSHIP:Coleman Road Residents',
        'FUNDING:Derwent Foundation<',
        'JOINT_PROJECT:Eyres Builders Ltd',
      ]);
      expect(byName.get('Eyres Builders Ltd')?.ties.map(describeTie)).toEqual([
        'JOINT_PROJECT:Abbey Youth Trust',
        'RELATIONSHIP:Blaby District Council<',
      ]);
      const supplies = byName.get('Blaby District Council')?.ties.find((tie) => tie.kind === 'RELATIONSHIP');
      expect(supplies).toMatchObject({ relationshipType: 'SUPPLIES', strength: 4, trust: 3, value: 2, outgoing: true });
      const funding = byName.get('Derwent Foundation')?.ties;
      expect(funding?.map((tie) => tie.amount)).toEqual([30000, 30000, 30000]);
    });

    it('narrows ties to the kinds asked for', async () => {
      const byName = await ties(['FUNDING', 'RELATIONSHIP']);
      expect(byName.get('Abbey Youth Trust')?.ties.map(describeTie)).toEqual(['FUNDING:Derwent Foundation<']);
      expect(byName.get('Coleman Road Residents')?.ties.map(describeTie)).toEqual(['FUNDING:Derwent Foundation<']);
    });

    it('counts distinct partners over every kind of tie, and by kind', async () => {
      const byName = await ties();
      expect(byName.get('Abbey Youth Trust')?.tieSummary).toEqual([
        { kind: 'CO_MEMBERSHIP', partners: 2 },
        { kind: 'FUNDING', partners: 1 },
        { kind: 'JOINT_PROJECT', partners: 1 },
      ]);
      expect(byName.get('Blaby District Council')?.tieSummary).toEqual([
        { kind: 'CO_MEMBERSHIP', partners: 2 },
        { kind: 'FUNDING', partners: 1 },
        { kind: 'RELATIONSHIP', partners: 1 },
      ]);
      expect(Object.fromEntries([...byName].map(([name, node]) => [name, node.partnerCount]))).toEqual({
        'Abbey Youth Trust': 4,
        'Blaby District Council': 4,
        'Coleman Road Residents': 3,
        'Derwent Foundation': 3,
        'Eyres Builders Ltd': 2,
      });
    });
  });
});
