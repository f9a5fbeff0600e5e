import { OrganisationEntity, PartnershipEntity, PartnershipMembershipEntity } from '@cg/api/core/database';
import { GovernanceModel, LevellingUpMission, PartnerRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { traced } from '../support/traced';
import { makeOrganisations } from '../support/partnership-factories';

// A nested list read with its parent's statement selects only the columns the query asks for (issue
// #13, docs/performance.md "Sixth round"). Those partial rows stay on the objects they were read for:
// they must never reach a shared loader's cache, where another field of the same request would be
// served a row without the columns it reads.

const WIDE_MEMBERSHIP = `id role fromDate toDate decisionSeat cashContribution inKindDescription organisationId partnershipId
  partnership { id name status startDate governanceModel themes missions createdAt }`;
const WIDE_MEMBER = `id role fromDate toDate organisation { id name sector createdAt }`;

describe('nested lists read partial rows, and keep them off the shared loaders', () => {
  let testApp: TestApp;
  let organisations: OrganisationEntity[];
  let partnerships: PartnershipEntity[];

  beforeAll(async () => {
    testApp = await startTestApp();
    const db = testApp.dataSource;
    organisations = await makeOrganisations(db, 6, 'Partial Org');
    partnerships = await db.getRepository(PartnershipEntity).save(
      [0, 1, 2].map((index) =>
        db.getRepository(PartnershipEntity).create({
          name: `Partial Partnership ${index}`,
          governanceModel: GovernanceModel.SHARED_LEADERSHIP,
          themes: ['food'],
          missions: [LevellingUpMission.TRANSPORT],
          startDate: '2023-09-01',
        }),
      ),
    );
    await db.getRepository(PartnershipMembershipEntity).save(
      partnerships.flatMap((partnership, p) =>
        organisations.slice(p, p + 4).map((organisation, k) =>
          db.getRepository(PartnershipMembershipEntity).create({
            partnershipId: partnership.id,
            organisationId: organisation.id,
            role: PartnerRole.CORE_MEMBER,
            fromDate: '2024-04-01',
            cashContribution: 100 * (k + 1),
            inKindDescription: `Rooms ${k}`,
          }),
        ),
      ),
    );
  });
  afterAll(() => testApp.close());

  it('reads only the asked-for columns of the memberships and their partnerships, in one statement', async () => {
    const { data, sql } = await traced<{
      organisation: { memberships: { role: string; partnership: { name: string } }[] };
    }>(testApp, `query($id: ID!) { organisation(id: $id) { id memberships { role partnership { id name } } } }`, {
      id: organisations[2].id,
    });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toContain('"p__name"');
    expect(sql[0]).not.toContain('"p__governance_model"');
    expect(sql[0]).not.toContain('"m__in_kind_description"');
    // The organisation's own row too: its id (the memberships' key) and nothing it was not asked for.
    expect(sql[0]).not.toContain('"record"."website"');
    expect(data.organisation.memberships).toHaveLength(3);
    expect(data.organisation.memberships.map((m) => m.partnership.name).sort()).toEqual([
      'Partial Partnership 0',
      'Partial Partnership 1',
      'Partial Partnership 2',
    ]);
  });

  it('serves whole rows to other fields of the same request after a partial read', async () => {
    const organisation = organisations[3];
    // What the loaders give on their own, in a request with no partial read.
    const alone = await testApp.client().data<{
      organisations: { nodes: { id: string }[] };
    }>(`{ organisations(first: 10) { nodes { id memberships { ${WIDE_MEMBERSHIP} } } } }`);
    // The same list beside a narrow profile of the same organisation, and its partnerships' members
    // (organisationById) beside a narrow partnership page.
    const both = await testApp.client().data<{
      organisation: { memberships: { partnership: Record<string, unknown> }[] };
      organisations: { nodes: { id: string }[] };
      partnership: { members: { organisation: Record<string, unknown> }[] };
      wide: { nodes: { id: string; memberships: { partnership: { members: unknown[] } }[] }[] };
    }>(
      `query($id: ID!, $partnershipId: ID!) {
        organisation(id: $id) { memberships { role partnership { id } } }
        organisations(first: 10) { nodes { id memberships { ${WIDE_MEMBERSHIP} } } }
        partnership(id: $partnershipId) { members { organisation { id } } }
        wide: organisations(first: 10) { nodes { id memberships { partnership { id members { ${WIDE_MEMBER} } } } } }
      }`,
      { id: organisation.id, partnershipId: partnerships[1].id },
    );
    expect(both.organisations).toEqual(alone.organisations);
    // The narrow reads answered with just their fields.
    expect(both.organisation.memberships[0].partnership).toEqual({ id: expect.any(String) });
    expect(both.partnership.members[0].organisation).toEqual({ id: expect.any(String) });
    // Members reached through the loaders carry every field asked for.
    const members = both.wide.nodes.flatMap((node) => node.memberships.flatMap((m) => m.partnership.members));
    expect(members.length).toBeGreaterThan(0);
    for (const member of members as { organisation: { name: string; sector: unknown; createdAt: string } }[]) {
      expect(member.organisation.name).toMatch(/^Partial Org/);
      expect(member.organisation.createdAt).toEqual(expect.any(String));
    }
  });

  it('reads a page of partnerships with only the columns its nodes and their members select', async () => {
    const query = `{ partnerships(first: 5) { nodes { id name members { role organisation { id name } } } } }`;
    const { data, sql } = await traced<{ partnerships: { nodes: { name: string; members: unknown[] }[] } }>(
      testApp,
      query,
    );
    expect(sql).toHaveLength(1);
    expect(sql[0]).not.toContain('"p"."purpose"');
    expect(sql[0]).not.toContain('"o__website"');
    const wide = await testApp
      .client()
      .data<
        typeof data
      >(`{ partnerships(first: 5) { nodes { id name purpose memberCount members { role organisation { id name website } } } } }`);
    expect(data.partnerships.nodes.map((node) => node.members.length)).toEqual(
      wide.partnerships.nodes.map((node) => node.members.length),
    );
    expect(data.partnerships.nodes.map((node) => node.name)).toEqual(wide.partnerships.nodes.map((node) => node.name));
  });

  it('reads the same answer through two aliases that ask for different columns', async () => {
    const query = `query($id: ID!) { partnership(id: $id) {
      slim: members { organisation { id } }
      full: members { ${WIDE_MEMBER} }
    } }`;
    const { data, sql } = await traced<{
      partnership: { slim: unknown[]; full: { organisation: { name: string } }[] };
    }>(testApp, query, { id: partnerships[0].id });
    expect(sql).toHaveLength(1);
    expect(data.partnership.full).toHaveLength(4);
    expect(data.partnership.full.every((member) => /^Partial Org/.test(member.organisation.name))).toBe(true);
    const alone = await testApp
      .client()
      .data<{ partnership: unknown }>(`query($id: ID!) { partnership(id: $id) { full: members { ${WIDE_MEMBER} } } }`, {
        id: partnerships[0].id,
      });
    expect({ full: data.partnership.full }).toEqual(alone.partnership);
  });
});
