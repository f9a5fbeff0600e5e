import { PartnershipEntity, PartnershipMembershipEntity } from '@cg/api/core/database';
import { GovernanceModel, PartnerRole } from '@cg/shared/domain';
import { makeOrganisations } from '../support/partnership-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { traced } from '../support/traced';

// What a read makes of its query's selection (its columns, its nested lists' SQL, its statement's
// text) is kept per query document and per values of the variables that can change it (issue #13,
// docs/performance.md "Seventh round"). The record's id is a value: one text serves every id. Any
// other variable may change the selection, so one document with other values must get its own text.

describe('statements kept per selection', () => {
  let testApp: TestApp;
  let partnerships: PartnershipEntity[];

  beforeAll(async () => {
    testApp = await startTestApp();
    const db = testApp.dataSource;
    const organisations = await makeOrganisations(db, 5, 'Shape Org');
    partnerships = await db.getRepository(PartnershipEntity).save(
      [0, 1].map((index) =>
        db.getRepository(PartnershipEntity).create({
          name: `Shape Partnership ${index}`,
          governanceModel: GovernanceModel.SHARED_LEADERSHIP,
          startDate: '2023-09-01',
        }),
      ),
    );
    // Partnership 0: three current members and one whose membership ended; partnership 1: two current.
    await db.getRepository(PartnershipMembershipEntity).save(
      [
        ...[0, 1, 2].map((o) => ({ p: 0, o, toDate: null as string | null })),
        { p: 0, o: 3, toDate: '2024-01-31' },
        ...[3, 4].map((o) => ({ p: 1, o, toDate: null as string | null })),
      ].map(({ p, o, toDate }) =>
        db.getRepository(PartnershipMembershipEntity).create({
          partnershipId: partnerships[p].id,
          organisationId: organisations[o].id,
          role: PartnerRole.CORE_MEMBER,
          fromDate: '2023-10-01',
          toDate,
        }),
      ),
    );
  });
  afterAll(() => testApp.close());

  const PAGE = `query($id: ID!, $current: Boolean!, $withName: Boolean!) {
    partnership(id: $id) { id members(current: $current) { role organisation { id name @include(if: $withName) } } }
  }`;
  const literal = (current: boolean, withName: boolean) =>
    `query($id: ID!) { partnership(id: $id) { id members(current: ${current}) { role organisation { id ${withName ? 'name' : ''} } } } }`;

  it('serves one document with other values of its selection variables their own statements and answers', async () => {
    const combinations = [
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ] as const;
    // Twice over, interleaved: a kept text or plan served to other values answers with the wrong members or fields.
    for (let round = 0; round < 2; round++) {
      const texts = new Map<boolean, Set<string>>([
        [true, new Set()],
        [false, new Set()],
      ]);
      for (const [current, withName] of combinations) {
        const variables = { id: partnerships[0].id, current, withName };
        const { data, sql } = await traced<{ partnership: { members: { organisation: Record<string, unknown> }[] } }>(
          testApp,
          PAGE,
          variables,
        );
        const alone = await testApp.client().data(literal(current, withName), { id: partnerships[0].id });
        expect([current, withName, data]).toEqual([current, withName, alone]);
        expect(data.partnership.members).toHaveLength(current ? 3 : 4);
        expect('name' in data.partnership.members[0].organisation).toBe(withName);
        expect(sql).toHaveLength(1);
        texts.get(current)?.add(sql[0]);
      }
      // `current` changes the members' condition: two texts. (`@include` leaves the text as it is: the
      // columns read are those of every field selected, included or not.)
      const [currentTexts, allTexts] = [[...(texts.get(true) ?? [])], [...(texts.get(false) ?? [])]];
      expect(currentTexts).toHaveLength(1);
      expect(allTexts).toHaveLength(1);
      expect(currentTexts[0]).not.toBe(allTexts[0]);
    }
  });

  it('serves one text to every id, with each id bound as a value', async () => {
    const texts: string[] = [];
    for (const partnership of [partnerships[0], partnerships[1], partnerships[0]]) {
      const { data, sql } = await traced<{ partnership: { id: string; members: unknown[] } }>(testApp, PAGE, {
        id: partnership.id,
        current: true,
        withName: true,
      });
      expect(data.partnership.id).toBe(partnership.id);
      expect(data.partnership.members).toHaveLength(partnership === partnerships[0] ? 3 : 2);
      expect(sql[0]).not.toContain(partnership.id);
      texts.push(sql[0]);
    }
    expect(new Set(texts).size).toBe(1);
  });

  it('reads a page with the columns its variables select, one document with other values', async () => {
    const query = `query($first: Int!, $withSector: Boolean!) {
      organisations(first: $first) { nodes { id name sector @include(if: $withSector) } }
    }`;
    for (const withSector of [true, false, true, false]) {
      const { data } = await traced<{ organisations: { nodes: Record<string, unknown>[] } }>(testApp, query, {
        first: 3,
        withSector,
      });
      expect(data.organisations.nodes).toHaveLength(3);
      expect('sector' in data.organisations.nodes[0]).toBe(withSector);
      expect(data.organisations.nodes[0]['name']).toMatch(/^Shape Org/);
    }
  });

  it('reads a page of partnerships with the nested list its variables ask for', async () => {
    const query = `query($current: Boolean!) { partnerships(first: 5) { nodes { name members(current: $current) { role } } } }`;
    for (const current of [true, false, true]) {
      const { data, sql } = await traced<{ partnerships: { nodes: { name: string; members: unknown[] }[] } }>(
        testApp,
        query,
        {
          current,
        },
      );
      // One statement: the members of the asked-for kind came with the page (a plan kept for the other
      // kind would leave them to the loader, a second statement).
      expect(sql).toHaveLength(1);
      const page0 = data.partnerships.nodes.find((node) => node.name === 'Shape Partnership 0');
      expect(page0?.members).toHaveLength(current ? 3 : 4);
    }
  });
});
