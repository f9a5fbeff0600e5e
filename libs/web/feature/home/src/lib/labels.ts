import { ActivityKind, FundingStatus, OrganisationRole, OutcomeStatus, PartnerRole, PartnershipStatus, ProjectStatus, TieKind } from '@cg/web/data-access';

export const ROLE_LABELS: Readonly<Record<PartnerRole, string>> = {
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

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, string>> = {
  [ActivityKind.CONSULTATION]: 'Consultation',
  [ActivityKind.DELIVERY]: 'Delivery',
  [ActivityKind.EVENT]: 'Event',
  [ActivityKind.MEETING]: 'Meeting',
  [ActivityKind.MILESTONE]: 'Milestone',
  [ActivityKind.NOTE]: 'Note',
  [ActivityKind.WORKSHOP]: 'Workshop',
};

export const FUNDING_STATUS_LABELS: Readonly<Record<FundingStatus, string>> = {
  [FundingStatus.AWARDED]: 'Awarded',
  [FundingStatus.PAID]: 'Paid',
  [FundingStatus.PLEDGED]: 'Pledged',
};

export const OUTCOME_STATUS_LABELS: Readonly<Record<OutcomeStatus, string>> = {
  [OutcomeStatus.ACHIEVED]: 'Achieved',
  [OutcomeStatus.ON_TRACK]: 'On track',
  [OutcomeStatus.AT_RISK]: 'At risk',
  [OutcomeStatus.OFF_TRACK]: 'Off track',
  [OutcomeStatus.NO_DATA]: 'No data yet',
};

export const ORGANISATION_ROLE_LABELS: Readonly<Record<OrganisationRole, string>> = {
  [OrganisationRole.ORG_ADMIN]: 'administrator',
  [OrganisationRole.COORDINATOR]: 'coordinator',
  [OrganisationRole.VIEWER]: 'viewer',
};

/** How a partner is tied to the organisation, in words for a list. */
export const TIE_KIND_WORDS: Readonly<Record<TieKind, string>> = {
  [TieKind.CO_MEMBERSHIP]: 'partnerships',
  [TieKind.JOINT_PROJECT]: 'joint projects',
  [TieKind.FUNDING]: 'funding',
  [TieKind.RELATIONSHIP]: 'working relationship',
};
