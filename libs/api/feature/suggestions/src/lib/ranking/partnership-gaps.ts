import { Sector } from '@cg/shared/domain';
import { listInWords, SECTOR_ADJECTIVE, SECTOR_NOUN, sentence } from './sector-words';

/*
 * "Who is missing" from a partnership (issue #15): the gaps and, for each, the organisations that
 * would fill it, worked out from facts the service gathers.
 */

export enum PartnershipGapKind {
  /** A sector present among the organisations working in its places but not among its members. */
  SECTOR_ABSENT = 'SECTOR_ABSENT',
  /** No member holds the community anchor role. */
  NO_COMMUNITY_ANCHOR = 'NO_COMMUNITY_ANCHOR',
  /** No decision seat is held by a member with people of lived experience or community representatives. */
  NO_LIVED_EXPERIENCE_SEAT = 'NO_LIVED_EXPERIENCE_SEAT',
  /** A place it covers where no member is based. */
  PLACE_WITHOUT_MEMBER = 'PLACE_WITHOUT_MEMBER',
}

export interface PartnershipFacts {
  memberSectors: Sector[];
  hasCommunityAnchor: boolean;
  hasLivedExperienceSeat: boolean;
  /** The places it covers, and whether a current member is based inside each. */
  places: { id: string; name: string; memberBased: boolean }[];
  /** Organisations that are not members, working in its places, counted by sector. */
  localSectorCounts: Partial<Record<Sector, number>>;
}

/** An organisation that is not a member, working in one or more of the partnership's places. */
export interface GapCandidate {
  id: string;
  name: string;
  sector: Sector;
  /** The partnership's places it is based in or serves. */
  placeIds: string[];
  placeNames: string[];
  /** The partnership's places it is based in. */
  basedInPlaceIds: string[];
  hasLivedExperience: boolean;
  /** How many current members it is tied to. */
  memberTies: number;
}

export interface PartnershipGap {
  kind: PartnershipGapKind;
  sentence: string;
  sector: Sector | null;
  placeId: string | null;
  suggestions: { id: string; name: string; reason: string }[];
}

/** Up to this many organisations are suggested for each gap. */
export const SUGGESTIONS_PER_GAP = 3;

const SECTOR_ORDER = [
  Sector.GRASSROOTS_COMMUNITY,
  Sector.VOLUNTARY_AND_COMMUNITY,
  Sector.PUBLIC,
  Sector.PRIVATE,
  Sector.ACADEMIC,
  Sector.FUNDER,
];

const tiedToMembers = (c: GapCandidate) =>
  c.memberTies === 0 ? '' : c.memberTies === 1 ? '1 member works with them' : `${c.memberTies} members work with them`;

/** Most ties to members first (an introduction is easiest there), then by name. */
function best(pool: GapCandidate[], reason: (c: GapCandidate) => string): PartnershipGap['suggestions'] {
  return [...pool]
    .sort((a, b) => b.memberTies - a.memberTies || a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : 1))
    .slice(0, SUGGESTIONS_PER_GAP)
    .map((c) => ({ id: c.id, name: c.name, reason: reason(c) }));
}

/** The gaps, in a fixed order (sectors, anchor, lived experience, places), each with its suggestions. */
export function partnershipGaps(facts: PartnershipFacts, candidates: readonly GapCandidate[]): PartnershipGap[] {
  const gaps: PartnershipGap[] = [];
  const placeNames = facts.places.map((p) => p.name);
  const where = placeNames.length ? listInWords(placeNames) : 'its places';
  const present = new Set(facts.memberSectors);

  for (const sector of SECTOR_ORDER) {
    const count = facts.localSectorCounts[sector] ?? 0;
    if (present.has(sector) || count === 0) continue;
    const noun = SECTOR_NOUN[sector];
    gaps.push({
      kind: PartnershipGapKind.SECTOR_ABSENT,
      sector,
      placeId: null,
      sentence: `No ${SECTOR_ADJECTIVE[sector]} members, though ${count} ${count === 1 ? noun.one : noun.many} ${count === 1 ? 'works' : 'work'} in ${where}.`,
      suggestions: best(
        candidates.filter((c) => c.sector === sector),
        (c) => sentence([`${noun.one} working in ${listInWords(c.placeNames)}`, tiedToMembers(c)]),
      ),
    });
  }

  if (!facts.hasCommunityAnchor) {
    gaps.push({
      kind: PartnershipGapKind.NO_COMMUNITY_ANCHOR,
      sector: null,
      placeId: null,
      sentence: 'No member is its community anchor, rooted in the area and holding the partnership to local need.',
      suggestions: best(
        candidates.filter((c) => c.sector === Sector.GRASSROOTS_COMMUNITY),
        (c) => sentence([`grassroots community group in ${listInWords(c.placeNames)}`, tiedToMembers(c)]),
      ),
    });
  }

  if (!facts.hasLivedExperienceSeat) {
    gaps.push({
      kind: PartnershipGapKind.NO_LIVED_EXPERIENCE_SEAT,
      sector: null,
      placeId: null,
      sentence: 'No decision seat is held by a member with people of lived experience or community representatives.',
      suggestions: best(
        candidates.filter((c) => c.hasLivedExperience),
        (c) => sentence([`people with lived experience or community representatives work with them in ${listInWords(c.placeNames)}`, tiedToMembers(c)]),
      ),
    });
  }

  for (const place of facts.places.filter((p) => !p.memberBased)) {
    gaps.push({
      kind: PartnershipGapKind.PLACE_WITHOUT_MEMBER,
      sector: null,
      placeId: place.id,
      sentence: `No member is based in ${place.name}.`,
      suggestions: best(
        candidates.filter((c) => c.basedInPlaceIds.includes(place.id)),
        (c) => sentence([`${SECTOR_NOUN[c.sector].one} based in ${place.name}`, tiedToMembers(c)]),
      ),
    });
  }
  return gaps;
}
