import { fundingActiveSql, membershipHeldSql, relationshipHeldSql, runningOnSql } from '@cg/api/core/database';

/**
 * The request's tie statement before migration TieWeights, kept as the reference: it reads each
 * relationship's strength and ratings and each grant's amount from the record (joined by primary
 * key), not from the tie table. Only the columns it names are read from the pairing, so it runs on
 * the scanning pairing (TIE_POSITIONS_BY_SCAN) as well as on the table.
 */
const AS_AT = '$5::date';
const onDay = (predicate: string) => `($5::date IS NULL OR ${predicate})`;
const AS_AT_OR_TODAY = 'coalesce($5::date, current_date)';

export const TIES_JUDGED_FROM_RECORDS_SQL = `
WITH t AS MATERIALIZED (
  SELECT * FROM cg_subgraph_tie_positions($1::uuid[], $3::date, $4::date) WHERE $2::text[] IS NULL OR tie_kind = ANY($2::text[])),
-- The links and groups behind shared work and grants, gathered in one pass over t, one array per
-- table: each record is then judged once, and "id = ANY(array)" walks the primary key index once
-- with the ids sorted (PostgreSQL 17) rather than probing it once per id.
behind AS MATERIALIZED (
  SELECT array_agg(a_link) FILTER (WHERE tie_kind = 'CO_MEMBERSHIP')
         || array_agg(b_link) FILTER (WHERE tie_kind = 'CO_MEMBERSHIP' OR b_link_kind = 'MEMBERSHIP') AS memberships,
         array_agg(a_link) FILTER (WHERE tie_kind = 'JOINT_PROJECT')
         || array_agg(b_link) FILTER (WHERE tie_kind = 'JOINT_PROJECT' OR b_link_kind = 'PARTICIPANT') AS participants,
         array_agg(DISTINCT group_id) FILTER (WHERE tie_kind = 'CO_MEMBERSHIP') AS partnerships,
         array_agg(DISTINCT group_id) FILTER (WHERE tie_kind = 'JOINT_PROJECT') AS projects
    FROM t),
readable_membership AS MATERIALIZED (
  SELECT m.id FROM partnership_membership m
   WHERE m.id = ANY((SELECT memberships FROM behind)::uuid[]) AND ${membershipHeldSql('m', AS_AT_OR_TODAY)}),
readable_participant AS MATERIALIZED (
  SELECT p.id FROM project_participant p WHERE p.id = ANY((SELECT participants FROM behind)::uuid[])),
readable_partnership AS MATERIALIZED (
  SELECT g.id FROM partnership g WHERE g.id = ANY((SELECT partnerships FROM behind)::uuid[]) AND ${onDay(runningOnSql('g', AS_AT))}),
readable_project AS MATERIALIZED (
  SELECT g.id FROM project g WHERE g.id = ANY((SELECT projects FROM behind)::uuid[]) AND ${onDay(runningOnSql('g', AS_AT))})
SELECT t.a, t.b, t.tie_kind AS kind, coalesce(r.strength, 1)::float8 AS weight, r.trust::int AS trust, r.value::int AS value
  FROM t JOIN relationship r ON r.id = t.record_id
 WHERE t.tie_kind = 'RELATIONSHIP' AND ${onDay(relationshipHeldSql('r', AS_AT))}
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
  SELECT DISTINCT f.id, t.a, t.b, t.tie_kind AS kind, coalesce(f.amount, 0)::float8 AS weight
    FROM t JOIN funding f ON f.id = t.record_id
   WHERE t.tie_kind = 'FUNDING' AND ${onDay(fundingActiveSql('f', AS_AT))}
     AND CASE t.b_link_kind
           WHEN 'MEMBERSHIP' THEN coalesce(t.b_link IN (SELECT id FROM readable_membership), false)
           WHEN 'PARTICIPANT' THEN coalesce(t.b_link IN (SELECT id FROM readable_participant), false)
           ELSE true
         END) grants`;
