import {
  affiliationHeldSql,
  membershipHeldSql,
  partnershipMeasuredOnSql,
  startedBySql,
  tieHeldOnSql,
} from '@cg/api/core/database';

/*
 * The inputs of the collaboration indices for many (partnership, day) points at once. Every
 * statement starts from the points ($1 partnership ids, $2 days, position by position); a null
 * day is the partnership's usual day (today, or the day it closed). Each row carries `n`, the
 * point's position (from 1), so one statement answers for every point: a monthly series of
 * two years is four statements, not one per month.
 */
const startedBy = (project: string) => startedBySql(project, 'q.day');

const POINTS = `points AS (
  SELECT q.n, p.id AS partnership_id, coalesce(q.asked, ${partnershipMeasuredOnSql('p')}) AS day
    FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS q(partnership_id, asked, n)
    JOIN partnership p ON p.id = q.partnership_id)`;

/** Members on the day, with whether a person of lived experience was affiliated with them then. */
export const MEMBERS_AT_SQL = `
WITH ${POINTS}
SELECT q.n, m.organisation_id, o.sector::text AS sector, m.role::text AS role, m.decision_seat,
       m.cash_contribution::float8 AS cash, m.in_kind_contribution::float8 AS in_kind,
       EXISTS (SELECT 1 FROM affiliation af JOIN person pe ON pe.id = af.person_id
                WHERE af.organisation_id = o.id AND ${affiliationHeldSql('af', 'q.day')}
                  AND pe.archived_at IS NULL AND pe.erased_at IS NULL
                  AND (pe.lived_experience OR pe.community_representative)) AS lived
  FROM points q
  JOIN partnership_membership m ON m.partnership_id = q.partnership_id AND ${membershipHeldSql('m', 'q.day')}
  JOIN organisation o ON o.id = m.organisation_id AND o.archived_at IS NULL`;

/** Pairs of members on the day tied then by anything other than this partnership itself. */
export const MEMBER_TIES_AT_SQL = `
WITH ${POINTS}
SELECT DISTINCT q.n, least(t.organisation_id, t.other_organisation_id) AS a,
       greatest(t.organisation_id, t.other_organisation_id) AS b
  FROM points q
  JOIN partnership_membership m1 ON m1.partnership_id = q.partnership_id AND ${membershipHeldSql('m1', 'q.day')}
  JOIN organisation_tie t ON t.organisation_id = m1.organisation_id AND t.via_id <> q.partnership_id
  JOIN partnership_membership m2 ON m2.partnership_id = q.partnership_id
   AND m2.organisation_id = t.other_organisation_id AND ${membershipHeldSql('m2', 'q.day')}
 WHERE ${tieHeldOnSql('t', 'q.day')}`;

/**
 * Outcomes owned by the partnership or its projects. Outcomes carry no dates, so every day
 * counts the outcomes recorded now (of projects that had started by the day).
 */
export const OUTCOMES_AT_SQL = `
WITH ${POINTS}
SELECT q.n, (SELECT count(*) FROM outcome_contributor oc WHERE oc.outcome_id = owned.id)::int AS contributors
  FROM points q
  JOIN LATERAL (
    SELECT o.id FROM outcome o WHERE o.owner_partnership_id = q.partnership_id AND o.archived_at IS NULL
    UNION ALL
    SELECT o.id FROM project pr
      JOIN outcome o ON o.owner_project_id = pr.id AND o.owner_partnership_id IS NULL AND o.archived_at IS NULL
     WHERE pr.partnership_id = q.partnership_id AND pr.archived_at IS NULL AND ${startedBy('pr')}
  ) owned ON true`;

/** The partnership's projects that had started by the day (ended ones still count, as today). */
export const PROJECTS_AT_SQL = `
WITH ${POINTS}
SELECT q.n, p.shared_leadership,
       (SELECT count(*) FROM project_participant pp
         WHERE pp.project_id = p.id AND pp.archived_at IS NULL AND pp.role IN ('LEAD', 'CO_LEAD'))::int AS leads
  FROM points q
  JOIN project p ON p.partnership_id = q.partnership_id AND p.archived_at IS NULL
 WHERE ${startedBy('p')}`;
