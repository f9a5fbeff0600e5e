import { affiliationHeldSql, membershipHeldSql, relationshipHeldSql } from '@cg/api/core/database';

/*
 * The reads behind suggestions and "who is missing". All run on the request's connection as
 * cg_request, so row-level security leaves out every organisation, tie and place the reader may
 * not see: an unreadable organisation can never be suggested, nor counted as a shared partner.
 * Each starts from the subject's own rows (its places, its partners) on indexed equality tests;
 * none scans the organisation table (see the EXPLAIN notes in the README).
 */

/**
 * Levels whose insides are searched for organisations; wider roots (counties, regions, the
 * country) match only exactly: at national scale a county holds thousands of organisations, and
 * walking its places cost over a second per suggestion.
 */
const DESCENDED_LEVELS = `('LOCAL_AUTHORITY', 'WARD', 'MSOA', 'LSOA', 'CUSTOM')`;

/**
 * The areas of a set of root places ($1): each root, and for a root below a local authority also
 * that local authority (neighbours across a ward boundary still share the council area). Columns:
 * area_id, area_name, root_id, rank (0 the root itself, 1 its local authority).
 */
const AREAS = `
up(id, root_id, level, depth) AS (
  SELECT p.parent_id, p.id, NULL::text, 1 FROM place p
   WHERE p.id = ANY($1::uuid[]) AND p.level IN ('WARD', 'MSOA', 'LSOA', 'CUSTOM') AND p.parent_id IS NOT NULL
  UNION ALL
  SELECT q.parent_id, up.root_id, q.level::text, up.depth + 1 FROM up JOIN place q ON q.id = up.id
   WHERE q.level <> 'LOCAL_AUTHORITY' AND q.parent_id IS NOT NULL AND up.depth < 6),
areas AS (
  SELECT p.id AS area_id, p.name AS area_name, p.id AS root_id, p.level::text AS level, 0 AS rank
    FROM place p WHERE p.id = ANY($1::uuid[])
  UNION ALL
  SELECT la.id, la.name, up.root_id, 'LOCAL_AUTHORITY', 1 FROM up JOIN place la ON la.id = up.id AND la.level = 'LOCAL_AUTHORITY'),
inside(place_id, area_id, depth) AS (
  SELECT a.area_id, a.area_id, 0 FROM areas a
  UNION
  SELECT c.id, i.area_id, i.depth + 1 FROM inside i JOIN place c ON c.parent_id = i.place_id
   WHERE c.archived_at IS NULL AND i.depth < 4
     AND EXISTS (SELECT 1 FROM areas a WHERE a.area_id = i.area_id AND a.level IN ${DESCENDED_LEVELS}))`;

/**
 * Organisations based in or serving a place inside the areas of the roots ($1), with the area and
 * whether they are based (home place) there; at most $2 rows. Columns: organisation_id, area_id,
 * area_name, root_id, rank, based.
 */
export const ORGANISATIONS_IN_AREAS_SQL = `
WITH RECURSIVE ${AREAS},
found AS (
  SELECT o.id AS organisation_id, i.area_id, true AS based FROM inside i JOIN organisation o ON o.home_place_id = i.place_id
   WHERE o.archived_at IS NULL
  UNION
  SELECT op.organisation_id, i.area_id, false FROM inside i JOIN organisation_place op ON op.place_id = i.place_id)
SELECT f.organisation_id, a.area_id, a.area_name, a.root_id, a.rank, bool_or(f.based) AS based
  FROM found f JOIN areas a ON a.area_id = f.area_id
 GROUP BY f.organisation_id, a.area_id, a.area_name, a.root_id, a.rank
 LIMIT $2`;

/** A membership, participation or grant that holds today. */
const HELD = (m: string) => membershipHeldSql(m);
const LIVE_PROJECT = `g.archived_at IS NULL AND g.status IN ('PLANNED', 'ACTIVE', 'PAUSED')`;
const LIVE_GRANT = `f.archived_at IS NULL AND f.status IN ('AWARDED', 'PAID') AND (f.period_end IS NULL OR f.period_end >= current_date)`;

/**
 * Every current tie of the organisations $1, as (a, b) with a in $1: typed relationships, shared
 * partnerships and projects, and funding either way, on records the reader may see. Whether `b`
 * itself is readable and live is for the caller to check by id (ORGANISATION_FACTS_SQL): joining
 * the organisation table here made PostgreSQL hash all 200,000 of them (0.7 s at national scale).
 * The same kinds as the organisation_tie view, but started from $1's own rows (the view builds
 * every co-membership of the country before filtering).
 */
export const CURRENT_TIES_OF_SQL = `
WITH ties(a, b) AS (
  SELECT r.from_organisation_id, r.to_organisation_id FROM relationship r
   WHERE r.from_organisation_id = ANY($1::uuid[]) AND ${relationshipHeldSql('r')}
  UNION
  SELECT r.to_organisation_id, r.from_organisation_id FROM relationship r
   WHERE r.to_organisation_id = ANY($1::uuid[]) AND ${relationshipHeldSql('r')}
  UNION
  SELECT a.organisation_id, b.organisation_id FROM partnership_membership a
    JOIN partnership g ON g.id = a.partnership_id AND g.archived_at IS NULL AND g.status <> 'CLOSED'
    JOIN partnership_membership b ON b.partnership_id = a.partnership_id AND b.organisation_id <> a.organisation_id AND ${HELD('b')}
   WHERE a.organisation_id = ANY($1::uuid[]) AND ${HELD('a')}
  UNION
  SELECT a.organisation_id, b.organisation_id FROM project_participant a
    JOIN project g ON g.id = a.project_id AND ${LIVE_PROJECT}
    JOIN project_participant b ON b.project_id = a.project_id AND b.organisation_id <> a.organisation_id AND b.archived_at IS NULL
   WHERE a.organisation_id = ANY($1::uuid[]) AND a.archived_at IS NULL
  UNION
  SELECT f.funder_organisation_id, r.organisation_id FROM funding f
    JOIN LATERAL (
      SELECT f.recipient_organisation_id AS organisation_id WHERE f.recipient_organisation_id IS NOT NULL
      UNION SELECT m.organisation_id FROM partnership_membership m WHERE m.partnership_id = f.recipient_partnership_id AND ${HELD('m')}
      UNION SELECT p.organisation_id FROM project_participant p WHERE p.project_id = f.recipient_project_id AND p.archived_at IS NULL
    ) r ON r.organisation_id <> f.funder_organisation_id
   WHERE f.funder_organisation_id = ANY($1::uuid[]) AND ${LIVE_GRANT}
  UNION
  SELECT f.recipient_organisation_id, f.funder_organisation_id FROM funding f
   WHERE f.recipient_organisation_id = ANY($1::uuid[]) AND ${LIVE_GRANT}
  UNION
  SELECT m.organisation_id, f.funder_organisation_id FROM partnership_membership m
    JOIN funding f ON f.recipient_partnership_id = m.partnership_id AND ${LIVE_GRANT}
   WHERE m.organisation_id = ANY($1::uuid[]) AND ${HELD('m')}
  UNION
  SELECT p.organisation_id, f.funder_organisation_id FROM project_participant p
    JOIN funding f ON f.recipient_project_id = p.project_id AND ${LIVE_GRANT}
   WHERE p.organisation_id = ANY($1::uuid[]) AND p.archived_at IS NULL)
SELECT t.a, t.b FROM ties t WHERE t.a <> t.b`;

/** CURRENT_TIES_OF_SQL kept to ties whose other end is in $2 too: the ties among a neighbourhood. */
export const CURRENT_TIES_AMONG_SQL = `SELECT a, b FROM (${CURRENT_TIES_OF_SQL}) among WHERE b = ANY($2::uuid[])`;

/** Readable, live organisations by id, with what ranking needs. */
export const ORGANISATION_FACTS_SQL = `
SELECT o.id, o.name, o.sector::text AS sector, o.themes FROM organisation o
 WHERE o.id = ANY($1::uuid[]) AND o.archived_at IS NULL`;

/** The places an organisation ($1) is based in or serves, readable ones only. */
export const ORGANISATION_PLACES_SQL = `
SELECT p.id FROM place p
 WHERE p.id IN (SELECT o.home_place_id FROM organisation o WHERE o.id = $1
                UNION SELECT op.place_id FROM organisation_place op WHERE op.organisation_id = $1)`;

/** Organisations sharing a theme with $1 (the GIN index, through its candidate-id function); at most $2. */
export const SHARING_THEMES_SQL = `
SELECT t.id FROM cg_match_organisation_themes('overlap', $1::text[]) AS t(id) LIMIT $2`;

/** Organisations the subject ($1) has said "not now" to. */
export const DISMISSED_SQL = `
SELECT d.suggested_organisation_id AS id FROM partner_suggestion_dismissal d
 WHERE d.organisation_id = $1 AND d.archived_at IS NULL`;

/** A partnership's current members ($1), with their sector, role, seat and whether people of lived experience work with them. */
export const PARTNERSHIP_MEMBERS_SQL = `
SELECT m.organisation_id, o.sector::text AS sector, m.role::text AS role, m.decision_seat, o.home_place_id,
       ${LIVED('o')} AS lived
  FROM partnership_membership m JOIN organisation o ON o.id = m.organisation_id AND o.archived_at IS NULL
 WHERE m.partnership_id = $1 AND ${HELD('m')}`;

/** The places a partnership ($1) covers. */
export const PARTNERSHIP_PLACES_SQL = `
SELECT p.id, p.name FROM partnership_place pp JOIN place p ON p.id = pp.place_id WHERE pp.partnership_id = $1 ORDER BY p.name`;

/** Whether someone with lived experience, or a community representative, currently works with organisation `o`. */
function LIVED(o: string): string {
  return `EXISTS (SELECT 1 FROM affiliation af JOIN person pe ON pe.id = af.person_id
    WHERE af.organisation_id = ${o}.id AND ${affiliationHeldSql('af')} AND pe.archived_at IS NULL AND pe.erased_at IS NULL
      AND (pe.lived_experience OR pe.community_representative))`;
}

/** ORGANISATION_FACTS_SQL with whether people of lived experience work with each. */
export const ORGANISATION_FACTS_WITH_LIVED_SQL = `
SELECT o.id, o.name, o.sector::text AS sector, o.themes, ${LIVED('o')} AS lived FROM organisation o
 WHERE o.id = ANY($1::uuid[]) AND o.archived_at IS NULL`;
