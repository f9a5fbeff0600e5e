import { Pool } from 'pg';
import { fundingByDecileSql, placeFiguresSql, TARGET_COLUMNS } from '../../../libs/api/feature/place-analytics/src/lib/analytics-sql';

/** One hot read: the project's GraphQL, and the hand-written SQL that answers the same (the floor). */
export interface BenchCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  floor: { text: string; values?: unknown[] };
  /**
   * Reads cached per access scope and data version (networks, place analytics): the first request
   * is measured apart (cold, asked again while it answers `updating`), then the warm ones.
   */
  cached?: boolean;
}

/** The records the cases read: a busy organisation and partnership, a county and a region, a deep cursor. */
export interface CaseTargets {
  organisationId: string;
  partnershipId: string;
  countyId: string;
  regionId: string;
  deepName: string;
  deepId: string;
}

export async function findTargets(pool: Pool): Promise<CaseTargets> {
  const one = async <T>(sql: string) => (await pool.query(sql)).rows[0] as T;
  const organisation = await one<{ id: string }>(`SELECT organisation_id AS id FROM partnership_membership
    WHERE archived_at IS NULL GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 1`);
  const partnership = await one<{ id: string }>(`SELECT partnership_id AS id FROM partnership_membership
    WHERE archived_at IS NULL GROUP BY partnership_id ORDER BY count(*) DESC, partnership_id LIMIT 1`);
  // The county and region with most organisations at home in them.
  const within = (level: string) => `SELECT w.id FROM place w JOIN place d ON d.path <@ w.path
      JOIN organisation o ON o.home_place_id = d.id WHERE w.level = '${level}' GROUP BY w.id ORDER BY count(*) DESC, w.id LIMIT 1`;
  const county = await one<{ id: string }>(within('COUNTY'));
  const region = await one<{ id: string }>(within('REGION'));
  // Page 200 of the directory: a cursor after the 10,000th organisation by name.
  const deep = await one<{ name: string; id: string }>(`SELECT lower(name) AS name, id FROM organisation
    WHERE archived_at IS NULL ORDER BY lower(name), id OFFSET 9999 LIMIT 1`);
  return {
    organisationId: organisation.id,
    partnershipId: partnership.id,
    countyId: county.id,
    regionId: region.id,
    deepName: deep.name,
    deepId: deep.id,
  };
}

const WITHIN = (param: string) => `(o.home_place_id IN (SELECT d.id FROM place d JOIN place w ON d.path <@ w.path WHERE w.id = ${param})
   OR EXISTS (SELECT 1 FROM organisation_place op JOIN place d ON d.id = op.place_id JOIN place w ON d.path <@ w.path
              WHERE op.organisation_id = o.id AND w.id = ${param}))`;

/** A financial year for the analytics reads with a period. */
const PERIOD = { from: '2024-04-01', to: '2025-03-31' };

/** The analytics SQL with its `:name` parameters numbered, as queryNamed sends it. */
function numbered(sql: string, names: string[]): string {
  return sql.replace(/:(\w+)/g, (match, name: string) => (names.includes(name) ? `$${names.indexOf(name) + 1}` : match));
}

/** `cursor` is the project's cursor after (deepName, deepId) in the directory's default order. */
export function nationalCases(t: CaseTargets, cursor: string): BenchCase[] {
  return [
    {
      name: 'search, fuzzy "harowby food" (20 best)',
      query: 'query { organisations(first: 20, search: "harowby food") { nodes { id name } } }',
      floor: {
        text: `SELECT id, name FROM organisation WHERE archived_at IS NULL
          AND ($1 <% name OR name ILIKE '%' || $1 || '%' OR ($2 <% name AND $3 <% name))
          ORDER BY word_similarity($1, name) DESC, lower(name), id LIMIT 20`,
        values: ['harowby food', 'harowby', 'food'],
      },
    },
    {
      name: 'search, prefix "harrow*" (20 by name)',
      query: 'query { organisations(first: 20, filter: { name: { ilike: "harrow*" } }) { nodes { id name } } }',
      // In the product's order, name_key (stored lower(name)) and id, which its index serves.
      floor: { text: `SELECT id, name FROM organisation WHERE archived_at IS NULL AND name ILIKE 'harrow%' ORDER BY name_key, id LIMIT 20` },
    },
    {
      name: 'directory, 50 by name',
      query: 'query { organisations(first: 50) { nodes { id name sector } } }',
      floor: { text: 'SELECT id, name, sector FROM organisation WHERE archived_at IS NULL ORDER BY name_key, id LIMIT 50' },
    },
    {
      name: 'directory, sector and county (places within places)',
      query: `query($place: ID!) { organisations(first: 50, filter: { sector: { eq: VOLUNTARY_AND_COMMUNITY }, withinPlace: { eq: $place } }) { nodes { id name sector } } }`,
      variables: { place: t.countyId },
      floor: {
        text: `SELECT o.id, o.name, o.sector FROM organisation o WHERE o.archived_at IS NULL AND o.sector = 'VOLUNTARY_AND_COMMUNITY'
          AND ${WITHIN('$1')} ORDER BY o.name_key, o.id LIMIT 50`,
        values: [t.countyId],
      },
    },
    {
      // The largest region's 27,862 candidates: the page reads them in rounds from the cursor.
      name: 'directory in a region',
      query: `query($place: ID!) { organisations(first: 50, filter: { withinPlace: { eq: $place } }) { nodes { id name } } }`,
      variables: { place: t.regionId },
      floor: {
        text: `SELECT o.id, o.name FROM organisation o WHERE o.archived_at IS NULL AND ${WITHIN('$1')} ORDER BY o.name_key, o.id LIMIT 50`,
        values: [t.regionId],
      },
    },
    // Themes are capitalised ("Food"): "food" is a theme nobody has, the case where a walk of the
    // region in name order finds nothing; "Food" is on about one organisation in nine.
    ...['food', 'Food'].map((theme) => ({
      name: `directory, themes "${theme}" in a region`,
      query: `query($place: ID!, $theme: String!) { organisations(first: 50, filter: { themes: { any: [$theme] }, withinPlace: { eq: $place } }) { nodes { id name } } }`,
      variables: { place: t.regionId, theme },
      floor: {
        text: `SELECT o.id, o.name FROM organisation o WHERE o.archived_at IS NULL AND o.themes && ARRAY[$2::text]
          AND ${WITHIN('$1')} ORDER BY o.name_key, o.id LIMIT 50`,
        values: [t.regionId, theme],
      },
    })),
    {
      name: 'directory, page 201 by cursor',
      query: `query($after: String!) { organisations(first: 50, after: $after) { nodes { id name } } }`,
      variables: { after: cursor },
      floor: {
        text: `SELECT id, name FROM organisation WHERE archived_at IS NULL AND (name_key, id) > ($1, $2::uuid)
          ORDER BY name_key, id LIMIT 50`,
        values: [t.deepName, t.deepId],
      },
    },
    {
      name: 'organisation profile with its memberships',
      query: `query($id: ID!) { organisation(id: $id) { id name sector memberships { role partnership { id name status } } } }`,
      variables: { id: t.organisationId },
      floor: {
        text: `SELECT o.id, o.name, o.sector, (SELECT json_agg(json_build_object('role', m.role, 'partnership',
            json_build_object('id', p.id, 'name', p.name, 'status', p.status)) ORDER BY m.id)
            FROM partnership_membership m JOIN partnership p ON p.id = m.partnership_id
           WHERE m.organisation_id = o.id AND m.archived_at IS NULL) FROM organisation o WHERE o.id = $1`,
        values: [t.organisationId],
      },
    },
    {
      name: 'partnership page with its members',
      query: `query($id: ID!) { partnership(id: $id) { id name status members { role organisation { id name sector } } } }`,
      variables: { id: t.partnershipId },
      floor: {
        text: `SELECT p.id, p.name, p.status, (SELECT json_agg(json_build_object('role', m.role, 'organisation',
            json_build_object('id', o.id, 'name', o.name, 'sector', o.sector)) ORDER BY m.id)
            FROM partnership_membership m JOIN organisation o ON o.id = m.organisation_id
           WHERE m.partnership_id = p.id AND m.archived_at IS NULL AND (m.to_date IS NULL OR m.to_date >= current_date))
          FROM partnership p WHERE p.id = $1`,
        values: [t.partnershipId],
      },
    },
    {
      name: 'partnerships page (20) with members',
      query: `query { partnerships(first: 20) { nodes { id name status members { role organisation { id name sector } } } } }`,
      floor: {
        text: `SELECT p.id, p.name, p.status, (SELECT json_agg(json_build_object('role', m.role, 'organisation',
            json_build_object('id', o.id, 'name', o.name, 'sector', o.sector)) ORDER BY m.id)
            FROM partnership_membership m JOIN organisation o ON o.id = m.organisation_id
           WHERE m.partnership_id = p.id AND m.archived_at IS NULL AND (m.to_date IS NULL OR m.to_date >= current_date))
          FROM partnership p WHERE p.archived_at IS NULL ORDER BY lower(p.name), p.id LIMIT 20`,
      },
    },
    {
      name: 'dashboard figures',
      query: `query { overview { organisationCount organisationsBySector { sector count } livePartnershipCount liveProjectCount recentActivityCount fundingTotal } }`,
      floor: {
        text: `SELECT (SELECT json_agg(s) FROM (SELECT sector, count(*) FROM organisation WHERE archived_at IS NULL GROUP BY sector) s),
          (SELECT count(*) FROM partnership WHERE archived_at IS NULL AND status IN ('FORMING', 'ACTIVE')),
          (SELECT count(*) FROM project WHERE archived_at IS NULL AND status IN ('PLANNED', 'ACTIVE')),
          (SELECT count(*) FROM activity WHERE archived_at IS NULL AND date > current_date - 30 AND date <= current_date),
          (SELECT coalesce(sum(amount), 0) FROM funding WHERE archived_at IS NULL AND status IN ('AWARDED', 'PAID'))`,
      },
    },
    {
      // The floor is the product's own statement as the table owner (no row-level security).
      name: 'cold spots, LSOAs in deciles 1-2, 2024-25 (50)',
      // Cached: the first request computes (and never answers updating), the rest are warm. The
      // query leaves `updating` out so that a build before the cache (--baseline-api) answers it too.
      cached: true,
      query: `query { coldSpots(level: LSOA, deciles: [1, 2], period: { from: "2024-04-01", to: "2025-03-31" }, first: 50) {
        nodes { placeId noActivePartnership analytics { fundingPerHead organisationCount } } } }`,
      floor: {
        text: numbered(
          `SELECT c.* FROM (${placeFiguresSql(`SELECT ${TARGET_COLUMNS} FROM place t WHERE t.archived_at IS NULL AND t.level = 'LSOA'
             AND t.imd_decile = ANY('{1,2}'::int[])`, PERIOD)}) c
           WHERE c.active_partnership_count = 0 OR coalesce(c.funding_per_head, CASE WHEN c.funding_total = 0 THEN 0 END) <= 0
           ORDER BY c.imd_decile, c.funding_per_head NULLS LAST, c.imd_rank NULLS LAST, c.id LIMIT 51`,
          ['periodFrom', 'periodTo'],
        ),
        values: [PERIOD.from, PERIOD.to],
      },
    },
    {
      name: 'funding by IMD decile, LSOAs',
      query: `query { fundingByImdDecile(level: LSOA) { deciles { decile placeCount fundingTotal } } }`,
      cached: true,
      // The product's own statement as the table owner (no row-level security), as for cold spots.
      floor: { text: numbered(fundingByDecileSql(false), ['level']), values: ['LSOA'] },
    },
    {
      name: 'network of a county',
      query: `query($place: ID!) { network(filter: { withinPlace: $place }) { updating summary { nodeCount edgeCount communities } } }`,
      variables: { place: t.countyId },
      floor: { text: `SELECT count(*) FROM organisation o WHERE o.archived_at IS NULL AND ${WITHIN('$1')}`, values: [t.countyId] },
      cached: true,
    },
    {
      name: 'network of a region',
      query: `query($place: ID!) { network(filter: { withinPlace: $place }) { updating summary { nodeCount edgeCount communities } } }`,
      variables: { place: t.regionId },
      floor: { text: `SELECT count(*) FROM organisation o WHERE o.archived_at IS NULL AND ${WITHIN('$1')}`, values: [t.regionId] },
      cached: true,
    },
    {
      // Issue #15: suggestions start from the organisation's own places and ties; the floor is
      // the first of those reads (its direct relationships and memberships), not the whole ranking.
      name: 'partner suggestions for a busy organisation (10)',
      query: `query($org: ID!) { partnerSuggestions(organisationId: $org, first: 10) { score reason organisation { id name } } }`,
      variables: { org: t.organisationId },
      floor: {
        text: `SELECT to_organisation_id FROM relationship WHERE from_organisation_id = $1 AND archived_at IS NULL
          UNION SELECT b.organisation_id FROM partnership_membership a JOIN partnership_membership b ON b.partnership_id = a.partnership_id
          WHERE a.organisation_id = $1 AND a.archived_at IS NULL AND b.archived_at IS NULL`,
        values: [t.organisationId],
      },
    },
  ];
}
