import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationEntity } from '@cg/api/core/database';
import { notFound, Sector } from '@cg/shared/domain';
import { DataSource, In } from 'typeorm';
import { acrossCommunityBoundary } from './ranking/community-bridges';
import { CandidateFacts, rankPartnerSuggestions, RankedSuggestion, SubjectFacts } from './ranking/partner-ranking';
import {
  CURRENT_TIES_AMONG_SQL,
  CURRENT_TIES_OF_SQL,
  DISMISSED_SQL,
  ORGANISATION_FACTS_SQL,
  ORGANISATION_PLACES_SQL,
  ORGANISATIONS_IN_AREAS_SQL,
  SHARING_THEMES_SQL,
} from './suggestion.sql';

/** Bounds that keep one suggestion request to the subject's neighbourhood, whatever the size of the country. */
export const LIMITS = {
  /** Organisations found in the subject's areas. */
  inAreas: 1500,
  /** Organisations found by a shared theme alone, only for an organisation with no places and no partners. */
  byTheme: 300,
  /** Partners whose own partners are looked at (the national bench: 285 partners took a second, 100 a third of it). */
  partners: 100,
  /** Partners of partners clustered with them for community boundaries. */
  clustered: 150,
};

interface Tie {
  a: string;
  b: string;
}
interface Facts {
  id: string;
  name: string;
  sector: Sector;
  themes: string[];
}
interface AreaRow {
  organisation_id: string;
  area_name: string;
  rank: number;
}

export interface PartnerSuggestionResult extends RankedSuggestion {
  organisation: OrganisationEntity;
}

@Injectable()
export class PartnerSuggestionService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The best `first` organisations for `organisationId` to get to know: no current tie with it,
   * not dismissed, readable by the caller (every read runs under row-level security).
   */
  async suggest(organisationId: string, first: number): Promise<PartnerSuggestionResult[]> {
    const [subject] = await this.facts([organisationId]);
    if (!subject) throw notFound('organisation', organisationId);

    const placeIds = (await this.db.query<{ id: string }[]>(ORGANISATION_PLACES_SQL, [organisationId])).map((r) => r.id);
    const [inAreas, dismissed, partnerTies] = await Promise.all([
      placeIds.length ? this.db.query<AreaRow[]>(ORGANISATIONS_IN_AREAS_SQL, [placeIds, LIMITS.inAreas]) : Promise.resolve([]),
      this.db.query<{ id: string }[]>(DISMISSED_SQL, [organisationId]),
      this.ties([organisationId]),
    ]);

    const partnerFacts = await this.facts([...new Set(partnerTies.map((t) => t.b))]);
    const partners = partnerFacts.map((f) => f.id).sort();
    const partnerSet = new Set(partners);
    // Themes rank the candidates found by place and network; alone they find candidates only for an
    // organisation with neither (a popular theme matches tens of thousands nationally).
    const byTheme =
      subject.themes.length && inAreas.length === 0 && partners.length === 0
        ? await this.db.query<{ id: string }[]>(SHARING_THEMES_SQL, [subject.themes, LIMITS.byTheme])
        : [];
    const looked = partners.slice(0, LIMITS.partners);
    const reachedTies = (await this.ties(looked)).filter((t) => t.b !== organisationId && !partnerSet.has(t.b));
    // Readable, live organisations only, from here on: candidates, shared partners and clustering alike.
    const reached = await this.facts([...new Set(reachedTies.map((t) => t.b))]);
    const readable = new Set(reached.map((f) => f.id));
    const secondTies = reachedTies.filter((t) => readable.has(t.b));

    // Shared partners: how many distinct partners each other organisation is tied to.
    const sharedPartners = new Map<string, Set<string>>();
    for (const { a, b } of secondTies) sharedPartners.set(b, (sharedPartners.get(b) ?? new Set()).add(a));
    const across = await this.acrossCommunities(organisationId, partners, looked, partnerTies, secondTies, sharedPartners);

    // Area names each organisation shares with the subject, most specific first.
    const areasOf = new Map<string, string[]>();
    for (const row of [...inAreas].sort((x, y) => x.rank - y.rank || x.area_name.localeCompare(y.area_name))) {
      const names = areasOf.get(row.organisation_id) ?? [];
      if (!names.includes(row.area_name)) areasOf.set(row.organisation_id, [...names, row.area_name]);
    }

    const excluded = new Set([organisationId, ...partners, ...dismissed.map((d) => d.id)]);
    const candidateIds = [...new Set([...areasOf.keys(), ...byTheme.map((t) => t.id), ...sharedPartners.keys()])].filter(
      (id) => !excluded.has(id),
    );
    const known = [...reached, ...partnerFacts, ...(await this.facts(candidateIds.filter((id) => !readable.has(id))))];
    const byId = new Map(known.map((f) => [f.id, f]));

    const subjectFacts = this.subjectFacts(partners, byId, areasOf);
    const subjectThemes = new Set(subject.themes);
    const candidates: CandidateFacts[] = candidateIds.flatMap((id) => {
      const facts = byId.get(id);
      if (!facts) return []; // unreadable or archived: never suggested
      return [
        {
          id,
          name: facts.name,
          sector: facts.sector,
          sharedThemes: facts.themes.filter((t) => subjectThemes.has(t)),
          sharedPlaces: areasOf.get(id) ?? [],
          sharedPartners: sharedPartners.get(id)?.size ?? 0,
          acrossCommunity: across.has(id),
        },
      ];
    });

    const ranked = rankPartnerSuggestions(candidates, subjectFacts, first);
    const organisations = ranked.length ? await this.db.getRepository(OrganisationEntity).findBy({ id: In(ranked.map((r) => r.id)) }) : [];
    const entityOf = new Map(organisations.map((o) => [o.id, o]));
    return ranked.flatMap((r) => {
      const organisation = entityOf.get(r.id);
      return organisation ? [{ ...r, organisation }] : [];
    });
  }

  private facts(ids: string[]): Promise<Facts[]> {
    return ids.length ? this.db.query<Facts[]>(ORGANISATION_FACTS_SQL, [ids]) : Promise.resolve([]);
  }

  private ties(ids: string[]): Promise<Tie[]> {
    return ids.length ? this.db.query<Tie[]>(CURRENT_TIES_OF_SQL, [ids]) : Promise.resolve([]);
  }

  private subjectFacts(partners: string[], byId: Map<string, Facts>, areasOf: Map<string, string[]>): SubjectFacts {
    const partnersBySector: SubjectFacts['partnersBySector'] = {};
    const partnerSectorsByPlace: SubjectFacts['partnerSectorsByPlace'] = {};
    for (const id of partners) {
      const sector = byId.get(id)?.sector;
      if (!sector) continue;
      partnersBySector[sector] = (partnersBySector[sector] ?? 0) + 1;
      for (const area of areasOf.get(id) ?? []) (partnerSectorsByPlace[area] ??= []).push(sector);
    }
    return { partnersBySector, partnerSectorsByPlace };
  }

  /**
   * Louvain over the subject, its partners and its partners' best-connected partners (at most
   * LIMITS.clustered of them) with the ties among them: who sits in a community none of its
   * partners is in.
   */
  private async acrossCommunities(
    subjectId: string,
    partners: string[],
    looked: string[],
    partnerTies: Tie[],
    secondTies: Tie[],
    sharedPartners: Map<string, Set<string>>,
  ): Promise<Set<string>> {
    const clustered = [...sharedPartners.entries()]
      .sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1))
      .slice(0, LIMITS.clustered)
      .map(([id]) => id);
    const nodes = new Set([subjectId, ...looked, ...clustered]);
    const among = clustered.length ? await this.db.query<Tie[]>(CURRENT_TIES_AMONG_SQL, [clustered, [...nodes]]) : [];
    const edges = [...partnerTies, ...secondTies, ...among]
      .filter((t) => nodes.has(t.a) && nodes.has(t.b))
      .map((t) => [t.a, t.b] as const);
    return acrossCommunityBoundary(subjectId, partners, edges);
  }
}
