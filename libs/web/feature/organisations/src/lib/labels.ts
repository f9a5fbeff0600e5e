import { SECTOR_LABELS, Sector } from '@cg/shared/domain';
import { OrganisationType, PartnerRole, PartnershipStatus, ProjectStatus, RelationshipType, TieKind, Visibility } from '@cg/web/data-access';

export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  [OrganisationType.BUSINESS]: 'Business',
  [OrganisationType.CHARITY]: 'Charity',
  [OrganisationType.COMMUNITY_GROUP]: 'Community group',
  [OrganisationType.FAITH_GROUP]: 'Faith group',
  [OrganisationType.FUNDER]: 'Funder',
  [OrganisationType.HOUSING_ASSOCIATION]: 'Housing association',
  [OrganisationType.LOCAL_AUTHORITY]: 'Local authority',
  [OrganisationType.OTHER]: 'Other',
  [OrganisationType.PUBLIC_BODY]: 'Public body',
  [OrganisationType.SOCIAL_ENTERPRISE]: 'Social enterprise',
  [OrganisationType.UNIVERSITY_OR_COLLEGE]: 'University or college',
};

export const PARTNER_ROLE_LABELS: Readonly<Record<PartnerRole, string>> = {
  [PartnerRole.ADVISER]: 'Adviser',
  [PartnerRole.COMMUNITY_ANCHOR]: 'Community anchor',
  [PartnerRole.CORE_MEMBER]: 'Core member',
  [PartnerRole.CO_LEAD]: 'Co-lead',
  [PartnerRole.DELIVERY_PARTNER]: 'Delivery partner',
  [PartnerRole.FUNDER]: 'Funder',
  [PartnerRole.LEAD]: 'Lead',
};

export const PARTNERSHIP_STATUS_LABELS: Readonly<Record<PartnershipStatus, string>> = {
  [PartnershipStatus.ACTIVE]: 'Active',
  [PartnershipStatus.CLOSED]: 'Closed',
  [PartnershipStatus.FORMING]: 'Forming',
  [PartnershipStatus.PAUSED]: 'Paused',
};

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  [ProjectStatus.ACTIVE]: 'Active',
  [ProjectStatus.CANCELLED]: 'Cancelled',
  [ProjectStatus.COMPLETED]: 'Completed',
  [ProjectStatus.PAUSED]: 'Paused',
  [ProjectStatus.PLANNED]: 'Planned',
};

export const RELATIONSHIP_TYPE_LABELS: Readonly<Record<RelationshipType, string>> = {
  [RelationshipType.CO_LOCATED]: 'Co-located',
  [RelationshipType.DELIVERS_FOR]: 'Delivers for',
  [RelationshipType.FORMAL_AGREEMENT]: 'Formal agreement or MoU',
  [RelationshipType.FUNDS]: 'Funds',
  [RelationshipType.INFORMAL]: 'Informal',
  [RelationshipType.MENTORS]: 'Mentors',
  [RelationshipType.REFERS_TO]: 'Refers people to',
  [RelationshipType.SHARES_DATA_WITH]: 'Shares data with',
  [RelationshipType.SUPPLIES]: 'Supplies',
};

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

export const VISIBILITY_OPTIONS: ReadonlyArray<readonly [Visibility, string, string]> = [
  [Visibility.PUBLIC, 'Public', 'Everyone signed in to Common Ground can see it.'],
  [Visibility.PARTNERS, 'Partners', 'Only members of partnerships your organisation belongs to can see it.'],
  [Visibility.PRIVATE, 'Private', 'Only people in your organisation can see it.'],
];
