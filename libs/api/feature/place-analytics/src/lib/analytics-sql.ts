/*
 * The SQL every place figure is built from, in one file so the rules are written once.
 * None of it names a visibility: it runs on the request's connection as `cg_request`, so
 * row-level security leaves out what the reader may not see, in sums and counts alike.
 */

/** Funding that counts, for the row aliased `f`: not archived, AWARDED or PAID (a pledge is not yet money). */
export const COUNTED_FUNDING = `f.archived_at IS NULL AND f.status IN ('AWARDED', 'PAID')`;

/** The words the API and the screen use for the rule above. */
export const COUNTED_FUNDING_WORDS =
  'Funding counts when it is awarded or paid and not archived; pledges do not count.';

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
 * True when funding `f` reaches inside the place whose reach (placeReachSql) is `reach`: to an
 * organisation whose home place lies inside, or to a partnership or project covering a
 * place inside. A single EXISTS per route, so a grant is counted once however many routes match.
 */
export function fundingInsideSql(reach: string): string {
  return `(
    EXISTS (SELECT 1 FROM organisation ro JOIN place rop ON rop.id = ro.home_place_id
            WHERE ro.id = f.recipient_organisation_id AND rop.path <@ ${reach})
    OR EXISTS (SELECT 1 FROM partnership_place rpp JOIN place rpl ON rpl.id = rpp.place_id
               WHERE rpp.partnership_id = f.recipient_partnership_id AND rpl.path <@ ${reach})
    OR EXISTS (SELECT 1 FROM project_place rjp JOIN place rjl ON rjl.id = rjp.place_id
               WHERE rjp.project_id = f.recipient_project_id AND rjl.path <@ ${reach})
  )`;
}

/**
 * A LATERAL subquery with every figure of the place aliased `t`: organisations whose home
 * place lies inside, ACTIVE partnerships and projects covering a place inside, and the
 * counted funding reaching inside (total, grants, funders), each grant once.
 */
export function placeFiguresSql(t: string): string {
  return `LATERAL (
    WITH inside AS (SELECT ${placeReachSql(t)} AS reach)
    SELECT
      (SELECT count(*) FROM organisation o JOIN place hp ON hp.id = o.home_place_id
        WHERE o.archived_at IS NULL AND hp.path <@ (SELECT reach FROM inside))::int AS organisation_count,
      (SELECT count(*) FROM partnership p WHERE p.archived_at IS NULL AND p.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM partnership_place pp JOIN place q ON q.id = pp.place_id
                    WHERE pp.partnership_id = p.id AND q.path <@ (SELECT reach FROM inside)))::int AS active_partnership_count,
      (SELECT count(*) FROM project j WHERE j.archived_at IS NULL AND j.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM project_place jp JOIN place q ON q.id = jp.place_id
                    WHERE jp.project_id = j.id AND q.path <@ (SELECT reach FROM inside)))::int AS active_project_count,
      fs.funding_total, fs.grant_count, fs.funder_count
    FROM (
      SELECT coalesce(sum(f.amount), 0)::float8 AS funding_total, count(*)::int AS grant_count,
             count(DISTINCT f.funder_organisation_id)::int AS funder_count
      FROM funding f WHERE ${COUNTED_FUNDING} AND ${fundingInsideSql('(SELECT reach FROM inside)')}
    ) fs
  )`;
}

/** Pounds per resident, or NULL when the population is unknown. */
export const perHeadSql = (total: string, population: string) => `(${total} / NULLIF(${population}, 0))::float8`;

/**
 * Shares of counted funding (optionally one funder's, `:funderId`) over the places of
 * `:level`: each grant is spread over the places of that level its recipient's places reach
 * (the one containing a recipient place, or every one inside it), in proportion to their
 * population, so shares add up to the grant. Columns: funding_id, place_id, amount.
 * A grant whose places reach no place of the level with people in it has no share (unplaced).
 */
export function fundingSharesSql(oneFunder: boolean): string {
  const funder = oneFunder ? 'AND f.funder_organisation_id = :funderId' : '';
  return `
    WITH counted AS (
      SELECT f.id, f.amount::float8 AS amount, f.recipient_organisation_id, f.recipient_partnership_id, f.recipient_project_id
      FROM funding f WHERE ${COUNTED_FUNDING} ${funder}
    ),
    recipient_place AS (
      SELECT c.id AS funding_id, o.home_place_id AS place_id FROM counted c
        JOIN organisation o ON o.id = c.recipient_organisation_id WHERE o.home_place_id IS NOT NULL
      UNION SELECT c.id, pp.place_id FROM counted c JOIN partnership_place pp ON pp.partnership_id = c.recipient_partnership_id
      UNION SELECT c.id, jp.place_id FROM counted c JOIN project_place jp ON jp.project_id = c.recipient_project_id
    ),
    reached AS (
      SELECT rp.funding_id, l.id AS place_id, coalesce(l.population, 0)::float8 AS population
        FROM recipient_place rp JOIN place p ON p.id = rp.place_id
        JOIN place l ON l.level = :level AND l.archived_at IS NULL AND l.path @> p.path
      UNION
      SELECT rp.funding_id, l.id, coalesce(l.population, 0)::float8
        FROM recipient_place rp JOIN place p ON p.id = rp.place_id
        JOIN place l ON l.level = :level AND l.archived_at IS NULL AND l.path <@ p.path
    ),
    share AS (
      SELECT r.funding_id, r.place_id,
             c.amount * r.population / NULLIF(sum(r.population) OVER (PARTITION BY r.funding_id), 0) AS amount
      FROM reached r JOIN counted c ON c.id = r.funding_id
    )`;
}
