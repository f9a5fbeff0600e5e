import { fundingActiveSql, membershipHeldSql, relationshipHeldSql, runningOnSql } from '@cg/api/core/database';

/**
 * The ties among a set of organisations ($1), built from those organisations' own records only.
 *
 * The organisation_tie view derives co-membership, joint project and funding ties by joining
 * every membership of the country to every other; filtering its output by `= ANY($1)` still
 * builds all of them first (a county took a minute, a region over ten minutes). Here each kind
 * starts from the members' rows (indexed by organisation id) and pairs them only with rows of
 * other members, so the cost follows the subgraph. Same rows as the view (each record once:
 * directed kinds from the end where they start, the others from the lower id), and the same
 * row-level security, since it reads the same tables as the request role.
 *
 * $2 kinds, $3 from, $4 to: as TIES_SQL (the date window keeps ties whose record overlaps it).
 * $5, the as-at day: only records that held on it (the shared predicates of core/database).
 */
const AS_AT = '$5::date';
const onDay = (predicate: string) => `($5::date IS NULL OR ${predicate})`;
// Memberships hold today when no day is asked for, as in the organisation_tie view (current members only).
const AS_AT_OR_TODAY = 'coalesce($5::date, current_date)';

export const SUBGRAPH_TIES_SQL = `
WITH members AS (SELECT DISTINCT unnest($1::uuid[]) AS id),
window_of AS (SELECT $3::date AS from_date, $4::date AS to_date),
relationships AS (
  SELECT r.from_organisation_id AS a, r.to_organisation_id AS b, 'RELATIONSHIP'::text AS kind,
         coalesce(r.strength, 1)::float8 AS weight, r.trust::int AS trust, r.value::int AS value
    FROM relationship r, window_of w
   WHERE r.archived_at IS NULL
     AND r.from_organisation_id IN (SELECT id FROM members) AND r.to_organisation_id IN (SELECT id FROM members)
     AND (w.from_date IS NULL OR r.to_date IS NULL OR r.to_date >= w.from_date)
     AND (w.to_date IS NULL OR r.from_date IS NULL OR r.from_date <= w.to_date)
     AND ${onDay(relationshipHeldSql('r', AS_AT))}),
memberships AS (
  SELECT m.partnership_id, m.organisation_id
    FROM partnership_membership m JOIN members ON members.id = m.organisation_id
   WHERE ${membershipHeldSql('m', AS_AT_OR_TODAY)}),
co_membership AS (
  SELECT a.organisation_id AS a, b.organisation_id AS b, 'CO_MEMBERSHIP'::text AS kind, 1::float8 AS weight, NULL::int AS trust, NULL::int AS value
    FROM memberships a
    JOIN memberships b ON b.partnership_id = a.partnership_id AND a.organisation_id < b.organisation_id
    JOIN partnership g ON g.id = a.partnership_id, window_of w
   WHERE g.archived_at IS NULL
     AND (w.from_date IS NULL OR g.end_date IS NULL OR g.end_date >= w.from_date)
     AND (w.to_date IS NULL OR g.start_date IS NULL OR g.start_date <= w.to_date)
     AND ${onDay(runningOnSql('g', AS_AT))}),
participations AS (
  SELECT p.project_id, p.organisation_id
    FROM project_participant p JOIN members ON members.id = p.organisation_id
   WHERE p.archived_at IS NULL),
joint_projects AS (
  SELECT a.organisation_id AS a, b.organisation_id AS b, 'JOINT_PROJECT'::text AS kind, 1::float8 AS weight, NULL::int AS trust, NULL::int AS value
    FROM participations a
    JOIN participations b ON b.project_id = a.project_id AND a.organisation_id < b.organisation_id
    JOIN project g ON g.id = a.project_id, window_of w
   WHERE g.archived_at IS NULL
     AND (w.from_date IS NULL OR g.end_date IS NULL OR g.end_date >= w.from_date)
     AND (w.to_date IS NULL OR g.start_date IS NULL OR g.start_date <= w.to_date)
     AND ${onDay(runningOnSql('g', AS_AT))}),
grants AS (
  SELECT f.* FROM funding f, window_of w
   WHERE f.archived_at IS NULL AND f.funder_organisation_id IN (SELECT id FROM members)
     AND (w.from_date IS NULL OR f.period_end IS NULL OR f.period_end >= w.from_date)
     AND (w.to_date IS NULL OR coalesce(f.period_start, f.award_date) IS NULL OR coalesce(f.period_start, f.award_date) <= w.to_date)
     AND ${onDay(fundingActiveSql('f', AS_AT))}),
funding_ties AS (
  SELECT f.funder_organisation_id AS a, r.organisation_id AS b, 'FUNDING'::text AS kind, coalesce(f.amount, 0)::float8 AS weight,
         NULL::int AS trust, NULL::int AS value
    FROM grants f
    JOIN LATERAL (
      SELECT f.recipient_organisation_id AS organisation_id WHERE f.recipient_organisation_id IS NOT NULL
      UNION SELECT m.organisation_id FROM partnership_membership m
        WHERE m.partnership_id = f.recipient_partnership_id AND ${membershipHeldSql('m', AS_AT_OR_TODAY)}
      UNION SELECT p.organisation_id FROM project_participant p
        WHERE p.project_id = f.recipient_project_id AND p.archived_at IS NULL
    ) r ON r.organisation_id <> f.funder_organisation_id
   WHERE r.organisation_id IN (SELECT id FROM members))
SELECT a, b, kind, weight, trust, value FROM (
  SELECT * FROM relationships UNION ALL SELECT * FROM co_membership UNION ALL SELECT * FROM joint_projects UNION ALL SELECT * FROM funding_ties
) ties
WHERE $2::text[] IS NULL OR kind = ANY($2::text[])`;
