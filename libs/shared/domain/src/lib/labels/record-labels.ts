import { OrganisationType, SECTOR_LABELS, Sector } from '../organisation-type';
import {
  ActivityKind,
  AuditAction,
  FundingStatus,
  FundingType,
  GovernanceModel,
  LawfulBasis,
  NeedSource,
  OrganisationRole,
  PartnerRole,
  PartnershipStatus,
  PlaceLevel,
  Priority,
  ProjectStatus,
  RelationshipType,
} from '../records';

/**
 * Each enum's words, defined once for every screen (issue #16). Maps list their keys in the
 * order a form offers them, so `Object.entries(X_LABELS)` is a ready list of choices.
 * Screen-specific phrasing (a form's question, a hint) stays beside the screen.
 */

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

/**
 * The sector as a phrase that says "sector", e.g. "Voluntary and community sector", "Private
 * sector": for running text, where a bare "Private" beside visibility words reads as a private record.
 */
export function sectorInWords(sector: Sector): string {
  const label = SECTOR_LABELS[sector] ?? sector;
  return /sector$/i.test(label) ? label : `${label} sector`;
}

/** Leadership first. */
export const PARTNER_ROLE_LABELS: Readonly<Record<PartnerRole, string>> = {
  [PartnerRole.LEAD]: 'Lead',
  [PartnerRole.CO_LEAD]: 'Co-lead',
  [PartnerRole.CORE_MEMBER]: 'Core member',
  [PartnerRole.DELIVERY_PARTNER]: 'Delivery partner',
  [PartnerRole.FUNDER]: 'Funder',
  [PartnerRole.ADVISER]: 'Adviser',
  [PartnerRole.COMMUNITY_ANCHOR]: 'Community anchor',
};

export const PARTNERSHIP_STATUS_LABELS: Readonly<Record<PartnershipStatus, string>> = {
  [PartnershipStatus.FORMING]: 'Forming',
  [PartnershipStatus.ACTIVE]: 'Active',
  [PartnershipStatus.PAUSED]: 'Paused',
  [PartnershipStatus.CLOSED]: 'Closed',
};

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  [ProjectStatus.PLANNED]: 'Planned',
  [ProjectStatus.ACTIVE]: 'Active',
  [ProjectStatus.PAUSED]: 'Paused',
  [ProjectStatus.COMPLETED]: 'Completed',
  [ProjectStatus.CANCELLED]: 'Cancelled',
};

export const GOVERNANCE_LABELS: Readonly<Record<GovernanceModel, string>> = {
  [GovernanceModel.SINGLE_LEAD]: 'Single lead',
  [GovernanceModel.SHARED_LEADERSHIP]: 'Shared leadership',
  [GovernanceModel.ROTATING_CHAIR]: 'Rotating chair',
  [GovernanceModel.COMMUNITY_LED]: 'Community-led',
  [GovernanceModel.INFORMAL_NETWORK]: 'Informal network',
};

export const GOVERNANCE_DESCRIPTIONS: Readonly<Record<GovernanceModel, string>> = {
  [GovernanceModel.SINGLE_LEAD]: 'One organisation leads and is accountable for the partnership.',
  [GovernanceModel.SHARED_LEADERSHIP]: 'Two or more organisations lead together and share accountability.',
  [GovernanceModel.ROTATING_CHAIR]: 'Members take turns to chair and lead the partnership.',
  [GovernanceModel.COMMUNITY_LED]: 'Residents and community groups make the decisions, with organisations in support.',
  [GovernanceModel.INFORMAL_NETWORK]: 'Members work together without a formal structure or lead.',
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

/** A user's role in an organisation. */
export const ORGANISATION_ROLE_LABELS: Readonly<Record<OrganisationRole, string>> = {
  [OrganisationRole.ORG_ADMIN]: 'Administrator',
  [OrganisationRole.COORDINATOR]: 'Coordinator',
  [OrganisationRole.VIEWER]: 'Viewer',
};

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, string>> = {
  [ActivityKind.MEETING]: 'Meeting',
  [ActivityKind.EVENT]: 'Event',
  [ActivityKind.WORKSHOP]: 'Workshop',
  [ActivityKind.CONSULTATION]: 'Consultation',
  [ActivityKind.DELIVERY]: 'Delivery',
  [ActivityKind.MILESTONE]: 'Milestone',
  [ActivityKind.NOTE]: 'Note',
};

export const FUNDING_TYPE_LABELS: Readonly<Record<FundingType, string>> = {
  [FundingType.GRANT]: 'Grant',
  [FundingType.CONTRACT]: 'Contract',
  [FundingType.IN_KIND]: 'In kind',
  [FundingType.LOAN]: 'Loan',
};

export const FUNDING_STATUS_LABELS: Readonly<Record<FundingStatus, string>> = {
  [FundingStatus.PLEDGED]: 'Pledged',
  [FundingStatus.AWARDED]: 'Awarded',
  [FundingStatus.PAID]: 'Paid',
};

export const FUNDING_STATUS_HINTS: Readonly<Record<FundingStatus, string>> = {
  [FundingStatus.PLEDGED]: 'Promised, not yet formally awarded.',
  [FundingStatus.AWARDED]: 'Formally awarded; not all of it paid yet.',
  [FundingStatus.PAID]: 'Paid in full.',
};

/** Most urgent first. */
export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  [Priority.URGENT]: 'Urgent',
  [Priority.HIGH]: 'High',
  [Priority.MEDIUM]: 'Medium',
  [Priority.LOW]: 'Low',
};

export const NEED_SOURCE_LABELS: Readonly<Record<NeedSource, string>> = {
  [NeedSource.COMMUNITY]: 'The community',
  [NeedSource.ORGANISATION]: 'An organisation',
  [NeedSource.DATA]: 'Data',
};

/** Each level in words, as people in UK place-based work say them, from the largest down, custom places last. */
export const PLACE_LEVEL_LABELS: Readonly<Record<PlaceLevel, string>> = {
  [PlaceLevel.COUNTRY]: 'Country',
  [PlaceLevel.REGION]: 'Region',
  [PlaceLevel.COUNTY]: 'County',
  [PlaceLevel.COMBINED_AUTHORITY]: 'Combined authority',
  [PlaceLevel.LOCAL_AUTHORITY]: 'Local authority',
  [PlaceLevel.WARD]: 'Ward',
  [PlaceLevel.MSOA]: 'Neighbourhood (MSOA)',
  [PlaceLevel.LSOA]: 'Small area (LSOA)',
  [PlaceLevel.CUSTOM]: 'Community-defined place',
};

/** UK GDPR Article 6 lawful bases, named as people say them, with what each means here. */
export const LAWFUL_BASIS_LABELS: Readonly<Record<LawfulBasis, { readonly name: string; readonly meaning: string }>> = {
  [LawfulBasis.CONSENT]: { name: 'Consent', meaning: 'they agreed to us holding their details' },
  [LawfulBasis.CONTRACT]: { name: 'Contract', meaning: 'we need their details for a contract with them' },
  [LawfulBasis.LEGAL_OBLIGATION]: { name: 'Legal obligation', meaning: 'the law requires us to keep their details' },
  [LawfulBasis.VITAL_INTERESTS]: {
    name: 'Vital interests',
    meaning: 'we need their details to protect someone’s life',
  },
  [LawfulBasis.PUBLIC_TASK]: {
    name: 'Public task',
    meaning: 'we need their details for a task in the public interest',
  },
  [LawfulBasis.LEGITIMATE_INTERESTS]: {
    name: 'Legitimate interests',
    meaning: 'we need their details for our work, and that does not outweigh their rights',
  },
};

/** The lawful bases in the order people reach for them: consent first. */
export const LAWFUL_BASIS_OPTIONS: readonly LawfulBasis[] = [
  LawfulBasis.CONSENT,
  LawfulBasis.LEGITIMATE_INTERESTS,
  LawfulBasis.CONTRACT,
  LawfulBasis.PUBLIC_TASK,
  LawfulBasis.LEGAL_OBLIGATION,
  LawfulBasis.VITAL_INTERESTS,
];

/** What the audit log says was done to a record. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  [AuditAction.CREATE]: 'Created',
  [AuditAction.UPDATE]: 'Changed',
  [AuditAction.ARCHIVE]: 'Archived',
  [AuditAction.RESTORE]: 'Restored',
};

/** A label map as a list of [value, label] choices, in the map's order. */
export function choicesOf<K extends string>(labels: Readonly<Record<K, string>>): ReadonlyArray<readonly [K, string]> {
  return Object.entries(labels) as Array<[K, string]>;
}

/** A label map lower-cased, for labels inside a sentence ("Defined by the community"). */
export function inSentence<K extends string>(labels: Readonly<Record<K, string>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(labels).map(([key, label]) => [key, label.toLowerCase()])) as Record<K, string>;
}

export const PARTNER_ROLE_OPTIONS = choicesOf(PARTNER_ROLE_LABELS);
export const ACTIVITY_KIND_OPTIONS = choicesOf(ACTIVITY_KIND_LABELS);
/** Levels from the largest down, custom places last: the order a level filter offers them. */
export const PLACE_LEVEL_OPTIONS = choicesOf(PLACE_LEVEL_LABELS);
export const AUDIT_ACTION_OPTIONS = choicesOf(AUDIT_ACTION_LABELS);
