import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationEntity } from '@cg/api/core/database';
import { notFound, PartnerRole, Sector } from '@cg/shared/domain';
import { DataSource, In } from 'typeorm';
import { LIMITS } from './partner-suggestion.service';
import { GapCandidate, PartnershipGap, partnershipGaps } from './ranking/partnership-gaps';
import {
  CURRENT_TIES_OF_SQL,
  ORGANISATION_FACTS_WITH_LIVED_SQL,
  ORGANISATIONS_IN_AREAS_SQL,
  PARTNERSHIP_MEMBERS_SQL,
  PARTNERSHIP_PLACES_SQL,
} from './suggestion.sql';

interface MemberRow {
  organisation_id: string;
  sector: Sector;
  role: PartnerRole;
  decision_seat: boolean;
  lived: boolean;
}
interface InAreaRow {
  organisation_id: string;
  area_id: string;
  area_name: string;
  root_id: string;
  rank: number;
  based: boolean;
}

export interface PartnershipGapResult extends Omit<PartnershipGap, 'suggestions'> {
  suggestions: { organisation: OrganisationEntity; reason: string }[];
}

@Injectable()
export class PartnershipGapsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Who is missing from the partnership, each gap with up to three readable organisations to fill it. */
  async gaps(partnershipId: string): Promise<PartnershipGapResult[]> {
    const [partnership] = await this.db.query<{ id: string }[]>(`SELECT id FROM partnership WHERE id = $1`, [partnershipId]);
    if (!partnership) throw notFound('partnership', partnershipId);

    const [members, places] = await Promise.all([
      this.db.query<MemberRow[]>(PARTNERSHIP_MEMBERS_SQL, [partnershipId]),
      this.db.query<{ id: string; name: string }[]>(PARTNERSHIP_PLACES_SQL, [partnershipId]),
    ]);
    const memberIds = new Set(members.map((m) => m.organisation_id));
    // Only the places themselves, not their local authorities: a partnership covers what it names.
    const inAreas = places.length
      ? (await this.db.query<InAreaRow[]>(ORGANISATIONS_IN_AREAS_SQL, [places.map((p) => p.id), LIMITS.inAreas])).filter((r) => r.rank === 0)
      : [];

    const basedMembersIn = new Set(inAreas.filter((r) => r.based && memberIds.has(r.organisation_id)).map((r) => r.area_id));
    const outsiderIds = [...new Set(inAreas.map((r) => r.organisation_id))].filter((id) => !memberIds.has(id));
    const [facts, ties] = await Promise.all([
      outsiderIds.length
        ? this.db.query<{ id: string; name: string; sector: Sector; lived: boolean }[]>(ORGANISATION_FACTS_WITH_LIVED_SQL, [outsiderIds])
        : Promise.resolve([]),
      memberIds.size ? this.db.query<{ a: string; b: string }[]>(CURRENT_TIES_OF_SQL, [[...memberIds]]) : Promise.resolve([]),
    ]);

    const memberTies = new Map<string, Set<string>>();
    for (const { a, b } of ties) memberTies.set(b, (memberTies.get(b) ?? new Set()).add(a));
    const localSectorCounts: Partial<Record<Sector, number>> = {};
    const candidates: GapCandidate[] = facts.map((f) => {
      localSectorCounts[f.sector] = (localSectorCounts[f.sector] ?? 0) + 1;
      const rows = inAreas.filter((r) => r.organisation_id === f.id);
      return {
        id: f.id,
        name: f.name,
        sector: f.sector,
        placeIds: rows.map((r) => r.area_id),
        placeNames: rows.map((r) => r.area_name),
        basedInPlaceIds: rows.filter((r) => r.based).map((r) => r.area_id),
        hasLivedExperience: f.lived,
        memberTies: memberTies.get(f.id)?.size ?? 0,
      };
    });

    const gaps = partnershipGaps(
      {
        memberSectors: members.map((m) => m.sector),
        hasCommunityAnchor: members.some((m) => m.role === PartnerRole.COMMUNITY_ANCHOR),
        hasLivedExperienceSeat: members.some((m) => m.decision_seat && m.lived),
        places: places.map((p) => ({ ...p, memberBased: basedMembersIn.has(p.id) })),
        localSectorCounts,
      },
      candidates,
    );

    const suggestedIds = [...new Set(gaps.flatMap((g) => g.suggestions.map((s) => s.id)))];
    const organisations = suggestedIds.length ? await this.db.getRepository(OrganisationEntity).findBy({ id: In(suggestedIds) }) : [];
    const entityOf = new Map(organisations.map((o) => [o.id, o]));
    return gaps.map((gap) => ({
      ...gap,
      suggestions: gap.suggestions.flatMap((s) => {
        const organisation = entityOf.get(s.id);
        return organisation ? [{ organisation, reason: s.reason }] : [];
      }),
    }));
  }
}
