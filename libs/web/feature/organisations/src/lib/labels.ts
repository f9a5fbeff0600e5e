import { ORGANISATION_TYPE_LABELS, SECTOR_LABELS, Sector } from '@cg/shared/domain';
import { OrganisationType, RelationshipType, TieKind } from '@cg/web/data-access';

/** Tie kinds in the order the profile shows them, with a heading each. */
export const TIE_KIND_HEADINGS: ReadonlyArray<readonly [TieKind, string]> = [
  [TieKind.RELATIONSHIP, 'Working relationships'],
  [TieKind.CO_MEMBERSHIP, 'Fellow partnership members'],
  [TieKind.JOINT_PROJECT, 'Joint projects'],
  [TieKind.FUNDING, 'Funding'],
];

export const SECTOR_OPTIONS: ReadonlyArray<readonly [Sector, string]> = Object.entries(SECTOR_LABELS).map(
  ([sector, label]) => [sector as Sector, label] as const,
);

export const TYPE_OPTIONS: ReadonlyArray<readonly [OrganisationType, string]> = Object.entries(ORGANISATION_TYPE_LABELS)
  .map(([type, label]) => [type as OrganisationType, label] as const)
  .sort((a, b) => a[1].localeCompare(b[1], 'en-GB'));

/** Relationship types for the partner form, in words a person would say. */
export const RELATIONSHIP_TYPE_OPTIONS: ReadonlyArray<readonly [RelationshipType, string]> = [
  [RelationshipType.FUNDS, 'Funds'],
  [RelationshipType.DELIVERS_FOR, 'Delivers for'],
  [RelationshipType.REFERS_TO, 'Refers people to'],
  [RelationshipType.SHARES_DATA_WITH, 'Shares data with'],
  [RelationshipType.FORMAL_AGREEMENT, 'Formal agreement or MoU'],
  [RelationshipType.MENTORS, 'Mentors'],
  [RelationshipType.SUPPLIES, 'Supplies'],
  [RelationshipType.CO_LOCATED, 'Co-located (shares premises)'],
  [RelationshipType.INFORMAL, 'Informal working relationship'],
];

/** Tie strength, 1 to 5, each step in words. */
export const STRENGTH_OPTIONS: ReadonlyArray<readonly [number, string]> = [
  [1, 'Slight'],
  [2, 'Light'],
  [3, 'Moderate'],
  [4, 'Strong'],
  [5, 'Very strong'],
];

/** PARTNER-tool scores for trust and value, 1 to 4. */
export const PARTNER_SCORE_OPTIONS: ReadonlyArray<readonly [number, string]> = [
  [1, 'Not at all'],
  [2, 'A small amount'],
  [3, 'A fair amount'],
  [4, 'A great deal'],
];

