import { defineLoader } from '@cg/api/core/graphql';
import { CollaborationIndex, CollaborationInput, PartnerRole, Sector, collaborationIndices } from '@cg/shared/domain';
import { DataSource } from 'typeorm';
import { MEMBERS_AT_SQL, MEMBER_TIES_AT_SQL, OUTCOMES_AT_SQL, PROJECTS_AT_SQL } from './collaboration-inputs.sql';

/** A partnership on a day; a null day is its usual day (today, or the day it closed). */
export interface CollaborationPoint {
  partnershipId: string;
  day: string | null;
}

interface MemberRow {
  n: string;
  organisation_id: string;
  sector: Sector;
  role: PartnerRole;
  decision_seat: boolean;
  cash: number;
  in_kind: number;
  lived: boolean;
}

/** Rows by the point they answer (`n`, counted from 1). */
const byPoint = <T extends { n: string }>(rows: T[]) => {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const n = Number(row.n);
    map.set(n, [...(map.get(n) ?? []), row]);
  }
  return map;
};

/**
 * What the collaboration indices of each point are computed from, as the records stood on its
 * day: four statements whatever the number of partnerships and days, under the reader's
 * row-level security (a record the reader may not see is not in the past either).
 */
export async function collaborationInputsAt(db: DataSource, points: readonly CollaborationPoint[]): Promise<CollaborationInput[]> {
  if (points.length === 0) return [];
  const params = [points.map((p) => p.partnershipId), points.map((p) => p.day)];
  const [members, ties, outcomes, projects] = await Promise.all([
    db.query(MEMBERS_AT_SQL, params),
    db.query(MEMBER_TIES_AT_SQL, params),
    db.query(OUTCOMES_AT_SQL, params),
    db.query(PROJECTS_AT_SQL, params),
  ]);
  const m = byPoint<MemberRow>(members);
  const t = byPoint<{ n: string; a: string; b: string }>(ties);
  const o = byPoint<{ n: string; contributors: number }>(outcomes);
  const p = byPoint<{ n: string; shared_leadership: boolean; leads: number }>(projects);
  return points.map((_, i) => ({
    members: (m.get(i + 1) ?? []).map((row) => ({
      organisationId: row.organisation_id,
      sector: row.sector,
      role: row.role,
      decisionSeat: row.decision_seat,
      cashContribution: Number(row.cash),
      inKindContribution: Number(row.in_kind),
      hasLivedExperience: row.lived,
    })),
    memberTies: (t.get(i + 1) ?? []).map((row) => ({ a: row.a, b: row.b })),
    outcomes: (o.get(i + 1) ?? []).map((row) => ({ contributors: row.contributors })),
    projects: (p.get(i + 1) ?? []).map((row) => ({ sharedLeadership: row.shared_leadership, leads: row.leads })),
  }));
}

/** The collaboration indices of many partnerships, each on its day, in four statements whatever their number. */
export const collaborationByPartnership = defineLoader<CollaborationPoint, CollaborationIndex[], string>(
  'collaborationByPartnership',
  (db: DataSource) => async (points) => (await collaborationInputsAt(db, points)).map(collaborationIndices),
  { cacheKeyFn: (point) => `${point.partnershipId}@${point.day ?? ''}` },
);
