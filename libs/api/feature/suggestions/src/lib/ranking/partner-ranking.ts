import { Sector } from '@cg/shared/domain';
import { listInWords, SECTOR_ADJECTIVE, SECTOR_NOUN, sentence } from './sector-words';

/*
 * Partner suggestions that bridge silos (issue #15), as pure arithmetic and words so they can be
 * worked out by hand: the service gathers the facts, this ranks and explains them.
 */

/** What is known of one organisation the subject has no current tie with. */
export interface CandidateFacts {
  id: string;
  name: string;
  sector: Sector;
  /** The subject's themes the candidate works on too. */
  sharedThemes: string[];
  /** Names of the subject's places the candidate is based in or serves (inside, or around them). */
  sharedPlaces: string[];
  /** How many of the subject's current partners are tied to the candidate. */
  sharedPartners: number;
  /** Whether it sits in a Louvain community of the neighbourhood that neither the subject nor any partner is in. */
  acrossCommunity: boolean;
}

/** What is known of the subject's current partners. */
export interface SubjectFacts {
  /** How many current partners it has in each sector. */
  partnersBySector: Partial<Record<Sector, number>>;
  /** For each of its place names, the sectors of its partners based there. */
  partnerSectorsByPlace: Record<string, Sector[]>;
}

export interface ScoreComponents {
  place: number;
  themes: number;
  sector: number;
  network: number;
  bridge: number;
}

export interface RankedSuggestion {
  id: string;
  name: string;
  score: number;
  components: ScoreComponents;
  reason: string;
}

/**
 * The weights. A shared place is the strongest single reason (place-based work); a sector the
 * subject has no partners in is worth half that, a grassroots one as much (community groups count
 * strongly); each shared partner and shared theme adds one, up to a limit; a community the
 * subject does not reach adds two.
 */
export const WEIGHTS = {
  place: 3,
  themeEach: 1,
  themesAtMost: 3,
  grassrootsSector: 3,
  otherSector: 1.5,
  partnerEach: 1,
  partnersAtMost: 5,
  bridge: 2,
} as const;

const round = (n: number) => Math.round(n * 100) / 100;

/** The score of one candidate, by component. The sector part shrinks with each partner already in that sector. */
export function scoreComponents(candidate: CandidateFacts, subject: SubjectFacts): ScoreComponents {
  const sectorBase = candidate.sector === Sector.GRASSROOTS_COMMUNITY ? WEIGHTS.grassrootsSector : WEIGHTS.otherSector;
  return {
    place: candidate.sharedPlaces.length > 0 ? WEIGHTS.place : 0,
    themes: Math.min(candidate.sharedThemes.length * WEIGHTS.themeEach, WEIGHTS.themesAtMost),
    sector: round(sectorBase / (1 + (subject.partnersBySector[candidate.sector] ?? 0))),
    network: Math.min(candidate.sharedPartners * WEIGHTS.partnerEach, WEIGHTS.partnersAtMost),
    bridge: candidate.acrossCommunity ? WEIGHTS.bridge : 0,
  };
}

const total = (c: ScoreComponents) => round(c.place + c.themes + c.sector + c.network + c.bridge);

/**
 * Why, in words: "Works on Food in Harrowby; grassroots community group; 3 of your partners work
 * with them; you have no grassroots partners in Harrowby."
 */
export function suggestionReason(candidate: CandidateFacts, subject: SubjectFacts): string {
  const { sharedPlaces: places, sharedThemes: themes } = candidate;
  const where = places.length ? ` in ${listInWords(places)}` : '';
  const work = themes.length ? `works on ${listInWords(themes)}${where}` : places.length ? `works${where}` : '';
  const partners =
    candidate.sharedPartners === 0
      ? ''
      : candidate.sharedPartners === 1
        ? '1 of your partners works with them'
        : `${candidate.sharedPartners} of your partners work with them`;
  const bridge = candidate.acrossCommunity ? 'part of a circle of organisations none of your partners belong to' : '';
  const adjective = SECTOR_ADJECTIVE[candidate.sector];
  const gapPlace = places.find((place) => !(subject.partnerSectorsByPlace[place] ?? []).includes(candidate.sector));
  const gap = gapPlace
    ? `you have no ${adjective} partners in ${gapPlace}`
    : (subject.partnersBySector[candidate.sector] ?? 0) === 0
      ? `you have no ${adjective} partners`
      : '';
  return sentence([work, SECTOR_NOUN[candidate.sector].one, partners, bridge, gap]);
}

/** The best `first` candidates, highest score first (ties by name, then id, so the order is stable). */
export function rankPartnerSuggestions(candidates: readonly CandidateFacts[], subject: SubjectFacts, first: number): RankedSuggestion[] {
  return candidates
    .map((candidate) => {
      const components = scoreComponents(candidate, subject);
      return { id: candidate.id, name: candidate.name, score: total(components), components, candidate };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, first))
    .map(({ candidate, ...ranked }) => ({ ...ranked, reason: suggestionReason(candidate, subject) }));
}
