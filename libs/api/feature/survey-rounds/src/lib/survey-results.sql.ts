import { affiliationHeldSql, membershipHeldSql } from '@cg/api/core/database';

/*
 * What a round's results are built from. The raw answers are read by the system only (requests
 * have no SELECT on survey_rating or survey_success); the records behind the ego, silo and logo
 * indices are read as the closer, like the partnership page's own indices. $1 is the round,
 * $2 the day the records are measured on.
 */

export const INVITEES_SQL = `
SELECT o.id, o.name, o.sector::text AS sector
  FROM survey_round r JOIN organisation o ON o.id = ANY(r.invited_organisation_ids)
 WHERE r.id = $1`;

export const RESPONDENTS_SQL = `SELECT organisation_id FROM survey_response WHERE round_id = $1 AND archived_at IS NULL`;

export const RATINGS_SQL = `
SELECT s.organisation_id AS "respondentId", g.rated_organisation_id AS "ratedId",
       g.reliability, g.mission_support AS "missionSupport", g.openness,
       g.influence, g.involvement, g.resources, g.contributions
  FROM survey_rating g JOIN survey_response s ON s.id = g.response_id
 WHERE s.round_id = $1 AND s.archived_at IS NULL`;

export const SUCCESS_SQL = `
SELECT g.score FROM survey_success g JOIN survey_response s ON s.id = g.response_id
 WHERE s.round_id = $1 AND s.archived_at IS NULL`;

const HELD = (m: string) => membershipHeldSql(m, '$2::date');

/** Members on the day ($2), with what the leadership and governance indices read. */
export const MEMBERS_ON_DAY_SQL = `
SELECT m.organisation_id, o.sector::text AS sector, m.role::text AS role, m.decision_seat,
       m.cash_contribution::float8 AS cash, m.in_kind_contribution::float8 AS in_kind,
       EXISTS (SELECT 1 FROM affiliation af JOIN person pe ON pe.id = af.person_id
                WHERE af.organisation_id = o.id AND ${affiliationHeldSql('af', '$2::date')}
                  AND pe.archived_at IS NULL AND pe.erased_at IS NULL
                  AND (pe.lived_experience OR pe.community_representative)) AS lived
  FROM survey_round r
  JOIN partnership_membership m ON m.partnership_id = r.partnership_id AND ${HELD('m')}
  JOIN organisation o ON o.id = m.organisation_id AND o.archived_at IS NULL
 WHERE r.id = $1`;

/** Pairs of members on the day tied by anything other than this partnership. */
export const MEMBER_TIES_ON_DAY_SQL = `
SELECT DISTINCT least(t.organisation_id, t.other_organisation_id) AS a, greatest(t.organisation_id, t.other_organisation_id) AS b
  FROM survey_round r
  JOIN partnership_membership m1 ON m1.partnership_id = r.partnership_id AND ${HELD('m1')}
  JOIN organisation_tie t ON t.organisation_id = m1.organisation_id AND t.via_id <> r.partnership_id
  JOIN partnership_membership m2 ON m2.partnership_id = r.partnership_id AND m2.organisation_id = t.other_organisation_id AND ${HELD('m2')}
 WHERE r.id = $1`;

/** Outcomes of the partnership or its projects recorded by the day. */
export const OUTCOMES_ON_DAY_SQL = `
SELECT (SELECT count(*) FROM outcome_contributor oc WHERE oc.outcome_id = o.id)::int AS contributors
  FROM survey_round r
  JOIN outcome o ON o.archived_at IS NULL AND o.created_at::date <= $2::date
  LEFT JOIN project pr ON pr.id = o.owner_project_id AND pr.archived_at IS NULL
 WHERE r.id = $1 AND (o.owner_partnership_id = r.partnership_id OR (o.owner_partnership_id IS NULL AND pr.partnership_id = r.partnership_id))`;

/** The partnership's projects under way by the day. */
export const PROJECTS_ON_DAY_SQL = `
SELECT p.shared_leadership,
       (SELECT count(*) FROM project_participant pp
         WHERE pp.project_id = p.id AND pp.archived_at IS NULL AND pp.role IN ('LEAD', 'CO_LEAD'))::int AS leads
  FROM survey_round r JOIN project p ON p.partnership_id = r.partnership_id AND p.archived_at IS NULL
 WHERE r.id = $1 AND (p.start_date IS NULL OR p.start_date <= $2::date)`;
