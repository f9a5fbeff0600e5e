import {
  FundingEntity,
  FundingInstalmentEntity,
  OrganisationEntity,
  PartnershipEntity,
  PartnershipMembershipEntity,
  ProjectEntity,
  ProjectParticipantEntity,
} from '@cg/api/core/database';
import { countQueries } from '@cg/api/testing';
import { GovernanceModel, LevellingUpMission, PartnerRole } from '@cg/shared/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { makeOrganisations } from '../support/partnership-factories';

// Issue acceptance: nested lists are batched by DataLoaders, so the number of SQL statements
// for a page does not grow with the page size.

const NESTED = `query Nested($first: Int!) {
  organisations(first: $first) {
    nodes {
      name
      memberships {
        role
        partnership {
          name
          members { role organisation { name } }
        }
      }
    }
  }
}`;

interface Nested {
  organisations: {
    nodes: {
      name: string;
      memberships: {
        role: string;
        partnership: { name: string; members: { role: string; organisation: { name: string } }[] };
      }[];
    }[];
  };
}

const ROLES = [
  PartnerRole.LEAD,
  PartnerRole.CORE_MEMBER,
  PartnerRole.DELIVERY_PARTNER,
  PartnerRole.ADVISER,
  PartnerRole.COMMUNITY_ANCHOR,
];

describe('nested organisation → memberships → partnership → members query', () => {
  let testApp: TestApp;
  let organisations: OrganisationEntity[];
  let partnerships: PartnershipEntity[];

  beforeAll(async () => {
    testApp = await startTestApp();
    organisations = await makeOrganisations(testApp.dataSource, 60, 'Network Org');
    partnerships = await testApp.dataSource.getRepository(PartnershipEntity).save(
      Array.from({ length: 20 }, (_, index) =>
        testApp.dataSource.getRepository(PartnershipEntity).create({
          name: `Network Partnership ${String(index).padStart(2, '0')}`,
          governanceModel: GovernanceModel.SHARED_LEADERSHIP,
        }),
      ),
    );
    // Each partnership has 6 members spread over the organisations: every organisation is in two partnerships.
    const memberships = partnerships.flatMap((partnership, p) =>
      Array.from({ length: 6 }, (_, k) =>
        testApp.dataSource.getRepository(PartnershipMembershipEntity).create({
          partnershipId: partnership.id,
          organisationId: organisations[(p * 3 + k * 10) % 60].id,
          role: ROLES[k % ROLES.length],
          decisionSeat: k < 2,
        }),
      ),
    );
    await testApp.dataSource.getRepository(PartnershipMembershipEntity).save(memberships);
  });
  afterAll(() => testApp.close());

  async function run(first: number): Promise<{ statements: number; queries: readonly string[]; data: Nested }> {
    const client = testApp.client();
    const counter = countQueries(testApp.dataSource);
    const data = await client.data<Nested>(NESTED, { first });
    counter.stop();
    // The session is read only when it is not cached (the cache empties on any write, and a write's
    // NOTIFY lands a moment later): not a statement of the page.
    const queries = counter.queries.filter((sql) => !sql.includes('FROM user_session'));
    return { statements: queries.length, queries, data };
  }

  it('uses the same number of SQL statements for 10 organisations as for 50', async () => {
    const small = await run(10);
    const large = await run(50);

    // The data is really there, nested three levels deep.
    expect(small.data.organisations.nodes).toHaveLength(10);
    expect(large.data.organisations.nodes).toHaveLength(50);
    const memberships = large.data.organisations.nodes.flatMap((node) => node.memberships);
    expect(memberships.length).toBeGreaterThanOrEqual(50);
    expect(memberships.every((m) => m.partnership.members.length === 6)).toBe(true);
    expect(memberships[0].partnership.members[0].organisation.name).toMatch(/^Network Org/);

    // Equal and small: page + count + one batch per loader (6 today), whatever the page size.
    // On failure, show the statements so the unbatched field is easy to spot.
    const detail = `first 10 → ${small.statements} statements, first 50 → ${large.statements}:\n${large.queries.join('\n')}`;
    if (large.statements !== small.statements) throw new Error(detail);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });

  it("keeps the funder's portfolio query flat too", async () => {
    const query = `{ partnerships(first: 20) { nodes { name fundingTotal memberCount decisionSeatCount totalCashContribution places { name } members { organisation { name } partnership { name } } } } }`;
    const smallQuery = query.replace('first: 20', 'first: 2');
    const counterSmall = countQueries(testApp.dataSource);
    await testApp.client().data(smallQuery);
    const small = counterSmall.stop();
    const counterLarge = countQueries(testApp.dataSource);
    await testApp.client().data(query);
    const large = counterLarge.stop();
    expect(large).toBe(small);
  });

  async function statements(query: string): Promise<number> {
    const counter = countQueries(testApp.dataSource);
    await testApp.client().data(query);
    return counter.stop();
  }

  it('reads the organisation profile, with its memberships and their partnerships, in one statement', async () => {
    // Values of every kind a column can take (dates, money, an enum array, text), so the json the
    // one statement carries hydrates as the loader's rows do.
    const organisation = organisations[0];
    const db = testApp.dataSource;
    const own = await db.getRepository(PartnershipMembershipEntity).findBy({ organisationId: organisation.id });
    await db.getRepository(PartnershipMembershipEntity).update(own[0].id, {
      fromDate: '2024-04-01',
      toDate: '2026-03-31',
      cashContribution: 1234.5,
      inKindDescription: 'Rooms "and" tea',
    });
    await db.getRepository(PartnershipEntity).update(own[0].partnershipId, {
      missions: [LevellingUpMission.TRANSPORT, LevellingUpMission.LIVING_STANDARDS],
      themes: ['food', 'warm spaces'],
      startDate: '2023-09-01',
    });
    const fields = `id name sector memberships { id version createdAt updatedAt visibility role fromDate toDate decisionSeat
      cashContribution inKindContribution inKindDescription organisationId partnershipId
      partnership { id name status startDate endDate governanceModel themes missions createdAt memberCount } }`;

    const counter = countQueries(db);
    const profile = await testApp
      .client()
      .data<{ organisation: { memberships: unknown[] } }>(`query($id: ID!) { organisation(id: $id) { ${fields} } }`, {
        id: organisation.id,
      });
    const queries = counter.queries.filter((sql) => !sql.includes('FROM user_session'));
    counter.stop();
    // One statement for the organisation and its memberships; memberCount is a loader of its own.
    expect(queries.filter((sql) => sql.includes('partnership_membership m JOIN partnership p'))).toHaveLength(1);
    expect(queries.filter((sql) => !sql.includes('count(*)'))).toHaveLength(1);

    // The same answer as the loaders give when the organisation comes from a list.
    const listed = await testApp
      .client()
      .data<{ organisations: { nodes: { id: string }[] } }>(`{ organisations(first: 60) { nodes { ${fields} } } }`);
    const sameOrganisation = listed.organisations.nodes.find((node) => node.id === organisation.id);
    expect(profile.organisation.memberships.length).toBeGreaterThanOrEqual(2);
    expect(profile.organisation).toEqual(sameOrganisation);
    expect(profile.organisation.memberships).toContainEqual(
      expect.objectContaining({
        fromDate: '2024-04-01',
        cashContribution: 1234.5,
        inKindDescription: 'Rooms "and" tea',
        partnership: expect.objectContaining({
          missions: ['TRANSPORT', 'LIVING_STANDARDS'],
          themes: ['food', 'warm spaces'],
        }),
      }),
    );
  });

  it('reads the partnership page, with its members and their organisations, in one statement', async () => {
    const partnership = partnerships[1];
    const db = testApp.dataSource;
    // One membership ended, so current and every membership differ.
    const [ended] = await db.getRepository(PartnershipMembershipEntity).findBy({ partnershipId: partnership.id });
    await db
      .getRepository(PartnershipMembershipEntity)
      .update(ended.id, { fromDate: '2020-01-01', toDate: '2021-01-01' });
    const fields = `id name status current: members { id role fromDate toDate createdAt organisation { id name sector createdAt } }
      everyone: members(current: false) { id toDate organisation { id name } }`;

    const counter = countQueries(db);
    const page = await testApp.client().data<{
      partnership: { current: unknown[]; everyone: unknown[] };
    }>(`query($id: ID!) { partnership(id: $id) { ${fields} } }`, { id: partnership.id });
    const queries = counter.queries.filter((sql) => !sql.includes('FROM user_session'));
    counter.stop();
    expect(queries).toHaveLength(1);

    // A page of partnerships reads its nodes' members in its own statement too.
    const pageCounter = countQueries(db);
    const listed = await testApp
      .client()
      .data<{ partnerships: { nodes: { id: string }[] } }>(`{ partnerships(first: 20) { nodes { ${fields} } } }`);
    const pageQueries = pageCounter.queries.filter((sql) => !sql.includes('FROM user_session'));
    pageCounter.stop();
    expect(pageQueries).toHaveLength(1);

    // The same answers as the members loaders give, reached through a membership's partnership.
    const throughLoaders = await testApp.client().data<{
      organisations: { nodes: { memberships: { partnership: { id: string } }[] }[] };
    }>(`{ organisations(first: 10) { nodes { memberships { partnership { ${fields} } } } } }`);
    const loaded = throughLoaders.organisations.nodes
      .flatMap((node) => node.memberships)
      .find((membership) => membership.partnership.id === partnership.id)?.partnership;
    expect(page.partnership.everyone).toHaveLength(6);
    expect(page.partnership.current).toHaveLength(5);
    expect(loaded).toBeDefined();
    expect(page.partnership).toEqual(loaded);
    expect(listed.partnerships.nodes.find((node) => node.id === partnership.id)).toEqual(loaded);
    expect(listed.partnerships.nodes).toHaveLength(20);
  });

  it('keeps projects and funding with their nested fields flat', async () => {
    const db = testApp.dataSource;
    const projects = await db
      .getRepository(ProjectEntity)
      .save(
        partnerships.map((partnership, index) =>
          db
            .getRepository(ProjectEntity)
            .create({ name: `Network Project ${String(index).padStart(2, '0')}`, partnershipId: partnership.id }),
        ),
      );
    await db.getRepository(ProjectParticipantEntity).save(
      projects.flatMap((project, index) =>
        [0, 1].map((k) =>
          db.getRepository(ProjectParticipantEntity).create({
            projectId: project.id,
            organisationId: organisations[(index + k * 7) % 60].id,
            role: PartnerRole.DELIVERY_PARTNER,
          }),
        ),
      ),
    );
    const fundings = await db.getRepository(FundingEntity).save(
      projects.map((project, index) =>
        db.getRepository(FundingEntity).create({
          funderOrganisationId: organisations[59 - (index % 5)].id,
          ...(index % 2 ? { recipientProjectId: project.id } : { recipientPartnershipId: partnerships[index].id }),
          amount: 2000,
        }),
      ),
    );
    await db
      .getRepository(FundingInstalmentEntity)
      .save(
        fundings.flatMap((funding) =>
          ['2025-04-01', '2026-04-01'].map((dueDate) =>
            db.getRepository(FundingInstalmentEntity).create({ fundingId: funding.id, dueDate, amount: 1000 }),
          ),
        ),
      );

    const projectQuery = (first: number) =>
      `{ projects(first: ${first}) { nodes { name partnership { name projects { name } } places { name } targetedOutcomeIds
          participants { role organisation { name memberships { role } projects { role } } project { name } } } } }`;
    // Here one loader serves several depths (organisationById for participants and, in the funding query, for
    // funders), and whether those loads share a batch depends on timing. So hold each page to one statement
    // per loader use plus page and count, whatever its size, rather than to an exact number.
    const LOADER_USES = 10;
    for (const first of [3, 15]) expect(await statements(projectQuery(first))).toBeLessThanOrEqual(LOADER_USES + 3);

    const fundingQuery = (first: number) =>
      `{ fundings(first: ${first}) { nodes { amount funder { name fundingGivenTotal fundingReceivedTotal } recipientOrganisation { name }
          recipientPartnership { name fundingTotal memberCount } recipientProject { name participants { role } } schedule { dueDate amount } } } }`;
    for (const first of [3, 18]) expect(await statements(fundingQuery(first))).toBeLessThanOrEqual(LOADER_USES + 3);
  });
});
