import { startTestApp, TestApp } from '../support/test-app';
import {
  countRows,
  createFunding,
  createPartnership,
  createProject,
  makeOrganisation,
  makePlaceTree,
  PlaceTree,
} from '../support/partnership-factories';

const CREATE = `mutation ($input: CreateFundingInput!) {
  createFunding(input: $input) {
    id version amount type programme awardDate periodStart periodEnd status threeSixtyGivingId
    funder { name } recipientOrganisation { name } recipientPartnership { name } recipientProject { name }
    schedule { dueDate amount paid }
  }
}`;
const UPDATE = `mutation ($input: UpdateFundingInput!) { updateFunding(input: $input) { id version amount recipientPartnershipId recipientOrganisationId schedule { dueDate amount paid } } }`;
const ARCHIVE = `mutation ($input: RecordVersionInput!) { archiveFunding(input: $input) { id version archivedAt } }`;
const RESTORE = `mutation ($input: RecordVersionInput!) { restoreFunding(input: $input) { id version archivedAt } }`;
const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: FundingFilter, $sort: [FundingSort!]) {
  fundings(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { programme amount }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: { programme: string; amount: number }[];
}

const SCHEDULE = [
  { dueDate: '2024-04-01', amount: 40000, paid: true },
  { dueDate: '2025-04-01', amount: 35000.5 },
  { dueDate: '2026-04-01', amount: 24999.5 },
];

describe('funding', () => {
  let testApp: TestApp;
  let places: PlaceTree;
  let funder: string;
  let charity: string;
  beforeAll(async () => {
    testApp = await startTestApp();
    places = await makePlaceTree(testApp.dataSource);
    funder = (await makeOrganisation(testApp.dataSource, { name: 'Rowan Foundation', type: 'FUNDER' as never })).id;
    charity = (
      await makeOrganisation(testApp.dataSource, { name: 'Hazel Advice Centre', homePlaceId: places.leedsWard })
    ).id;
  });
  afterAll(() => testApp.close());

  const client = () => testApp.client();
  const tables = ['funding', 'funding_instalment', 'audit_log'];
  const counts = () => Promise.all(tables.map((t) => countRows(testApp.dataSource, t)));
  const audit = (id: string) =>
    testApp.dataSource.query('SELECT action, changes FROM audit_log WHERE record_id = $1 ORDER BY id', [id]) as Promise<
      { action: string; changes: Record<string, { before: unknown; after: unknown }> }[]
    >;

  describe('writes', () => {
    it('records multi-year funding with its schedule in one transaction, audited', async () => {
      const { createFunding: f } = await client().data<{ createFunding: Record<string, unknown> & { id: string } }>(
        CREATE,
        {
          input: {
            funderOrganisationId: funder,
            recipientOrganisationId: charity,
            amount: 100000,
            type: 'GRANT',
            programme: 'Advice First',
            awardDate: '2024-03-01',
            periodStart: '2024-04-01',
            periodEnd: '2027-03-31',
            status: 'AWARDED',
            threeSixtyGivingId: '360G-rowan-001',
            schedule: SCHEDULE,
          },
        },
      );
      expect(f).toMatchObject({
        amount: 100000,
        programme: 'Advice First',
        awardDate: '2024-03-01',
        status: 'AWARDED',
        threeSixtyGivingId: '360G-rowan-001',
        funder: { name: 'Rowan Foundation' },
        recipientOrganisation: { name: 'Hazel Advice Centre' },
        recipientPartnership: null,
        recipientProject: null,
        schedule: [
          { dueDate: '2024-04-01', amount: 40000, paid: true },
          { dueDate: '2025-04-01', amount: 35000.5, paid: false },
          { dueDate: '2026-04-01', amount: 24999.5, paid: false },
        ],
      });
      expect((await audit(f.id)).map((r) => r.action)).toEqual(['CREATE']);
    });

    it.each([
      [{}, /exactly one recipient/],
      [{ recipientPartnershipId: 'P' }, /you gave recipientOrganisationId and recipientPartnershipId/],
    ])(
      'refuses funding without exactly one recipient (%#), naming recipient, writing nothing',
      async (extra, message) => {
        const partnership = await createPartnership(client());
        const before = await counts();
        const recipients =
          'recipientPartnershipId' in extra
            ? { recipientOrganisationId: charity, recipientPartnershipId: partnership.id }
            : {};
        const result = await client().request(CREATE, {
          input: { funderOrganisationId: funder, amount: 10, ...recipients },
        });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
        expect(result.errors?.[0].message).toMatch(message);
        expect(await counts()).toEqual(before);
      },
    );

    it.each([
      [
        'schedule',
        {
          schedule: [
            { dueDate: '2024-01-01', amount: 600 },
            { dueDate: '2025-01-01', amount: 399.99 },
          ],
        },
        /add up to £999.99, but the amount is £1000.00/,
      ],
      [
        'schedule',
        {
          schedule: [
            { dueDate: '2024-01-01', amount: 500 },
            { dueDate: '2024-01-01', amount: 500 },
          ],
        },
        /its own due date/,
      ],
      [
        'schedule.1.amount',
        {
          schedule: [
            { dueDate: '2024-01-01', amount: 1000 },
            { dueDate: '2025-01-01', amount: -5 },
          ],
        },
        /more than zero/,
      ],
      ['amount', { amount: -1 }, /must not be negative/],
      ['amount', { amount: 10.001 }, /2 decimal places/],
      ['periodEnd', { periodStart: '2025-01-01', periodEnd: '2024-01-01' }, /on or after periodStart/],
      [
        'funderOrganisationId',
        { funderOrganisationId: '00000000-0000-4000-8000-000000000000' },
        /No organisation has the id/,
      ],
      [
        'recipientOrganisationId',
        { recipientOrganisationId: '00000000-0000-4000-8000-000000000000' },
        /No organisation has the id/,
      ],
      ['programme', { programme: 'x'.repeat(301) }, /at most 300/],
    ])(
      'refuses a bad %s, naming it, and writes nothing (not even a schedule line)',
      async (field, override, message) => {
        const before = await counts();
        const result = await client().request(CREATE, {
          input: { funderOrganisationId: funder, recipientOrganisationId: charity, amount: 1000, ...override },
        });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(result.errors?.[0].message).toMatch(message);
        expect(await counts()).toEqual(before);
      },
    );

    it('refuses a 360Giving id already recorded with CONFLICT, leaving no schedule behind', async () => {
      await createFunding(client(), {
        funderOrganisationId: funder,
        recipientOrganisationId: charity,
        threeSixtyGivingId: '360G-dup',
      });
      const before = await counts();
      const result = await client().request(CREATE, {
        input: {
          funderOrganisationId: funder,
          recipientOrganisationId: charity,
          amount: 1000,
          threeSixtyGivingId: '360G-dup',
          schedule: [{ dueDate: '2024-01-01', amount: 1000 }],
        },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'threeSixtyGivingId' });
      expect(await counts()).toEqual(before);
    });

    it('replaces the schedule on update, checks it against the new amount, and refuses stale versions', async () => {
      const f = await createFunding(client(), {
        funderOrganisationId: funder,
        recipientOrganisationId: charity,
        amount: 1000,
        schedule: [{ dueDate: '2024-01-01', amount: 1000 }],
      });
      // Changing the amount alone would leave the schedule adding up to the old amount.
      const mismatch = await client().request(UPDATE, { input: { id: f.id, version: 1, amount: 1500 } });
      expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schedule' });
      const [row] = await testApp.dataSource.query('SELECT amount, version FROM funding WHERE id = $1', [f.id]);
      expect(row).toEqual({ amount: '1000.00', version: 1 });

      const updated = await client().data<{ updateFunding: { version: number; amount: number; schedule: unknown[] } }>(
        UPDATE,
        {
          input: {
            id: f.id,
            version: 1,
            amount: 1500,
            schedule: [
              { dueDate: '2024-01-01', amount: 1000, paid: true },
              { dueDate: '2025-01-01', amount: 500 },
            ],
          },
        },
      );
      expect(updated.updateFunding).toMatchObject({
        version: 2,
        amount: 1500,
        schedule: [
          { dueDate: '2024-01-01', amount: 1000, paid: true },
          { dueDate: '2025-01-01', amount: 500, paid: false },
        ],
      });
      const scheduleOnly = await client().data<{ updateFunding: { version: number } }>(UPDATE, {
        input: {
          id: f.id,
          version: 2,
          schedule: [
            { dueDate: '2024-01-01', amount: 1000, paid: true },
            { dueDate: '2025-01-01', amount: 500, paid: true },
          ],
        },
      });
      expect(scheduleOnly.updateFunding.version).toBe(3);
      const badLine = await client().request(UPDATE, {
        input: { id: f.id, version: 3, schedule: [{ dueDate: '2024-01-01', amount: 1499 }] },
      });
      expect(badLine.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schedule' });
      expect(
        await testApp.dataSource.query('SELECT count(*)::int AS n FROM funding_instalment WHERE funding_id = $1', [
          f.id,
        ]),
      ).toEqual([{ n: 2 }]);

      const stale = await client().request(UPDATE, { input: { id: f.id, version: 1, programme: 'Late edit' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
      const rows = await audit(f.id);
      // One audit row per write: the amount and the schedule changed together are one entry.
      expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
      expect(Object.keys(rows[1].changes).sort()).toEqual(['amount', 'schedule']);
      expect(Object.keys(rows[2].changes)).toEqual(['schedule']);
    });

    it('moves funding to another recipient only when exactly one remains', async () => {
      const partnership = await createPartnership(client(), { name: 'Recipient Switch Partnership' });
      const f = await createFunding(client(), { funderOrganisationId: funder, recipientOrganisationId: charity });
      const two = await client().request(UPDATE, {
        input: { id: f.id, version: 1, recipientPartnershipId: partnership.id },
      });
      expect(two.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
      const moved = await client().data<{
        updateFunding: { recipientPartnershipId: string; recipientOrganisationId: string | null };
      }>(UPDATE, {
        input: { id: f.id, version: 1, recipientPartnershipId: partnership.id, recipientOrganisationId: null },
      });
      expect(moved.updateFunding).toMatchObject({
        recipientPartnershipId: partnership.id,
        recipientOrganisationId: null,
      });
    });

    it('archives and restores, dropping archived funding from totals; NOT_FOUND for unknown funding', async () => {
      const giver = await makeOrganisation(testApp.dataSource, { name: 'Alder Trust', type: 'FUNDER' as never });
      const taker = await makeOrganisation(testApp.dataSource, { name: 'Elm Youth Club' });
      const f = await createFunding(client(), {
        funderOrganisationId: giver.id,
        recipientOrganisationId: taker.id,
        amount: 750,
      });
      await createFunding(client(), {
        funderOrganisationId: giver.id,
        recipientOrganisationId: taker.id,
        amount: 250.25,
      });
      const totals = async () =>
        await client().data<{
          a: { fundingGivenTotal: number; fundingReceivedTotal: number };
          b: { fundingGivenTotal: number; fundingReceivedTotal: number };
        }>(
          `query ($a: ID!, $b: ID!) { a: organisation(id: $a) { fundingGivenTotal fundingReceivedTotal } b: organisation(id: $b) { fundingGivenTotal fundingReceivedTotal } }`,
          { a: giver.id, b: taker.id },
        );
      expect(await totals()).toEqual({
        a: { fundingGivenTotal: 1000.25, fundingReceivedTotal: 0 },
        b: { fundingGivenTotal: 0, fundingReceivedTotal: 1000.25 },
      });
      await client().data(ARCHIVE, { input: { id: f.id, version: 1 } });
      expect((await totals()).b.fundingReceivedTotal).toBe(250.25);
      const restored = await client().data<{ restoreFunding: { archivedAt: string | null } }>(RESTORE, {
        input: { id: f.id, version: 2 },
      });
      expect(restored.restoreFunding.archivedAt).toBeNull();
      expect((await audit(f.id)).map((r) => r.action)).toEqual(['CREATE', 'ARCHIVE', 'RESTORE']);
      const missing = await client().request(`{ funding(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(missing.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('list', () => {
    const ids: Record<string, string> = {};
    const programmes = async (variables: Record<string, unknown>) =>
      (
        await client().data<{ fundings: Page }>(LIST, {
          ...variables,
          filter: { programme: { ilike: 'L-*' }, ...(variables['filter'] as object) },
        })
      ).fundings.nodes.map((n) => n.programme);

    beforeAll(async () => {
      const f1 = await makeOrganisation(testApp.dataSource, { name: 'Listing Funder One', type: 'FUNDER' as never });
      const f2 = await makeOrganisation(testApp.dataSource, { name: 'Listing Funder Two', type: 'FUNDER' as never });
      const yorkOrg = await makeOrganisation(testApp.dataSource, { name: 'York Org', homePlaceId: places.york });
      const partnership = await createPartnership(client(), { name: 'Listing Partnership', placeIds: [places.leeds] });
      const project = await createProject(client(), { name: 'Listing Project', placeIds: [places.leedsWard] });
      Object.assign(ids, {
        f1: f1.id,
        f2: f2.id,
        yorkOrg: yorkOrg.id,
        partnership: partnership.id,
        project: project.id,
      });
      await createFunding(client(), {
        funderOrganisationId: f1.id,
        recipientOrganisationId: yorkOrg.id,
        amount: 500,
        programme: 'L-A',
        awardDate: '2022-05-01',
        type: 'GRANT',
        status: 'PAID',
      });
      await createFunding(client(), {
        funderOrganisationId: f1.id,
        recipientPartnershipId: partnership.id,
        amount: 20000,
        programme: 'L-B',
        awardDate: '2024-01-15',
        type: 'CONTRACT',
        status: 'AWARDED',
      });
      await createFunding(client(), {
        funderOrganisationId: f2.id,
        recipientProjectId: project.id,
        amount: 7500,
        programme: 'L-C',
        type: 'LOAN',
        status: 'PLEDGED',
      });
    });

    it.each([
      ['funder', () => ({ funder: { eq: ids['f1'] } }), ['L-B', 'L-A']],
      ['recipientOrganisation', () => ({ recipientOrganisation: { eq: ids['yorkOrg'] } }), ['L-A']],
      ['recipientPartnership', () => ({ recipientPartnership: { eq: ids['partnership'] } }), ['L-B']],
      ['recipientProject', () => ({ recipientProject: { eq: ids['project'] } }), ['L-C']],
      ['status', () => ({ status: { in: ['PAID', 'PLEDGED'] } }), ['L-C', 'L-A']],
      ['type', () => ({ type: { eq: 'CONTRACT' } }), ['L-B']],
      ['programme', () => ({ programme: { eq: 'L-A' } }), ['L-A']],
      ['awardDate range', () => ({ awardDate: { gte: '2023-01-01', lte: '2024-12-31' } }), ['L-B']],
      ['amount range', () => ({ amount: { gt: 500, lte: 7500 } }), ['L-C']],
      ['withinPlace (partnership or project place)', () => ({ withinPlace: { eq: places.leeds } }), ['L-C', 'L-B']],
      ['withinPlace (recipient home place)', () => ({ withinPlace: { eq: places.york } }), ['L-A']],
      ['withinPlace (ward)', () => ({ withinPlace: { eq: places.leedsWard } }), ['L-C']],
    ])('filters by %s (newest first by default)', async (_label, filter, expected) => {
      expect(await programmes({ filter: filter() })).toEqual(expected);
    });

    it.each([
      ['AMOUNT', [{ field: 'AMOUNT' }], ['L-A', 'L-C', 'L-B']],
      ['AMOUNT DESC', [{ field: 'AMOUNT', direction: 'DESC' }], ['L-B', 'L-C', 'L-A']],
      ['AWARD_DATE (empty last)', [{ field: 'AWARD_DATE' }], ['L-A', 'L-B', 'L-C']],
      ['CREATED_AT', [{ field: 'CREATED_AT' }], ['L-A', 'L-B', 'L-C']],
    ])('sorts by %s', async (_label, sort, expected) => {
      expect(await programmes({ sort })).toEqual(expected);
    });

    it('pages forwards and backwards with the total count', async () => {
      const filter = { programme: { ilike: 'L-*' } };
      const sort = [{ field: 'AWARD_DATE' }];
      const first = (await client().data<{ fundings: Page }>(LIST, { first: 2, filter, sort })).fundings;
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(first.nodes.map((n) => n.programme)).toEqual(['L-A', 'L-B']);
      const next = (
        await client().data<{ fundings: Page }>(LIST, { first: 2, after: first.pageInfo.endCursor, filter, sort })
      ).fundings;
      expect(next.nodes.map((n) => n.programme)).toEqual(['L-C']);
      const back = (
        await client().data<{ fundings: Page }>(LIST, { last: 1, before: next.pageInfo.startCursor, filter, sort })
      ).fundings;
      expect(back.nodes.map((n) => n.programme)).toEqual(['L-B']);
      expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    });

    it('resolves funder and recipients through loaders, and counts project funding towards its partnership', async () => {
      const data = await client().data<{ fundings: { nodes: Record<string, unknown>[] } }>(
        `{ fundings(filter: { programme: { ilike: "L-*" } }, sort: [{ field: AMOUNT }]) { nodes { funder { name } recipientOrganisation { name } recipientPartnership { name fundingTotal } recipientProject { name } } } }`,
      );
      expect(data.fundings.nodes).toEqual([
        {
          funder: { name: 'Listing Funder One' },
          recipientOrganisation: { name: 'York Org' },
          recipientPartnership: null,
          recipientProject: null,
        },
        {
          funder: { name: 'Listing Funder Two' },
          recipientOrganisation: null,
          recipientPartnership: null,
          recipientProject: { name: 'Listing Project' },
        },
        {
          funder: { name: 'Listing Funder One' },
          recipientOrganisation: null,
          recipientPartnership: { name: 'Listing Partnership', fundingTotal: 20000 },
          recipientProject: null,
        },
      ]);
    });
  });
});
