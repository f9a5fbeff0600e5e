import { fundingActiveSql, membershipHeldSql, relationshipHeldSql, runningOnSql } from '@cg/api/core/database';

/**
 * The ties among a set of organisations ($1), built from those organisations' own records only.
 *
 * The organisation_tie view derives co-membership, joint project and funding ties by joining
 * every membership of the country to every other, so a filter on its output still builds all of
 * them first. Pairing the subgraph's own rows under row-level security was no better at national
 * scale: the planner cannot estimate the policies, guessed one or two rows per table, and paired
 * 10,000 participations with 10,000 by nested loops (40 s for a county; 2.6 s as the owner).
 *
 * So the candidates come from `cg_subgraph_tie_positions` (migrations NetworkSubgraphTieIds and
 * NetworkSubgraphTiePositions), which pairs the rows as the owner, with true estimates, and returns
 * ids only: each tie's two organisations as their positions in $1 (so pg parses two integers, not
 * two uuids, per tie), and the records behind it by id. This statement, run as the
 * request role, judges each record behind a tie through its own table's row-level security: every
 * relationship, grant, membership, participation, partnership and project behind the candidates is
 * judged once (one pass over its primary key), then tested as a hashed set. A relationship's
 * strength and ratings and a grant's amount come with the candidate (migration TieWeights, kept
 * exact by the tie table's triggers) and reach the answer only when the record passed its policy. The tests sit inside coalesce() on purpose: a bare
 * `IN (SELECT …)` would be turned into a join between two sets the planner misjudges, which is
 * the nested loop this replaces. Same rows as the view (each record once: directed kinds from the
 * end where they start, the others from the lower id).
 *
 * $2 kinds, $3 from, $4 to: the date window keeps ties whose record (relationship, partnership,
 * project, grant) overlaps it. $5, the as-at day: only records that held on it (the shared
 * predicates of core/database); memberships hold today when no day is given, as in the view.
 */
const AS_AT = '$5::date';
const onDay = (predicate: string) => `($5::date IS NULL OR ${predicate})`;
const AS_AT_OR_TODAY = 'coalesce($5::date, current_date)';

export const SUBGRAPH_TIES_SQL = `
WITH t AS MATERIALIZED (
  SELECT * FROM cg_subgraph_tie_positions($1::uuid[], $3::date, $4::date) WHERE $2::text[] IS NULL OR tie_kind = ANY($2::text[])),
-- The records behind the candidates, gathered in one pass over t, one array per
-- table: each record is then judged once, and "id = ANY(array)" walks the primary key index once
-- with the ids sorted (PostgreSQL 17) rather than probing it once per id.
behind AS MATERIALIZED (
  SELECT array_agg(a_link) FILTER (WHERE tie_kind = 'CO_MEMBERSHIP')
         || array_agg(b_link) FILTER (WHERE tie_kind = 'CO_MEMBERSHIP' OR b_link_kind = 'MEMBERSHIP') AS memberships,
         array_agg(a_link) FILTER (WHERE tie_kind = 'JOINT_PROJECT')
         || array_agg(b_link) FILTER (WHERE tie_kind = 'JOINT_PROJECT' OR b_link_kind = 'PARTICIPANT') AS participants,
         array_agg(DISTINCT group_id) FILTER (WHERE tie_kind = 'CO_MEMBERSHIP') AS partnerships,
         array_agg(DISTINCT group_id) FILTER (WHERE tie_kind = 'JOINT_PROJECT') AS projects,
         array_agg(record_id) FILTER (WHERE tie_kind = 'RELATIONSHIP') AS relationships,
         array_agg(DISTINCT record_id) FILTER (WHERE tie_kind = 'FUNDING') AS grants
    FROM t),
readable_relationship AS MATERIALIZED (
  SELECT r.id FROM relationship r
   WHERE r.id = ANY((SELECT relationships FROM behind)::uuid[]) AND ${onDay(relationshipHeldSql('r', AS_AT))}),
readable_grant AS MATERIALIZED (
  SELECT f.id FROM funding f WHERE f.id = ANY((SELECT grants FROM behind)::uuid[]) AND ${onDay(fundingActiveSql('f', AS_AT))}),
readable_membership AS MATERIALIZED (
  SELECT m.id FROM partnership_membership m
   WHERE m.id = ANY((SELECT memberships FROM behind)::uuid[]) AND ${membershipHeldSql('m', AS_AT_OR_TODAY)}),
readable_participant AS MATERIALIZED (
  SELECT p.id FROM project_participant p WHERE p.id = ANY((SELECT participants FROM behind)::uuid[])),
readable_partnership AS MATERIALIZED (
  SELECT g.id FROM partnership g WHERE g.id = ANY((SELECT partnerships FROM behind)::uuid[]) AND ${onDay(runningOnSql('g', AS_AT))}),
readable_project AS MATERIALIZED (
  SELECT g.id FROM project g WHERE g.id = ANY((SELECT projects FROM behind)::uuid[]) AND ${onDay(runningOnSql('g', AS_AT))})
SELECT t.a, t.b, t.tie_kind AS kind, coalesce(t.weight, 1) AS weight, t.trust, t.value
  FROM t
 WHERE t.tie_kind = 'RELATIONSHIP' AND coalesce(t.record_id IN (SELECT id FROM readable_relationship), false)
UNION ALL
SELECT t.a, t.b, t.tie_kind, 1::float8, NULL::int, NULL::int
  FROM t
 WHERE t.tie_kind = 'CO_MEMBERSHIP'
   AND coalesce(t.group_id IN (SELECT id FROM readable_partnership), false)
   AND coalesce(t.a_link IN (SELECT id FROM readable_membership), false)
   AND coalesce(t.b_link IN (SELECT id FROM readable_membership), false)
UNION ALL
SELECT t.a, t.b, t.tie_kind, 1::float8, NULL::int, NULL::int
  FROM t
 WHERE t.tie_kind = 'JOINT_PROJECT'
   AND coalesce(t.group_id IN (SELECT id FROM readable_project), false)
   AND coalesce(t.a_link IN (SELECT id FROM readable_participant), false)
   AND coalesce(t.b_link IN (SELECT id FROM readable_participant), false)
UNION ALL
-- A grant reaches an organisation once, however many readable ways (directly, as a member, as a participant).
SELECT a, b, kind, weight, NULL::int, NULL::int FROM (
  SELECT DISTINCT t.record_id, t.a, t.b, t.tie_kind AS kind, coalesce(t.weight, 0) AS weight
    FROM t
   WHERE t.tie_kind = 'FUNDING' AND coalesce(t.record_id IN (SELECT id FROM readable_grant), false)
     AND CASE t.b_link_kind
           WHEN 'MEMBERSHIP' THEN coalesce(t.b_link IN (SELECT id FROM readable_membership), false)
           WHEN 'PARTICIPANT' THEN coalesce(t.b_link IN (SELECT id FROM readable_participant), false)
           ELSE true
         END) grants`;
