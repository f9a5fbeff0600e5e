import { currentAffiliationSql, membershipHeldSql, partnershipMeasuredOnSql } from '@cg/api/core/database';
import { defineLoader } from '@cg/api/core/graphql';
import { CollaborationIndex, CollaborationInput, CollaborationMember, collaborationIndices, PartnerRole, Sector } from '@cg/shared/domain';
import { DataSource } from 'typeorm';

// A closed partnership is measured on the day it closed, with the members it had then.
const MEMBERS_SQL = `
SELECT m.partnership_id, m.organisation_id, o.sector::text AS sector, m.role::text AS role, m.decision_seat,
       m.cash_contribution::float8 AS cash, m.in_kind_contribution::float8 AS in_kind,
       EXISTS (SELECT 1 FROM affiliation af JOIN person pe ON pe.id = af.person_id
                WHERE af.organisation_id = o.id AND ${currentAffiliationSql('af')} AND pe.archived_at IS NULL
                  AND pe.erased_at IS NULL
                  AND (pe.lived_experience OR pe.community_representative)) AS lived
  FROM partnership p
  JOIN partnership_membership m ON m.partnership_id = p.id AND ${membershipHeldSql('m', partnershipMeasuredOnSql('p'))}
  JOIN organisation o ON o.id = m.organisation_id AND o.archived_at IS NULL
 WHERE p.id = ANY($1::uuid[])`;

// Pairs of members tied by anything other than this partnership itself.
const MEMBER_TIES_SQL = `
SELECT DISTINCT m1.partnership_id, least(t.organisation_id, t.other_organisation_id) AS a,
       greatest(t.organisation_id, t.other_organisation_id) AS b
  FROM partnership p
  JOIN partnership_membership m1 ON m1.partnership_id = p.id AND ${membershipHeldSql('m1', partnershipMeasuredOnSql('p'))}
  JOIN organisation_tie t ON t.organisation_id = m1.organisation_id AND t.via_id <> m1.partnership_id
  JOIN partnership_membership m2 ON m2.partnership_id = m1.partnership_id
   AND m2.organisation_id = t.other_organisation_id AND ${membershipHeldSql('m2', partnershipMeasuredOnSql('p'))}
 WHERE p.id = ANY($1::uuid[])`;

const OUTCOMES_SQL = `
SELECT coalesce(o.owner_partnership_id, pr.partnership_id) AS partnership_id,
       (SELECT count(*) FROM outcome_contributor oc WHERE oc.outcome_id = o.id)::int AS contributors
  FROM outcome o
  LEFT JOIN project pr ON pr.id = o.owner_project_id AND pr.archived_at IS NULL
 WHERE o.archived_at IS NULL
   AND (o.owner_partnership_id = ANY($1::uuid[]) OR (o.owner_partnership_id IS NULL AND pr.partnership_id = ANY($1::uuid[])))`;

const PROJECTS_SQL = `
SELECT p.partnership_id, p.shared_leadership,
       (SELECT count(*) FROM project_participant pp
         WHERE pp.project_id = p.id AND pp.archived_at IS NULL AND pp.role IN ('LEAD', 'CO_LEAD'))::int AS leads
  FROM project p
 WHERE p.partnership_id = ANY($1::uuid[]) AND p.archived_at IS NULL`;

const byPartnership = <T extends { partnership_id: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.partnership_id, [...(map.get(row.partnership_id) ?? []), row]);
  return map;
};

/** The collaboration indices of many partnerships, in four statements whatever their number. */
export const collaborationByPartnership = defineLoader<string, CollaborationIndex[]>(
  'collaborationByPartnership',
  (db: DataSource) => async (ids) => {
    const params = [[...ids]];
    const [members, ties, outcomes, projects] = await Promise.all([
      db.query(MEMBERS_SQL, params),
      db.query(MEMBER_TIES_SQL, params),
      db.query(OUTCOMES_SQL, params),
      db.query(PROJECTS_SQL, params),
    ]);
    const m = byPartnership<{
      partnership_id: string;
      organisation_id: string;
      sector: Sector;
      role: PartnerRole;
      decision_seat: boolean;
      cash: number;
      in_kind: number;
      lived: boolean;
    }>(members);
    const t = byPartnership<{ partnership_id: string; a: string; b: string }>(ties);
    const o = byPartnership<{ partnership_id: string; contributors: number }>(outcomes);
    const p = byPartnership<{ partnership_id: string; shared_leadership: boolean; leads: number }>(projects);
    return ids.map((id) => {
      const input: CollaborationInput = {
        members: (m.get(id) ?? []).map(
          (row): CollaborationMember => ({
            organisationId: row.organisation_id,
            sector: row.sector,
            role: row.role,
            decisionSeat: row.decision_seat,
            cashContribution: Number(row.cash),
            inKindContribution: Number(row.in_kind),
            hasLivedExperience: row.lived,
          }),
        ),
        memberTies: (t.get(id) ?? []).map((row) => ({ a: row.a, b: row.b })),
        outcomes: (o.get(id) ?? []).map((row) => ({ contributors: row.contributors })),
        projects: (p.get(id) ?? []).map((row) => ({ sharedLeadership: row.shared_leadership, leads: row.leads })),
      };
      return collaborationIndices(input);
    });
  },
);
