import { currentMembershipSql } from '@cg/api/core/database';
import { FundingPeriod, WHOLE_TIME } from './dto/funding-period.input';

/*
 * The SQL every place figure is built from, in one file so the rules are written once.
 * None of it names a visibility: it runs on the request's connection as `cg_request`, so
 * row-level security leaves out what the reader may not see, in sums and counts alike.
 */

/** The day a grant `f` was awarded: its award date, else the start of its period, else the day it was recorded. */
export const AWARD_DAY = 'coalesce(f.award_date, f.period_start, f.created_at::date)';

/**
 * Funding that counts, for the row aliased `f`: not archived, AWARDED or PAID (a pledge is not
 * yet money) and, when a period is given, awarded inside it. The SQL names `:periodFrom` and
 * `:periodTo` only for the ends given; pass `periodParams(period)` with it.
 */
export function countedFundingSql(period: FundingPeriod = WHOLE_TIME): string {
  const from = period.from ? ` AND ${AWARD_DAY} >= :periodFrom::date` : '';
  const to = period.to ? ` AND ${AWARD_DAY} <= :periodTo::date` : '';
  return `f.archived_at IS NULL AND f.status IN ('AWARDED', 'PAID')${from}${to}`;
}

/** The parameters `countedFundingSql(period)` names. */
export const periodParams = (period: FundingPeriod = WHOLE_TIME) => ({
  periodFrom: period.from,
  periodTo: period.to,
});

/** Counted funding over all time. */
export const COUNTED_FUNDING = countedFundingSql();

/**
 * What "inside the place aliased `t`" covers, as an ltree[] for `path <@ reach`: the place's own
 * subtree, and for a combined authority its member councils' too (they sit in their regions in the
 * path, so membership is a table; see CombinedAuthorityMemberEntity).
 */
export function placeReachSql(t: string): string {
  return `CASE WHEN ${t}.level = 'COMBINED_AUTHORITY'
    THEN ARRAY[${t}.path] || ARRAY(SELECT m.path FROM combined_authority_member cam JOIN place m ON m.id = cam.member_place_id
                                   WHERE cam.combined_authority_id = ${t}.id)
    ELSE ARRAY[${t}.path] END`;
}

/**
 * Each place that lies inside a place of the CTE `target` (column `id`), itself included:
 * `place_id` (the target) and `inner_id`. The tree walk runs on the GiST index as the table owner
 * (`cg_places_inside`, migration PlaceCandidatesAndTallies), since row-level security keeps ltree
 * operators, which are not leakproof, off the index; it returns ids only, and each inner place is
 * then judged here by the place policy (the targets were, in `target`).
 */
const INSIDE_TARGET = `SELECT i.place_id, q.id AS inner_id
    FROM cg_places_inside(ARRAY(SELECT id FROM target)) i JOIN place q ON q.id = i.inner_id`;

/**
 * Counted funding reaching inside each place of the CTE `inside` (INSIDE_TARGET): to an
 * organisation whose home place lies inside, or to a partnership or project covering a place
 * inside; one row per place and grant however many routes match. Columns: place_id, id (the
 * grant), amount, funder_organisation_id, recipient.
 */
export function grantsInsideSql(period: FundingPeriod = WHOLE_TIME): string {
  const counted = countedFundingSql(period);
  const grant = `f.id, f.amount, f.funder_organisation_id,
    coalesce(f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id) AS recipient`;
  // Each route looks its rows up by index for each inner place (LATERAL, kept apart by OFFSET 0):
  // as one join, the planner misjudges the row policies' selectivity and hashes whole tables,
  // judging every organisation and grant in the country (seconds for the most deprived LSOAs).
  return `SELECT i.place_id, g.* FROM inside i CROSS JOIN LATERAL (
      SELECT ${grant} FROM organisation ro JOIN funding f ON f.recipient_organisation_id = ro.id
       WHERE ro.home_place_id = i.inner_id AND ${counted} OFFSET 0) g
    UNION
    SELECT i.place_id, g.* FROM inside i CROSS JOIN LATERAL (
      SELECT ${grant} FROM partnership_place rpp JOIN funding f ON f.recipient_partnership_id = rpp.partnership_id
       WHERE rpp.place_id = i.inner_id AND ${counted} OFFSET 0) g
    UNION
    SELECT i.place_id, g.* FROM inside i CROSS JOIN LATERAL (
      SELECT ${grant} FROM project_place rjp JOIN funding f ON f.recipient_project_id = rjp.project_id
       WHERE rjp.place_id = i.inner_id AND ${counted} OFFSET 0) g`;
}

/** The CTEs `target` (the places `targets` selects: `id`, `path`) and `inside`, to start a statement with. */
export const insideCtes = (targets: string) =>
  `WITH target AS MATERIALIZED (${targets}), inside AS MATERIALIZED (${INSIDE_TARGET})`;

/** Pounds per resident, or NULL when the population is unknown. */
export const perHeadSql = (total: string, population: string) => `(${total} / NULLIF(${population}, 0))::float8`;

/** The columns of `place` a `targets` query for `placeFiguresSql` selects. */
export const TARGET_COLUMNS = 'id, path, population, imd_decile, imd_rank';

/**
 * Every figure of each place `targets` selects (TARGET_COLUMNS), for all of them in one
 * statement: organisations whose home place lies inside, ACTIVE partnerships and projects
 * covering a place inside, and the counted funding reaching inside (total, grants, funders),
 * each grant once per place, beside the place's own population, decile and rank (carried
 * through rather than joined back, so PostgreSQL never loops over a guessed-small result).
 * Columns: id, population, imd_decile, imd_rank, organisation_count, active_partnership_count,
 * active_project_count, funding_total, grant_count, funder_count, funding_per_head.
 */
export function placeFiguresSql(targets: string, period: FundingPeriod = WHOLE_TIME): string {
  return `${insideCtes(targets)},
    organisations AS (
      SELECT i.place_id, sum(o.n)::int AS n FROM inside i CROSS JOIN LATERAL (
        SELECT count(*) AS n FROM organisation o WHERE o.home_place_id = i.inner_id AND o.archived_at IS NULL) o
       GROUP BY i.place_id),
    partnerships AS (
      SELECT i.place_id, count(DISTINCT p.id)::int AS n FROM inside i CROSS JOIN LATERAL (
        SELECT p.id FROM partnership_place pp JOIN partnership p ON p.id = pp.partnership_id
         WHERE pp.place_id = i.inner_id AND p.archived_at IS NULL AND p.status = 'ACTIVE' OFFSET 0) p
       GROUP BY i.place_id),
    projects AS (
      SELECT i.place_id, count(DISTINCT j.id)::int AS n FROM inside i CROSS JOIN LATERAL (
        SELECT j.id FROM project_place jp JOIN project j ON j.id = jp.project_id
         WHERE jp.place_id = i.inner_id AND j.archived_at IS NULL AND j.status = 'ACTIVE' OFFSET 0) j
       GROUP BY i.place_id),
    grant_inside AS (${grantsInsideSql(period)}),
    money AS (
      SELECT place_id, sum(amount)::float8 AS total, count(*)::int AS grants,
             count(DISTINCT funder_organisation_id)::int AS funders
        FROM grant_inside GROUP BY place_id)
    SELECT t.id, t.population, t.imd_decile, t.imd_rank,
           coalesce(o.n, 0) AS organisation_count, coalesce(p.n, 0) AS active_partnership_count,
           coalesce(j.n, 0) AS active_project_count, coalesce(m.total, 0)::float8 AS funding_total,
           coalesce(m.grants, 0) AS grant_count, coalesce(m.funders, 0) AS funder_count,
           ${perHeadSql('coalesce(m.total, 0)', 't.population')} AS funding_per_head
      FROM target t LEFT JOIN organisations o ON o.place_id = t.id LEFT JOIN partnerships p ON p.place_id = t.id
      LEFT JOIN projects j ON j.place_id = t.id LEFT JOIN money m ON m.place_id = t.id`;
}

/**
 * Shares of counted funding (optionally one funder's, `:funderId`) over the places of
 * `:level`: each grant is spread over the places of that level its recipient's places reach
 * (the one containing a recipient place, or every one inside it), in proportion to their
 * population, so shares add up to the grant. Columns: funding_id, place_id, amount.
 * A grant whose places reach no place of the level with people in it has no share (unplaced).
 */
export function fundingSharesSql(oneFunder: boolean, period: FundingPeriod = WHOLE_TIME): string {
  const funder = oneFunder ? 'AND f.funder_organisation_id = :funderId' : '';
  return `
    WITH counted AS (
      SELECT f.id, f.amount::float8 AS amount, f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id
      FROM funding f WHERE ${countedFundingSql(period)} ${funder}
    ),
    recipient_place AS (
      SELECT c.id AS funding_id, o.home_place_id AS place_id FROM counted c
        JOIN organisation o ON o.id = c.recipient_organisation_id WHERE o.home_place_id IS NOT NULL
      UNION SELECT c.id, pp.place_id FROM counted c JOIN partnership_place pp ON pp.partnership_id = c.recipient_partnership_id
      UNION SELECT c.id, jp.place_id FROM counted c JOIN project_place jp ON jp.project_id = c.recipient_project_id
    ),
    level_place AS MATERIALIZED (
      SELECT l.id, l.path, coalesce(l.population, 0)::float8 AS population FROM place l
       WHERE l.level = :level AND l.archived_at IS NULL),
    -- Containment by ltree prefixes compared as text (hash joins): see INSIDE_TARGET for why.
    level_ancestor AS MATERIALIZED (
      SELECT l.id, l.population, subpath(l.path, 0, d.depth)::text AS key
        FROM level_place l CROSS JOIN LATERAL generate_series(1, nlevel(l.path)) AS d(depth)),
    reached AS (
      SELECT rp.funding_id, l.id AS place_id, l.population
        FROM recipient_place rp JOIN place p ON p.id = rp.place_id
        CROSS JOIN LATERAL generate_series(1, nlevel(p.path)) AS d(depth)
        JOIN level_place l ON l.path::text = subpath(p.path, 0, d.depth)::text
      UNION
      SELECT rp.funding_id, la.id, la.population
        FROM recipient_place rp JOIN place p ON p.id = rp.place_id
        JOIN level_ancestor la ON la.key = p.path::text
    ),
    share AS (
      SELECT r.funding_id, r.place_id,
             c.amount * r.population / NULLIF(sum(r.population) OVER (PARTITION BY r.funding_id), 0) AS amount
      FROM reached r JOIN counted c ON c.id = r.funding_id
    )`;
}

/**
 * Counted funding (optionally one funder's) landed in each IMD decile of `:level`'s places: the
 * same shares as `fundingSharesSql`, summed per decile without one row per (grant, place).
 * `place_reach` (migration PlaceReach) holds, per ltree prefix (`key`) of the level's places and
 * per decile, their population. A recipient place reaches the level's places under its own path
 * (the key equal to its path) or the one place of the level above it (a key that is a level
 * place's own path); a recipient's keys, less those lying under another of its keys, cover exactly
 * the union the shares are spread over, so each key gets amount × population(key, decile) ÷
 * population(all the recipient's keys). Grants, recipients and their places are read under
 * row-level security as before; `place_reach` holds only the place tree. Columns: decile,
 * places, population, total (deciles 1-10, every one present).
 */
export function fundingByDecileSql(oneFunder: boolean, period: FundingPeriod = WHOLE_TIME): string {
  const funder = oneFunder ? 'AND f.funder_organisation_id = :funderId' : '';
  // Grants to one recipient share its places, so they are summed per recipient first (`id`: the
  // recipient's own id, whichever kind it is; uuids do not repeat across tables).
  return `
    WITH recipient AS MATERIALIZED (
      SELECT coalesce(f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id) AS id,
             f.recipient_organisation_id AS organisation_id, f.recipient_partnership_id AS partnership_id,
             f.recipient_project_id AS project_id, sum(f.amount)::float8 AS amount
        FROM funding f WHERE ${countedFundingSql(period)} ${funder} GROUP BY 1, 2, 3, 4
    ),
    -- Each kind's recipients only (IS NOT NULL): the planner, misjudging the policies, loops over
    -- recipients, and a loop over all of them probed every table for every recipient.
    recipient_place AS MATERIALIZED (
      SELECT r.id, o.home_place_id AS place_id FROM recipient r JOIN organisation o ON o.id = r.organisation_id
       WHERE r.organisation_id IS NOT NULL AND o.home_place_id IS NOT NULL
      UNION ALL SELECT r.id, pp.place_id FROM recipient r JOIN partnership_place pp ON pp.partnership_id = r.partnership_id
       WHERE r.partnership_id IS NOT NULL
      UNION ALL SELECT r.id, jp.place_id FROM recipient r JOIN project_place jp ON jp.project_id = r.project_id
       WHERE r.project_id IS NOT NULL
    ),
    reach AS MATERIALIZED (
      SELECT key, sum(population)::float8 AS population, sum(level_places) > 0 AS level_place
        FROM place_reach WHERE level = :level GROUP BY key
    ),
    -- The depths come from a constant series (the place tree has nine levels; 32 leaves room): a
    -- series per place is estimated at 1,000 rows each, and with true estimates (as the owner) the
    -- planner then sized a hash for 1.8 billion keys and took 46 s.
    place_key AS MATERIALIZED (
      SELECT p.id AS place_id, k.key, k.population
        FROM place p JOIN generate_series(1, 32) AS d(depth) ON d.depth <= nlevel(p.path)
        JOIN reach k ON k.key = subpath(p.path, 0, d.depth)::text
       WHERE (d.depth = nlevel(p.path) OR k.level_place) AND p.id IN (SELECT place_id FROM recipient_place)
    ),
    recipient_key AS MATERIALIZED (
      SELECT DISTINCT rp.id, k.key, k.population FROM recipient_place rp JOIN place_key k ON k.place_id = rp.place_id
    ),
    outermost AS (
      SELECT k.* FROM recipient_key k
       WHERE NOT EXISTS (SELECT 1 FROM recipient_key o WHERE o.id = k.id AND starts_with(k.key, o.key || '.'))
    ),
    key_weight AS MATERIALIZED (
      SELECT w.key, sum(w.per_head) AS per_head FROM (
        SELECT o.key, r.amount / NULLIF(sum(o.population) OVER (PARTITION BY o.id), 0) AS per_head
          FROM outermost o JOIN recipient r ON r.id = o.id) w
       GROUP BY w.key
    ),
    landed AS (
      SELECT r.decile, sum(k.per_head * r.population) AS amount
        FROM key_weight k JOIN place_reach r ON r.level = :level AND r.key = k.key AND r.decile > 0 GROUP BY r.decile
    ),
    level_place AS (
      SELECT l.imd_decile AS decile, count(*)::int AS places, sum(l.population)::float8 AS population FROM place l
       WHERE l.level = :level AND l.archived_at IS NULL AND l.imd_decile IS NOT NULL GROUP BY l.imd_decile
    )
    SELECT d.decile, coalesce(l.places, 0) AS places, coalesce(l.population, 0)::float8 AS population,
           coalesce(landed.amount, 0)::float8 AS total
      FROM generate_series(1, 10) AS d(decile)
      LEFT JOIN level_place l ON l.decile = d.decile LEFT JOIN landed ON landed.decile = d.decile
     ORDER BY d.decile`;
}

/** A membership row `m` that holds today. */
export const CURRENT_MEMBERSHIP = currentMembershipSql('m');

/**
 * The pieces of work each counted grant `f` funds (CO_FUNDING_WORDS): its recipient itself,
 * and the partnership of a recipient project or of each partnership a recipient organisation
 * belongs to today (partnerships not archived). Columns: funding_id, funder_id, amount, recipient, work (a recipient's or a
 * partnership's id). Two funders co-fund when their grants share a `work`.
 */
export function fundedWorkSql(period: FundingPeriod = WHOLE_TIME, where = 'true'): string {
  return `SELECT f.id AS funding_id, f.funder_organisation_id AS funder_id, f.amount::float8 AS amount,
      coalesce(f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id) AS recipient, w.work
    FROM funding f CROSS JOIN LATERAL (
      SELECT coalesce(f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id)
      UNION SELECT m.partnership_id FROM partnership_membership m JOIN partnership pa ON pa.id = m.partnership_id
        WHERE m.organisation_id = f.recipient_organisation_id AND ${CURRENT_MEMBERSHIP} AND pa.archived_at IS NULL
      UNION SELECT pr.partnership_id FROM project pr JOIN partnership pa ON pa.id = pr.partnership_id
        WHERE pr.id = f.recipient_project_id AND pr.archived_at IS NULL AND pa.archived_at IS NULL
    ) AS w(work)
    WHERE ${countedFundingSql(period)} AND ${where}`;
}

/**
 * Counted grants funding each piece of work `keys` selects (a column `work`: an organisation's,
 * project's or partnership's id): `fundedWorkSql` read backwards, one index-friendly join per
 * route so that PostgreSQL never tests every grant against every piece of work. Columns: work,
 * id, funder_organisation_id, amount, recipient; a grant once per piece of work.
 */
export function grantsToWorkSql(keys: string, period: FundingPeriod = WHOLE_TIME): string {
  const grant = `f.id, f.funder_organisation_id, f.amount::float8 AS amount,
    coalesce(f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id) AS recipient`;
  const counted = countedFundingSql(period);
  return `SELECT k.work, ${grant} FROM (${keys}) k JOIN funding f ON f.recipient_organisation_id = k.work WHERE ${counted}
    UNION SELECT k.work, ${grant} FROM (${keys}) k JOIN funding f ON f.recipient_partnership_id = k.work WHERE ${counted}
    UNION SELECT k.work, ${grant} FROM (${keys}) k JOIN funding f ON f.recipient_project_id = k.work WHERE ${counted}
    UNION SELECT k.work, ${grant} FROM (${keys}) k
      JOIN partnership_membership m ON m.partnership_id = k.work AND ${CURRENT_MEMBERSHIP}
      JOIN funding f ON f.recipient_organisation_id = m.organisation_id WHERE ${counted}
    UNION SELECT k.work, ${grant} FROM (${keys}) k
      JOIN project pr ON pr.partnership_id = k.work AND pr.archived_at IS NULL
      JOIN funding f ON f.recipient_project_id = pr.id WHERE ${counted}`;
}
