import { AccessScope, runWithAccessScope, SIGNED_OUT } from '@cg/api/core/database';
import { fundingSharesSql, periodParams, PlaceAnalyticsService } from '@cg/api/feature/place-analytics';
import { PlaceLevel } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { insertRow, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Funding by IMD decile reads the place tree pre-aggregated in place_reach (migration PlaceReach)
 * instead of spreading each grant over every place it reaches. This proves it equal, for every kind
 * of reader, level, funder and period, to the shares computed one (grant, place) at a time under
 * row-level security (the statement it replaced), with overlapping recipient places, places below
 * and above the level, PRIVATE grants, recipients and partnerships; and that the triggers keep
 * place_reach equal to a recount of the tree after places are added, moved, changed and archived.
 */

/** The statement fundingByDecile ran before place_reach: one share per (grant, place of the level). */
const sharesOneByOne = (oneFunder: boolean, period: { from: string | null; to: string | null }) => `${fundingSharesSql(oneFunder, period)},
  landed AS (SELECT place_id, sum(amount) AS amount FROM share GROUP BY place_id)
  SELECT d.decile, count(l.id)::int AS places, coalesce(sum(l.population), 0)::float8 AS population,
         coalesce(sum(landed.amount), 0)::float8 AS total
    FROM generate_series(1, 10) AS d(decile)
    LEFT JOIN place l ON l.imd_decile = d.decile AND l.level = :level AND l.archived_at IS NULL
    LEFT JOIN landed ON landed.place_id = l.id
   GROUP BY d.decile ORDER BY d.decile`;

/** place_reach recounted from the place tree. */
const RECOUNT = `SELECT l.level::text, subpath(l.path, 0, d.depth)::text AS key, coalesce(l.imd_decile, 0)::int AS decile,
    count(*)::int AS places, count(*) FILTER (WHERE d.depth = nlevel(l.path))::int AS level_places,
    sum(coalesce(l.population, 0))::int AS population
  FROM place l CROSS JOIN LATERAL generate_series(1, nlevel(l.path)) AS d(depth)
  WHERE l.archived_at IS NULL AND l.visibility = 'PUBLIC' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const STORED = `SELECT level::text, key, decile::int, places, level_places, population::int FROM place_reach ORDER BY 1, 2, 3`;

describe('funding by IMD decile from place_reach equals the shares one by one', () => {
  let testApp: TestApp;
  let ds: DataSource;
  const place: Record<string, string> = {};
  const org: Record<string, string> = {};
  let scopes: [string, AccessScope][];

  const scope = (own: string[], partners: string[] = [], funded: string[] = []): AccessScope => ({
    signedIn: true,
    isInstanceAdmin: false,
    memberships: [],
    ownOrganisationIds: own,
    partnerOrganisationIds: partners,
    portfolioOrganisationIds: funded,
  });
  const addPlace = async (key: string, level: PlaceLevel, parent: string | null, population: number | null, decile: number | null) => {
    place[key] = await makePlace(ds, { code: `E77${key}`, level, parentId: parent ? place[parent] : null, population, imdDecile: decile });
  };
  const linkPlaces = async (table: 'partnership_place' | 'project_place', column: string, id: string, keys: string[]) => {
    for (const key of keys) await ds.query(`INSERT INTO ${table} (${column}, place_id) VALUES ($1, $2)`, [id, place[key]]);
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.dataSource;
    // LSOAs at two depths (under wards in A, straight under the authority in B), one without a
    // decile, one without a population, an archived one, and a custom place inside an LSOA.
    await addPlace('N', PlaceLevel.COUNTRY, null, null, null);
    await addPlace('K', PlaceLevel.COUNTY, 'N', 20000, null);
    await addPlace('A', PlaceLevel.LOCAL_AUTHORITY, 'K', 9000, 2);
    await addPlace('B', PlaceLevel.LOCAL_AUTHORITY, 'K', 11000, 7);
    await addPlace('W1', PlaceLevel.WARD, 'A', 4000, 1);
    await addPlace('W2', PlaceLevel.WARD, 'A', 5000, 4);
    await addPlace('A1', PlaceLevel.LSOA, 'W1', 1500, 1);
    await addPlace('A2', PlaceLevel.LSOA, 'W1', 2500, 3);
    await addPlace('A3', PlaceLevel.LSOA, 'W2', 3000, 1);
    await addPlace('A4', PlaceLevel.LSOA, 'W2', 2000, null);
    await addPlace('B1', PlaceLevel.LSOA, 'B', 6000, 9);
    await addPlace('B2', PlaceLevel.LSOA, 'B', null, 10);
    await addPlace('B3', PlaceLevel.LSOA, 'B', 5000, 5);
    await ds.query('UPDATE place SET archived_at = now() WHERE id = $1', [place['B3']]);
    await addPlace('X', PlaceLevel.CUSTOM, 'A1', 300, null);

    for (const name of ['home', 'stranger', 'partner'])
      org[name] = await insertRow(ds, 'organisation', { name, type: 'FUNDER', sector: 'VOLUNTARY_AND_COMMUNITY' });
    const recipient = async (name: string, home: string | null, extra: Record<string, unknown> = {}) =>
      insertRow(ds, 'organisation', { name, type: 'CHARITY', sector: 'VOLUNTARY_AND_COMMUNITY', home_place_id: home && place[home], ...extra });
    const hidden = { visibility: 'PRIVATE', owner_organisation_id: org['stranger'] };
    const partners = { visibility: 'PARTNERS', owner_organisation_id: org['partner'] };
    const recipients: Record<string, Record<string, string>> = {
      inLsoa: { recipient_organisation_id: await recipient('in an LSOA', 'A1') },
      belowLevel: { recipient_organisation_id: await recipient('in a custom place', 'X') },
      inWard: { recipient_organisation_id: await recipient('in a ward', 'W1') },
      inCounty: { recipient_organisation_id: await recipient('in the county', 'K') },
      homeless: { recipient_organisation_id: await recipient('nowhere', null) },
      hiddenOrg: { recipient_organisation_id: await recipient('hidden', 'B1', hidden) },
      partnersOrg: { recipient_organisation_id: await recipient('for partners', 'A3', partners) },
    };
    const partnership = async (name: string, keys: string[], extra: Record<string, unknown> = {}) => {
      const id = await insertRow(ds, 'partnership', { name, governance_model: 'SINGLE_LEAD', status: 'ACTIVE', ...extra });
      await linkPlaces('partnership_place', 'partnership_id', id, keys);
      return { recipient_partnership_id: id };
    };
    const project = async (name: string, keys: string[]) => {
      const id = await insertRow(ds, 'project', { name, status: 'ACTIVE' });
      await linkPlaces('project_place', 'project_id', id, keys);
      return { recipient_project_id: id };
    };
    recipients['countyAndLsoa'] = await partnership('county and an LSOA in it', ['K', 'A1']);
    recipients['twoWards'] = await partnership('two wards', ['W1', 'W2']);
    recipients['authorityAndWard'] = await partnership('an authority and a ward in it', ['A', 'W1']);
    recipients['hiddenPartnership'] = await partnership('hidden', ['B', 'A2'], hidden);
    recipients['lsoaAndInside'] = await project('an LSOA and a place inside it', ['A1', 'X']);
    recipients['twoLsoas'] = await project('two LSOAs', ['A2', 'B1']);
    recipients['archivedAndCounted'] = await project('an archived LSOA and one counted', ['B3', 'B2']);

    let amount = 1000;
    const visibilities: Record<string, unknown>[] = [{ visibility: 'PUBLIC' }, hidden, partners];
    for (const [i, to] of Object.values(recipients).entries())
      for (const [j, funder] of ['home', 'stranger'].entries())
        for (const [k, status] of ['AWARDED', 'PAID', 'PLEDGED'].entries())
          await insertRow(ds, 'funding', {
            funder_organisation_id: org[funder],
            amount: (amount += 137),
            status,
            award_date: `202${(i + j + k) % 5}-06-01`,
            ...visibilities[(i + j + k) % 3],
            ...to,
          });

    scopes = [
      ['the instance admin', { ...scope([]), isInstanceAdmin: true }],
      ['a member of home', scope([org['home']])],
      ['a member of the stranger', scope([org['stranger']])],
      ['a member of home, partner of the partner', scope([org['home']], [org['partner']])],
      ['a signed-out visitor', SIGNED_OUT],
    ];
  }, 120_000);
  afterAll(() => testApp.close());

  const expectSharesToMatch = async () => {
    const analytics = testApp.app.get(PlaceAnalyticsService);
    const periods = [{ from: null, to: null }, { from: '2021-01-01', to: '2023-12-31' }];
    for (const [who, readerScope] of scopes)
      for (const level of [PlaceLevel.LSOA, PlaceLevel.WARD, PlaceLevel.LOCAL_AUTHORITY])
        for (const funderId of [null, org['stranger']])
          for (const period of periods) {
            const [fast, slow] = await runWithAccessScope(readerScope, () =>
              Promise.all([
                analytics.computeFundingByDecile(level, funderId, period),
                ds.query(...ds.driver.escapeQueryWithParameters(sharesOneByOne(!!funderId, period), { level, funderId, ...periodParams(period) }, {})),
              ]),
            );
            const label = { who, level, funderId, period };
            for (const [i, row] of (slow as { decile: number; places: number; population: number; total: number }[]).entries()) {
              const got = fast.deciles[i];
              expect({ ...label, decile: got.decile, places: got.placeCount, population: got.population }).toEqual({
                ...label,
                decile: row.decile,
                places: row.places,
                population: Number(row.population),
              });
              expect([label, got.fundingTotal]).toEqual([label, expect.closeTo(Number(row.total), 6)]);
            }
          }
  };

  it('for every kind of reader, level, funder and period', async () => {
    await expectSharesToMatch();
    // Not vacuous: a member of home sees some funding land, and less than the admin does.
    const analytics = testApp.app.get(PlaceAnalyticsService);
    const landed = async (readerScope: AccessScope) =>
      (await runWithAccessScope(readerScope, () => analytics.fundingByDecile(PlaceLevel.LSOA))).deciles.reduce((sum, d) => sum + d.fundingTotal, 0);
    const member = await landed(scopes[1][1]);
    expect(member).toBeGreaterThan(0);
    expect(await landed(scopes[0][1])).toBeGreaterThan(member);
  });

  it('keeps place_reach equal to a recount of the tree, and the figures equal, as places change', async () => {
    expect(await ds.query(STORED)).toEqual(await ds.query(RECOUNT));
    await ds.query(`UPDATE place SET population = population + 700, imd_decile = 6 WHERE id = $1`, [place['A2']]);
    await ds.query(`UPDATE place SET archived_at = now() WHERE id = $1`, [place['A3']]);
    await ds.query(`UPDATE place SET archived_at = NULL WHERE id = $1`, [place['B3']]);
    await addPlace('W3', PlaceLevel.WARD, 'B', 800, 3);
    await addPlace('B4', PlaceLevel.LSOA, 'W3', 800, 2);
    // B1 moves under the new ward: its path changes, its keys with it.
    await ds.query(`UPDATE place SET parent_id = $2, path = (SELECT path FROM place WHERE id = $2) || subpath(path, nlevel(path) - 1)
      WHERE id = $1`, [place['B1'], place['W3']]);
    await ds.query(`UPDATE place SET boundary = '{"type": "Point", "coordinates": [0, 0]}' WHERE level = 'LSOA'`); // moves no figure
    const hiddenPlace = await makePlace(ds, { code: 'E77H', level: PlaceLevel.LSOA, parentId: place['W2'], population: 999, imdDecile: 1 });
    await ds.query(`UPDATE place SET visibility = 'PRIVATE', owner_organisation_id = $2 WHERE id = $1`, [hiddenPlace, org['stranger']]);
    await ds.query(`DELETE FROM place WHERE id = $1`, [hiddenPlace]);
    expect(await ds.query(STORED)).toEqual(await ds.query(RECOUNT));
    await expectSharesToMatch();
  });

  it('the request role may read place_reach but never write it', async () => {
    const [grants] = await ds.query(`SELECT has_table_privilege('cg_request', 'place_reach', 'SELECT') AS reads,
      has_table_privilege('cg_request', 'place_reach', 'INSERT') OR has_table_privilege('cg_request', 'place_reach', 'UPDATE')
      OR has_table_privilege('cg_request', 'place_reach', 'DELETE') AS writes`);
    expect(grants).toEqual({ reads: true, writes: false });
  });
});
