import {
  affiliationHeldSql,
  fundingActiveSql,
  membershipHeldSql,
  partnershipMeasuredOnSql,
  relationshipHeldSql,
  runningOnSql,
  startedBySql,
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

// The other end is a member on the same day: an index lookup, where joining the members CTE
// again would scan it once per candidate tie.
const alsoMember = (organisation: string) => `EXISTS (SELECT 1 FROM partnership_membership mo
   WHERE mo.organisation_id = ${organisation} AND mo.partnership_id = a.partnership_id AND ${membershipHeldSql('mo', 'a.day')})`;

/**
 * Pairs of members on the day tied then by anything other than this partnership itself: a
 * relationship, another partnership both belonged to, a joint project running, or a grant active
 * from one to the other (directly, or through a partnership or project). Built from the members'
 * own records, as SUBGRAPH_TIES_SQL is, rather than from the organisation_tie view: the view
 * builds every co-membership pair of the country before any filter (seconds at 10,000
 * organisations, longer still under row-level security).
 */
export const MEMBER_TIES_AT_SQL = `
WITH ${POINTS},
members AS (
  SELECT q.n, q.partnership_id, q.day, m.organisation_id
    FROM points q
    JOIN partnership_membership m ON m.partnership_id = q.partnership_id AND ${membershipHeldSql('m', 'q.day')}),
relationships AS (
  SELECT a.n, r.from_organisation_id AS x, r.to_organisation_id AS y
    FROM members a
    JOIN relationship r ON r.from_organisation_id = a.organisation_id AND ${relationshipHeldSql('r', 'a.day')}
   WHERE ${alsoMember('r.to_organisation_id')}),
other_partnerships AS (
  SELECT a.n, a.organisation_id AS x, mb.organisation_id AS y
    FROM members a
    JOIN partnership_membership ma ON ma.organisation_id = a.organisation_id
     AND ma.partnership_id <> a.partnership_id AND ${membershipHeldSql('ma', 'a.day')}
    JOIN partnership g ON g.id = ma.partnership_id AND ${runningOnSql('g', 'a.day')}
    JOIN partnership_membership mb ON mb.partnership_id = ma.partnership_id
     AND mb.organisation_id <> a.organisation_id AND ${membershipHeldSql('mb', 'a.day')}
   WHERE ${alsoMember('mb.organisation_id')}),
joint_projects AS (
  SELECT a.n, a.organisation_id AS x, pb.organisation_id AS y
    FROM members a
    JOIN project_participant pa ON pa.organisation_id = a.organisation_id AND pa.archived_at IS NULL
    JOIN project g ON g.id = pa.project_id AND ${runningOnSql('g', 'a.day')}
    JOIN project_participant pb ON pb.project_id = pa.project_id
     AND pb.organisation_id <> a.organisation_id AND pb.archived_at IS NULL
   WHERE ${alsoMember('pb.organisation_id')}),
grants AS (
  SELECT a.n, f.funder_organisation_id AS x, recipient.organisation_id AS y
    FROM members a
    JOIN funding f ON f.funder_organisation_id = a.organisation_id AND ${fundingActiveSql('f', 'a.day')}
    JOIN LATERAL (
      SELECT f.recipient_organisation_id AS organisation_id WHERE f.recipient_organisation_id IS NOT NULL
      UNION SELECT rm.organisation_id FROM partnership_membership rm
        WHERE rm.partnership_id = f.recipient_partnership_id AND ${membershipHeldSql('rm', 'a.day')}
      UNION SELECT rp.organisation_id FROM project_participant rp
        WHERE rp.project_id = f.recipient_project_id AND rp.archived_at IS NULL
    ) recipient ON recipient.organisation_id <> f.funder_organisation_id
   WHERE ${alsoMember('recipient.organisation_id')})
SELECT DISTINCT n, least(x, y) AS a, greatest(x, y) AS b FROM (
  SELECT * FROM relationships UNION ALL SELECT * FROM other_partnerships
  UNION ALL SELECT * FROM joint_projects UNION ALL SELECT * FROM grants
) ties`;

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
