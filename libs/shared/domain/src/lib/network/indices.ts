import { PartnerRole } from '../records';
import { Sector, SECTOR_LABELS } from '../organisation-type';

/** Σ of the values; shares are each value over it. */
const total = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0);

/**
 * Herfindahl–Hirschman index: Σ sᵢ², where sᵢ is each holder's share of the total. 1 when one
 * holder has everything, 1/n when n holders have equal shares; null when the total is 0.
 */
export function hhi(amounts: readonly number[]): number | null {
  const sum = total(amounts);
  if (!(sum > 0)) return null;
  return amounts.reduce((acc, v) => acc + (v / sum) ** 2, 0);
}

/** Effective number of holders, 1 / HHI; null when the HHI is. */
export function effectiveNumber(concentration: number | null): number | null {
  return concentration === null || concentration === 0 ? null : 1 / concentration;
}

/** Blau index of diversity, 1 − Σpᵢ² over the categories' shares; 0 when all alike or none. */
export function blau(categories: readonly string[]): number {
  if (categories.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  let sum = 0;
  for (const count of counts.values()) sum += (count / categories.length) ** 2;
  return 1 - sum;
}

/** Mean of the ratings given, ignoring missing ones; null when none is given. */
export function meanRating(ratings: readonly (number | null | undefined)[]): number | null {
  const given = ratings.filter((r): r is number => typeof r === 'number');
  return given.length ? total(given) / given.length : null;
}

/** PARTNER-style mean trust and value over typed relationships that carry them. */
export function meanTrustAndValue(ties: readonly { trust?: number | null; value?: number | null }[]): {
  trust: number | null;
  value: number | null;
} {
  return { trust: meanRating(ties.map((t) => t.trust)), value: meanRating(ties.map((t) => t.value)) };
}

/** A member of a partnership, as the collaboration indices see it. */
export interface CollaborationMember {
  organisationId: string;
  sector: Sector;
  role: PartnerRole;
  decisionSeat: boolean;
  cashContribution: number;
  inKindContribution: number;
  /** Whether someone with lived experience or a community representative is currently affiliated with it. */
  hasLivedExperience: boolean;
}

export interface CollaborationInput {
  members: readonly CollaborationMember[];
  /** Distinct pairs of members tied beyond this partnership (relationships, other partnerships, projects, funding). */
  memberTies: readonly { a: string; b: string }[];
  /** Outcomes owned by the partnership or its projects, with how many organisations contribute to each. */
  outcomes: readonly { contributors: number }[];
  /** The partnership's projects: shared leadership, and how many participants lead (LEAD or CO_LEAD). */
  projects: readonly { sharedLeadership: boolean; leads: number }[];
}

export enum CollaborationIndexKey {
  LEADERSHIP_CONCENTRATION = 'LEADERSHIP_CONCENTRATION',
  EFFECTIVE_LEADERS = 'EFFECTIVE_LEADERS',
  SECTOR_DIVERSITY = 'SECTOR_DIVERSITY',
  CROSS_SECTOR_TIES = 'CROSS_SECTOR_TIES',
  COMMUNITY_IN_GOVERNANCE = 'COMMUNITY_IN_GOVERNANCE',
  LIVED_EXPERIENCE_IN_GOVERNANCE = 'LIVED_EXPERIENCE_IN_GOVERNANCE',
  JOINT_OUTCOMES = 'JOINT_OUTCOMES',
  JOINT_PROJECTS = 'JOINT_PROJECTS',
}

export interface CollaborationIndex {
  key: CollaborationIndexKey;
  /** ego, silo or logo. */
  dimension: 'EGO' | 'SILO' | 'LOGO';
  name: string;
  /** null when there is nothing to measure (no members, no seats, no outcomes…). */
  value: number | null;
  /** The value in words, with the counts behind it. */
  explanation: string;
  /** What the index is and how it is computed. */
  definition: string;
}

export const COLLABORATION_DEFINITIONS: Readonly<Record<CollaborationIndexKey, string>> = {
  [CollaborationIndexKey.LEADERSHIP_CONCENTRATION]:
    'Herfindahl–Hirschman index (Σ sᵢ²) of leadership among members. Each member\'s share sᵢ is the mean of its shares of lead roles (LEAD or CO_LEAD), decision seats and resources (cash plus in-kind contributions), over the dimensions the partnership has any of. 1 means one member holds all leadership; 1/n means n members share it equally. Lower is more shared (less "ego").',
  [CollaborationIndexKey.EFFECTIVE_LEADERS]:
    'Effective number of leaders, 1 / leadership concentration: how many equal leaders would give the same concentration.',
  [CollaborationIndexKey.SECTOR_DIVERSITY]:
    'Blau index of the members\' sectors, 1 − Σpᵢ² where pᵢ is the share of members in sector i. 0 when all members are in one sector; at most 1 − 1/k with k sectors. Higher is less "silo".',
  [CollaborationIndexKey.CROSS_SECTOR_TIES]:
    'Share of pairs of members tied beyond this partnership (typed relationships, other partnerships, joint projects, funding) whose two members are in different sectors.',
  [CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE]:
    'Share of decision seats held by grassroots community organisations (sector GRASSROOTS_COMMUNITY).',
  [CollaborationIndexKey.LIVED_EXPERIENCE_IN_GOVERNANCE]:
    'Share of decision-seat members with a currently affiliated person who has lived experience or is a community representative.',
  [CollaborationIndexKey.JOINT_OUTCOMES]:
    'Share of the outcomes owned by the partnership or its projects that two or more organisations contribute to (shared credit rather than "logo").',
  [CollaborationIndexKey.JOINT_PROJECTS]:
    'Share of the partnership\'s projects that are jointly led: shared leadership is recorded or two or more participants are LEAD or CO_LEAD.',
};

const NAMES: Readonly<Record<CollaborationIndexKey, string>> = {
  [CollaborationIndexKey.LEADERSHIP_CONCENTRATION]: 'Leadership concentration',
  [CollaborationIndexKey.EFFECTIVE_LEADERS]: 'Effective number of leaders',
  [CollaborationIndexKey.SECTOR_DIVERSITY]: 'Sector diversity',
  [CollaborationIndexKey.CROSS_SECTOR_TIES]: 'Cross-sector ties',
  [CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE]: 'Community organisations in governance',
  [CollaborationIndexKey.LIVED_EXPERIENCE_IN_GOVERNANCE]: 'Lived experience in governance',
  [CollaborationIndexKey.JOINT_OUTCOMES]: 'Jointly owned outcomes',
  [CollaborationIndexKey.JOINT_PROJECTS]: 'Jointly led projects',
};

const DIMENSION: Readonly<Record<CollaborationIndexKey, CollaborationIndex['dimension']>> = {
  [CollaborationIndexKey.LEADERSHIP_CONCENTRATION]: 'EGO',
  [CollaborationIndexKey.EFFECTIVE_LEADERS]: 'EGO',
  [CollaborationIndexKey.SECTOR_DIVERSITY]: 'SILO',
  [CollaborationIndexKey.CROSS_SECTOR_TIES]: 'SILO',
  [CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE]: 'SILO',
  [CollaborationIndexKey.LIVED_EXPERIENCE_IN_GOVERNANCE]: 'SILO',
  [CollaborationIndexKey.JOINT_OUTCOMES]: 'LOGO',
  [CollaborationIndexKey.JOINT_PROJECTS]: 'LOGO',
};

const LEAD_ROLES: ReadonlySet<PartnerRole> = new Set([PartnerRole.LEAD, PartnerRole.CO_LEAD]);
const SECTOR_COUNT = Object.keys(SECTOR_LABELS).length;

/** Rounds for explanations: 0.3333 → "0.33". */
const fmt = (value: number) => String(Math.round(value * 100) / 100);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Each member's leadership share: the mean of its shares of lead roles, seats and resources. */
export function leadershipShares(members: readonly CollaborationMember[]): number[] {
  const dimensions = [
    members.map((m) => (LEAD_ROLES.has(m.role) ? 1 : 0)),
    members.map((m) => (m.decisionSeat ? 1 : 0)),
    members.map((m) => Math.max(0, m.cashContribution) + Math.max(0, m.inKindContribution)),
  ].filter((values) => total(values) > 0);
  if (dimensions.length === 0) return members.map(() => 0);
  return members.map((_, i) => total(dimensions.map((values) => values[i] / total(values))) / dimensions.length);
}

/** The "ego, silo, logo" indices of one partnership, each with its value, explanation and definition. */
export function collaborationIndices(input: CollaborationInput): CollaborationIndex[] {
  const { members } = input;
  const index = (key: CollaborationIndexKey, value: number | null, explanation: string): CollaborationIndex => ({
    key,
    dimension: DIMENSION[key],
    name: NAMES[key],
    value,
    explanation,
    definition: COLLABORATION_DEFINITIONS[key],
  });
  const leads = members.filter((m) => LEAD_ROLES.has(m.role)).length;
  const seats = members.filter((m) => m.decisionSeat);
  const contributors = members.filter((m) => m.cashContribution + m.inKindContribution > 0).length;
  const shares = leadershipShares(members);
  const concentration = hhi(shares);
  const effective = effectiveNumber(concentration);
  const ofMembers = `of ${plural(members.length, 'member')}`;
  const leadershipWords =
    `${leads} ${ofMembers} hold lead roles; ${seats.length} hold decision seats; ${contributors} contribute resources`;

  const sectors = new Map(members.map((m) => [m.organisationId, m.sector]));
  const distinctSectors = new Set(members.map((m) => m.sector)).size;
  const ties = input.memberTies.filter((t) => sectors.has(t.a) && sectors.has(t.b) && t.a !== t.b);
  const crossing = ties.filter((t) => sectors.get(t.a) !== sectors.get(t.b)).length;

  const communitySeats = seats.filter((m) => m.sector === Sector.GRASSROOTS_COMMUNITY).length;
  const livedSeats = seats.filter((m) => m.hasLivedExperience).length;
  const jointOutcomes = input.outcomes.filter((o) => o.contributors >= 2).length;
  const jointProjects = input.projects.filter((p) => p.sharedLeadership || p.leads >= 2).length;

  return [
    index(
      CollaborationIndexKey.LEADERSHIP_CONCENTRATION,
      concentration,
      concentration === null ? `No members yet.` : `${fmt(concentration)}: ${leadershipWords}.`,
    ),
    index(
      CollaborationIndexKey.EFFECTIVE_LEADERS,
      effective,
      effective === null
        ? 'No members yet.'
        : `Leadership is shared as if among ${fmt(effective)} equal leaders (${plural(members.length, 'member')}).`,
    ),
    index(
      CollaborationIndexKey.SECTOR_DIVERSITY,
      members.length ? blau(members.map((m) => m.sector)) : null,
      members.length
        ? `${distinctSectors} sectors of ${SECTOR_COUNT} among ${plural(members.length, 'member')}.`
        : 'No members yet.',
    ),
    index(
      CollaborationIndexKey.CROSS_SECTOR_TIES,
      ties.length ? crossing / ties.length : null,
      ties.length
        ? `${crossing} of ${plural(ties.length, 'tie')} between members cross sectors.`
        : 'No ties between members beyond this partnership.',
    ),
    index(
      CollaborationIndexKey.COMMUNITY_IN_GOVERNANCE,
      seats.length ? communitySeats / seats.length : null,
      seats.length
        ? `${communitySeats} of ${plural(seats.length, 'decision seat')} held by grassroots community organisations.`
        : 'No member holds a decision seat.',
    ),
    index(
      CollaborationIndexKey.LIVED_EXPERIENCE_IN_GOVERNANCE,
      seats.length ? livedSeats / seats.length : null,
      seats.length
        ? `${livedSeats} of ${plural(seats.length, 'decision seat')} held by members with people of lived experience or community representatives.`
        : 'No member holds a decision seat.',
    ),
    index(
      CollaborationIndexKey.JOINT_OUTCOMES,
      input.outcomes.length ? jointOutcomes / input.outcomes.length : null,
      input.outcomes.length
        ? `${jointOutcomes} of ${plural(input.outcomes.length, 'outcome')} have two or more contributing organisations.`
        : 'No outcomes recorded.',
    ),
    index(
      CollaborationIndexKey.JOINT_PROJECTS,
      input.projects.length ? jointProjects / input.projects.length : null,
      input.projects.length
        ? `${jointProjects} of ${plural(input.projects.length, 'project')} are jointly led.`
        : 'No projects recorded.',
    ),
  ];
}
