import { PLACE_ORGANISATION_ROWS } from '@cg/api/core/database';
import { placeRounds } from '@cg/api/feature/organisations';
import { countQueries, GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole, OrganisationType, PlaceLevel, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import {
  addMember,
  insertRow,
  makePartnership,
  makePlace,
  PageOf,
  servePlace,
  walkPages,
} from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

// The directory inside a place reads its candidates in name order from place_organisation (migration
// PlaceOrganisation). It must list, page by page, exactly what the general plan lists for every
// reader, through every kind of change; and the table must equal a recount after each. The general
// plan is the one an explicit sort takes (`NAME ASC`, the same order), as main does for both.
// Theme filters come from the table too (migration PlaceOrganisationThemes), a rare theme and one
// nobody has among them. Pages read their candidates in rounds of a budget (migration
// PlaceOrganisationBudget): budgets of a few rows here, so most pages take several rounds, and a
// reader who sees only a few organisations deep in a place makes one page ask again many times.

const LIST = `query ($filter: OrganisationFilter, $sort: [OrganisationSort!], $first: Int, $after: String, $last: Int, $before: String) {
  organisations(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name }
  }
}`;

type Node = { id: string; name: string };

const BUDGET = placeRounds.budget;

describe('the directory inside a place, from the ordered place table', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let readers: Record<string, GraphQLTestClient>;
  const place: Record<string, string> = {};
  const org: Record<string, string> = {};

  const listed = (client: GraphQLTestClient, filter: object, sort?: object[]) => (paging: Record<string, unknown>) =>
    client.data<{ organisations: PageOf<Node> }>(LIST, { filter, sort, ...paging }).then((r) => r.organisations);

  /** Every reader, several filters, forwards (and one backwards) by pages of 3: the same as the general plan. */
  async function expectSameDirectory(): Promise<void> {
    const filters = [
      { withinPlace: { eq: place.county } },
      { withinPlace: { eq: place.region } },
      { withinPlace: { eq: place.ward } },
      { withinPlace: { eq: place.combined } },
      { withinPlace: { in: [place.county, place.otherCounty] } },
      { withinPlace: { eq: place.county }, sector: { eq: 'VOLUNTARY_AND_COMMUNITY' } },
      { withinPlace: { eq: place.privatePlace } },
      { withinPlace: { eq: place.county }, themes: { any: ['Food'] } },
      { withinPlace: { eq: place.region }, themes: { all: ['Food', 'Youth'] } },
      { withinPlace: { eq: place.region }, themes: { any: ['Heritage'] } },
      { withinPlace: { eq: place.region }, themes: { any: ['food'] } },
      { withinPlace: { eq: place.combined }, themes: { any: ['Youth', 'Heritage'], all: ['Youth'] } },
      {
        withinPlace: { in: [place.county, place.otherCounty] },
        themes: { any: ['Youth'] },
        sector: { eq: 'VOLUNTARY_AND_COMMUNITY' },
      },
      { withinPlace: { eq: place.region }, themes: { all: [] } },
      { withinPlace: { eq: place.deep } },
      { withinPlace: { eq: place.deep }, themes: { any: ['Food'] } },
      { withinPlace: { in: [place.deep, place.county] } },
    ];
    for (const [name, client] of Object.entries(readers)) {
      for (const filter of filters) {
        const reference = await walkPages(listed(client, filter, [{ field: 'NAME', direction: 'ASC' }]), 3, 'forward');
        const ordered = await walkPages(listed(client, filter), 3, 'forward');
        expect({ name, filter, nodes: ordered.nodes, total: ordered.totalCount }).toEqual({
          name,
          filter,
          nodes: reference.nodes,
          total: reference.totalCount,
        });
      }
      const backward = await walkPages(listed(client, filters[1]), 4, 'backward');
      const reference = await walkPages(
        listed(client, filters[1], [{ field: 'NAME', direction: 'ASC' }]),
        4,
        'forward',
      );
      expect({ name, nodes: backward.nodes }).toEqual({ name, nodes: reference.nodes });
    }
    const rows = (sql: string) =>
      ds.query(`SELECT place_id, name_key, organisation_id, via_places, themes FROM (${sql}) r
      ORDER BY place_id, name_key, organisation_id`);
    expect(await rows('SELECT * FROM place_organisation')).toEqual(await rows(PLACE_ORGANISATION_ROWS('TRUE')));
  }

  const makeOrg = (name: string, values: Record<string, unknown> = {}) => {
    const type = (values['type'] as OrganisationType) ?? OrganisationType.CHARITY;
    return insertRow(ds, 'organisation', { name, type, sector: SECTOR_OF_TYPE[type], ...values });
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    place.country = await makePlace(ds, { name: 'England' });
    place.region = await makePlace(ds, { parentId: place.country, level: PlaceLevel.REGION });
    place.county = await makePlace(ds, { parentId: place.region, level: PlaceLevel.COUNTY });
    place.otherCounty = await makePlace(ds, { parentId: place.region, level: PlaceLevel.COUNTY });
    place.council = await makePlace(ds, { parentId: place.county, level: PlaceLevel.LOCAL_AUTHORITY });
    place.ward = await makePlace(ds, { parentId: place.council, level: PlaceLevel.WARD });
    place.otherWard = await makePlace(ds, { parentId: place.council, level: PlaceLevel.WARD });
    place.farWard = await makePlace(ds, { parentId: place.otherCounty, level: PlaceLevel.WARD });
    place.lsoa = await makePlace(ds, { parentId: place.ward, level: PlaceLevel.LSOA });
    place.combined = await makePlace(ds, { parentId: place.country, level: PlaceLevel.COMBINED_AUTHORITY });
    await ds.query(
      `INSERT INTO combined_authority_member (combined_authority_id, member_place_id, source) VALUES ($1, $2, 'test')`,
      [place.combined, place.council],
    );

    for (const key of ['ceo', 'partner', 'funder', 'other'])
      org[key] = await makeOrg(`${key} org`, { home_place_id: place.ward });
    const partnership = await makePartnership(ds);
    await addMember(ds, partnership, org.ceo);
    await addMember(ds, partnership, org.partner);
    // A custom place only the funder may read, inside the ward.
    place.privatePlace = await makePlace(ds, { parentId: place.ward, level: PlaceLevel.CUSTOM });
    await ds.query(`UPDATE place SET visibility = 'PRIVATE', owner_organisation_id = $1 WHERE id = $2`, [
      org.funder,
      place.privatePlace,
    ]);

    const homes = [place.ward, place.otherWard, place.lsoa, place.farWard, place.council, null];
    const visibilities: [string, string | null][] = [
      ['PUBLIC', null],
      ['PRIVATE', org.funder],
      ['PARTNERS', org.partner],
      ['PRIVATE', org.ceo],
      ['PRIVATE', org.other],
    ];
    // Food on two in three, Youth on two in three (both on one in three), Heritage on two only.
    const themes = [['Food'], ['Food', 'Youth'], ['Youth']];
    for (let i = 0; i < 30; i++) {
      const [visibility, owner] = visibilities[i % visibilities.length];
      // Repeated names, so the id breaks ties inside a page and across pages.
      org[`n${i}`] = await makeOrg(`${['Acorn', 'birch', 'Cedar', 'acorn', 'Elm'][i % 5]} Trust ${Math.floor(i / 3)}`, {
        type: i % 2 ? OrganisationType.CHARITY : OrganisationType.SOCIAL_ENTERPRISE,
        home_place_id: homes[i % homes.length],
        visibility,
        owner_organisation_id: owner,
        themes: i === 7 || i === 20 ? ['Heritage'] : themes[i % themes.length],
      });
    }
    await servePlace(ds, org.n5, place.lsoa);
    await servePlace(ds, org.n5, place.farWard);
    await servePlace(ds, org.n11, place.county);
    await servePlace(ds, org.n3, place.ward); // also at home under the county: one row per place of its own
    org.hidden = await makeOrg('Hidden Home Trust', { home_place_id: place.privatePlace });

    // A place whose first 24 organisations only the other organisation sees, and its last 3 only `few`.
    place.deep = await makePlace(ds, { parentId: place.region, level: PlaceLevel.COUNTY });
    org.few = await makeOrg('Zz Few Org', { home_place_id: place.deep, visibility: 'PRIVATE' });
    await ds.query(`UPDATE organisation SET owner_organisation_id = id WHERE id = $1`, [org.few]);
    for (let i = 0; i < 27; i++)
      await makeOrg(`Deep ${i < 24 ? 'Aa' : 'Zz'} ${i}`, {
        home_place_id: place.deep,
        visibility: 'PRIVATE',
        owner_organisation_id: i < 24 ? org.other : org.few,
        themes: ['Food'],
      });
    placeRounds.budget = 2;

    readers = {
      admin: testApp.client(),
      ceo: await signedInAs(testApp, 'ceo@orgs.example', org.ceo),
      funder: await signedInAs(testApp, 'funder@orgs.example', org.funder, OrganisationRole.COORDINATOR),
      viewer: await signedInAs(testApp, 'viewer@orgs.example', org.other, OrganisationRole.VIEWER),
      few: await signedInAs(testApp, 'few@orgs.example', org.few, OrganisationRole.VIEWER),
    };
  });

  afterAll(() => {
    placeRounds.budget = BUDGET;
    return testApp?.close();
  });

  it('lists the same pages as the general plan for every reader, whatever the round budget', async () => {
    // One row a round (rounds then fill a page exactly, and one more asks whether another follows),
    // and more than any place here holds (one round).
    for (const budget of [1, BUDGET]) {
      placeRounds.budget = budget;
      await expectSameDirectory();
    }
    placeRounds.budget = 2;
  }, 240_000);

  it('asks again after the last candidate until the page is full, for a reader who sees only the last few', async () => {
    const page = await listed(readers.few, { withinPlace: { eq: place.deep } })({ first: 3 });
    expect(page.nodes.map((n) => n.name)).toEqual(['Deep Zz 24', 'Deep Zz 25', 'Deep Zz 26']);
    expect(page.pageInfo.hasNextPage).toBe(true); // Zz Few Org
  });

  it('answers a short or empty page in one statement, which says the place has no more', async () => {
    placeRounds.budget = BUDGET;
    const placeStatements = async (filter: object, client = readers.ceo, first = 50) => {
      const counter = countQueries(ds);
      const page = await listed(client, filter)({ first });
      counter.stop();
      return { page, statements: counter.queries.filter((sql) => sql.includes('cg_place_organisations') && !sql.includes('COUNT(*)')) };
    };
    try {
      const absent = await placeStatements({ withinPlace: { eq: place.region }, themes: { any: ['food'] } });
      expect(absent.page.nodes).toEqual([]);
      expect(absent.page.pageInfo.hasNextPage).toBe(false);
      expect(absent.statements).toHaveLength(1);

      const short = await placeStatements({ withinPlace: { eq: place.county } });
      expect(short.page.nodes.length).toBeGreaterThan(0);
      expect(short.page.pageInfo.hasNextPage).toBe(false);
      expect(short.statements).toHaveLength(1);
    } finally {
      placeRounds.budget = 2;
    }
    // In rounds of 2, one statement a round: the few reader's page of 3 walks 24 hidden candidates
    // (12 rounds), then 2 rounds find its 3 rows and the one after them. A probe per round made 28.
    const walked = await placeStatements({ withinPlace: { eq: place.deep } }, readers.few, 3);
    expect(walked.page.nodes).toHaveLength(3);
    expect(walked.statements).toHaveLength(14);

    // A hand-edited cursor that decodes but holds no uuid is the client's mistake, not a fault.
    const [fingerprint, key] = JSON.parse(Buffer.from(walked.page.pageInfo.endCursor ?? '', 'base64url').toString());
    const edited = Buffer.from(JSON.stringify([fingerprint, key, 'not-a-uuid'])).toString('base64url');
    const refused = await readers.few.request(LIST, { filter: { withinPlace: { eq: place.deep } }, first: 3, after: edited });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('stays the same after organisations are inserted (one and several in a statement) and renamed', async () => {
    await makeOrg('Aardvark Aid', { home_place_id: place.lsoa });
    await ds.query(
      `INSERT INTO organisation (name, type, sector, home_place_id, visibility, owner_organisation_id)
      SELECT 'Bulk ' || g, 'CHARITY', 'VOLUNTARY_AND_COMMUNITY', $1, 'PRIVATE', $2 FROM generate_series(1, 5) g`,
      [place.otherWard, org.ceo],
    );
    await ds.query(`UPDATE organisation SET name = 'Zebra Trust' WHERE id = $1`, [org.n0]);
    await ds.query(`UPDATE organisation SET name = upper(name) WHERE home_place_id = $1`, [place.lsoa]);
    await ds.query(`UPDATE organisation SET description = 'no move' WHERE id = $1`, [org.n1]);
    await expectSameDirectory();
  });

  it('stays the same after themes change', async () => {
    await ds.query(`UPDATE organisation SET themes = '{Heritage,Food}' WHERE id = $1`, [org.n2]);
    await ds.query(`UPDATE organisation SET themes = '{}' WHERE id = ANY($1)`, [[org.n1, org.n20]]);
    await ds.query(`UPDATE organisation SET themes = array_append(themes, 'Youth') WHERE home_place_id = $1`, [
      place.lsoa,
    ]);
    await expectSameDirectory();
  });

  it('stays the same after homes, served places and visibility change', async () => {
    await ds.query(`UPDATE organisation SET home_place_id = $1 WHERE id = $2`, [place.farWard, org.n2]);
    await ds.query(`UPDATE organisation SET home_place_id = NULL WHERE id = $1`, [org.n4]);
    await servePlace(ds, org.n4, place.privatePlace);
    await ds.query(`DELETE FROM organisation_place WHERE organisation_id = $1 AND place_id = $2`, [org.n5, place.lsoa]);
    await ds.query(`UPDATE organisation_place SET place_id = $1 WHERE organisation_id = $2`, [place.ward, org.n11]);
    await ds.query(`UPDATE organisation SET visibility = 'PUBLIC' WHERE id = $1`, [org.n6]);
    await expectSameDirectory();
  });

  it('stays the same after places are added above others, moved and deleted', async () => {
    // A district between the county and its council, and the council moved under it.
    const district = await makePlace(ds, { parentId: place.county, level: PlaceLevel.LOCAL_AUTHORITY });
    const [{ path }] = await ds.query('SELECT path::text FROM place WHERE id = $1', [district]);
    await ds.query(
      `UPDATE place SET path = $1::ltree || subpath(path, 3) WHERE path <@ (SELECT path FROM place WHERE id = $2)`,
      [path, place.council],
    );
    await expectSameDirectory();
    // The other ward moved to the other county, then a ward deleted (served links cascade, homes set to null).
    const [{ path: far }] = await ds.query('SELECT path::text FROM place WHERE id = $1', [place.otherCounty]);
    await ds.query(
      `UPDATE place SET path = $1::ltree || subpath(path, nlevel(path) - 1), parent_id = $2 WHERE id = $3`,
      [far, place.otherCounty, place.otherWard],
    );
    await ds.query('DELETE FROM place WHERE id = $1', [place.farWard]);
    await expectSameDirectory();
  });

  it('stays the same after archiving, restoring and deleting organisations', async () => {
    await ds.query(`UPDATE organisation SET archived_at = now() WHERE id = ANY($1)`, [[org.n7, org.n8, org.n9]]);
    await ds.query(`UPDATE organisation SET archived_at = NULL WHERE id = $1`, [org.n8]);
    await ds.query(`DELETE FROM organisation WHERE id = ANY($1)`, [[org.n10, org.n12]]);
    await expectSameDirectory();
  });

  it('is rebuilt when served places are truncated', async () => {
    await ds.query('TRUNCATE organisation_place');
    await expectSameDirectory();
  });
});
